package dev.lectern.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BuiltSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder tree 30 levels deep, a landing page and a page in each folder: a page near the top shows its whole path in
 * the sidebar and breadcrumbs; a deep page shows the top level and the nearest folders, with one link standing for the
 * levels between, so that no page grows with the depth of the tree.
 */
class DeepTreeTest {
    private static final int DEPTH = 30;
    private static final int SHOWN = 8; // NavTree.DEPTH
    @TempDir
    static Path dir;
    private static BuiltSite site;

    @BeforeAll
    static void build() throws IOException {
        Path content = dir.resolve("content");
        Path folder = content;
        for (int i = 1; i <= DEPTH; i++) {
            folder = folder.resolve("level" + i);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("index.md"), "# Level " + i + "\n\nThe landing page of level " + i + ".\n");
            Files.writeString(folder.resolve("notes.md"), "# Notes " + i + "\n\nA page in level " + i + ".\n");
        }
        site = BuiltSite.build(content);
    }

    private static String dirOf(int level) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= level; i++) sb.append("level").append(i).append('/');
        return sb.toString();
    }

    /** The open folders of the sidebar, outermost first. */
    private static List<String> openFolders(Document page) {
        return page.select(".sidebar details.nav__fold[open] > summary").eachText();
    }

    @Test
    void aPageNearTheTopShowsItsWholePath() {
        Document page = site.page(dirOf(3) + "notes/index.html");
        assertEquals(List.of("Level 1", "Level 2", "Level 3"), openFolders(page));
        assertEquals(List.of("Home", "Level 1", "Level 2", "Level 3"), page.select(".breadcrumbs a").eachText());
    }

    @Test
    void aDeepPageShowsTheTopAndTheNearestLevelsWithALinkForTheRest() {
        Document page = site.page(dirOf(DEPTH) + "notes/index.html");
        List<String> open = openFolders(page);
        assertEquals("Level 1", open.get(0));
        assertEquals("Level " + DEPTH, open.get(open.size() - 1));
        assertTrue(open.size() <= SHOWN + 1, open.toString());
        Element more = page.selectFirst(".sidebar .nav__more");
        int skipped = DEPTH - open.size();
        assertEquals("\u2026 " + skipped + " more levels", more.text());
        // the link leads to the landing page of the nearest level it stands for, where the sidebar shows it open
        int nearest = DEPTH - open.size() + 1;
        assertEquals("Level " + (nearest + 1), open.get(1));
        Path from = site.output.resolve(dirOf(DEPTH) + "notes/index.html").getParent();
        assertEquals(site.output.resolve(dirOf(nearest) + "index.html"), from.resolve(more.attr("href")).normalize());

        List<String> crumbs = page.select(".breadcrumbs a").eachText();
        assertTrue(crumbs.size() <= SHOWN + 1, crumbs.toString());
        assertEquals(List.of("Home", "Level 1"), crumbs.subList(0, 2));
        assertTrue(crumbs.get(2).matches("\u2026 \\d+ more levels"), crumbs.get(2)); // "…" and words for screen readers
        assertEquals("Level " + DEPTH, crumbs.get(crumbs.size() - 1));
    }

    @Test
    void everyLinkOfTheDeepestPageResolves() {
        Path page = site.output.resolve(dirOf(DEPTH) + "notes/index.html");
        for (Element a : site.page(dirOf(DEPTH) + "notes/index.html").select(".sidebar a[href]:not([href^=#]), .breadcrumbs a[href]")) {
            Path target = page.getParent().resolve(a.attr("href")).normalize();
            assertTrue(Files.isRegularFile(target), a.outerHtml());
        }
    }
}
