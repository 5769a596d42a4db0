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

    /** Folders compared part by part, as splitting each at its slashes would: generated paths against that reading. */
    @Test
    void folderLinksClimbToTheLastSharedFolderAndDescend() {
        String[] parts = {"a", "b", "ab", "", "c"};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            String from = path(parts, random);
            String to = path(parts, random);
            assertEquals(bySplitting(from, to), SitePaths.folderBetween(from, to), from + " -> " + to);
        }
    }

    private static String path(String[] parts, java.util.Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) sb.append(parts[random.nextInt(parts.length)]).append('/');
        if (random.nextBoolean() && sb.length() > 0) sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static String bySplitting(String from, String to) {
        String[] a = from.isEmpty() ? new String[0] : from.split("/");
        String[] b = to.isEmpty() ? new String[0] : to.split("/");
        int common = 0;
        while (common < a.length && common < b.length && a[common].equals(b[common])) common++;
        StringBuilder sb = new StringBuilder("../".repeat(a.length - common));
        for (int i = common; i < b.length; i++) sb.append(b[i]).append('/');
        return sb.toString();
    }
}
