package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.config.UrlStyle;
import org.junit.jupiter.api.Test;

/** Links between page folders, in both URL styles; a link never comes out empty (that would be the page itself, query and all). */
class SitePathsTest {
    private static final SitePaths FILES = SitePaths.of(UrlStyle.FILE);
    private static final SitePaths DIRS = SitePaths.of(UrlStyle.DIRECTORY);

    @Test
    void linksNameIndexFilesByDefault() {
        assertEquals("../q2/index.html", FILES.between("g/q1/", "g/q2/"));
        assertEquals("index.html", FILES.between("g/", "g/"));
        assertEquals("../../index.html", FILES.between("g/q1/", ""));
        assertEquals("g/index.html", FILES.link("./", "g/"));
        assertEquals("../index.html", FILES.link("../", ""));
        assertEquals("./search/index.html", FILES.fromRoot("./", "search/"));
        assertEquals("/docs/index.html", FILES.fromRoot("/docs/", ""));
    }

    @Test
    void directoryLinksEndAtTheFolder() {
        assertEquals("../q2/", DIRS.between("g/q1/", "g/q2/"));
        assertEquals("./", DIRS.between("g/", "g/"));
        assertEquals("./", DIRS.between("", ""));
        assertEquals("../../", DIRS.between("g/q1/", ""));
        assertEquals("g/", DIRS.link("./", "g/"));
        assertEquals("./", DIRS.link("./", ""));
        assertEquals("../", DIRS.link("../", ""));
        assertEquals("./search/", DIRS.fromRoot("./", "search/"));
        assertEquals("/docs/", DIRS.fromRoot("/docs/", ""));
    }

    @Test
    void filesAreLinkedByNameInEitherStyle() {
        assertEquals("../img/a.png", SitePaths.toFile("docs/setup/", "docs/img/a.png"));
        assertEquals("a.png", SitePaths.toFile("", "a.png"));
        assertEquals("../../a.png", SitePaths.toFile("g/q/", "a.png"));
    }
}
