package dev.lectern.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BuiltSite;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidebar shows the content tree: folders fold, open on the page's path, the page marked; bounded on big trees. */
class SidebarTreeTest {
    @TempDir
    Path dir;

    private static Element folder(Document page, String title) {
        return page.select(".sidebar li.nav__folder").stream().filter(li -> li.selectFirst("summary, a").text().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void foldersAreGroupsOpenOnThePagesPathWithTheLandingPageAsTheirLink() {
        BuiltSite site = TreeSites.site("handbook");
        Document install = site.page("guides/install/index.html");
        Element guides = folder(install, "Guides");
        assertNotNull(guides.selectFirst("> details[open]"), "the page's folder is open");
        assertEquals("../index.html", guides.selectFirst("summary a").attr("href"), "the folder's link is its README");
        assertNotNull(folder(install, "Reference").selectFirst("> details:not([open])"), "another folder is folded");
        assertEquals("Installing Acme", install.selectFirst(".sidebar [aria-current=page]").text(), "a page's own link leads its sections");
        assertEquals("On Linux", install.selectFirst(".sidebar [aria-current=page] + .nav__list a").text());
        assertEquals(1, install.select(".sidebar [aria-current=page]").size());
        Document landing = site.page("guides/index.html");
        assertEquals("Guides", landing.selectFirst(".sidebar [aria-current=page]").text(), "on the landing page, the folder's link is current");
    }

    @Test
    void nestedPagesHaveBreadcrumbsThroughTheirFolders() {
        BuiltSite site = TreeSites.site("handbook");
        List<String> crumbs = site.page("guides/install/index.html").select(".breadcrumbs a").eachText();
        assertEquals(List.of("Home", "Guides"), crumbs);
        assertEquals(List.of("../../index.html", "../index.html"), site.page("guides/install/index.html").select(".breadcrumbs a").eachAttr("href"));
        assertEquals(List.of("Home", "Frequently asked questions", "Licensing"),
                site.page("faq/is-acme-free-to-use/index.html").select(".breadcrumbs a").eachText());
        assertTrue(site.page("index.html").select(".breadcrumbs").isEmpty(), "the home page has none");
    }

    @Test
    void aBigTreeListsAWindowOfTheOpenFolderAndOtherFoldersAsOneLinkEach() {
        Map<String, String> files = new LinkedHashMap<>();
        for (int f = 1; f <= 3; f++) {
            for (int p = 1; p <= 80; p++) files.put(String.format("%02d-part-%d/%03d-topic-%d.md", f, f, p, p), "# Part " + f + " page " + p + "\n\nText " + p + ".\n");
        }
        BuiltSite site = TreeSites.write(dir, files);
        Document page = site.page("part-2/topic-40/index.html");
        Element open = page.selectFirst(".sidebar li.nav__folder > details[open]");
        assertNotNull(open);
        int listed = open.select("> ul > li.nav__guide:not(.nav__guide--more)").size();
        assertTrue(listed <= 50, listed + " pages listed");
        assertEquals("Part 2 page 40", open.selectFirst("[aria-current=page]").text(), "the page's own link is current");
        // the other folders are one link each, with no pages under them
        List<Element> closed = page.select(".sidebar ul.nav > li.nav__folder:not(:has(details))");
        assertEquals(2, closed.size());
        assertFalse(page.select(".sidebar a:contains(Part 1 page 2)").size() > 0);
        assertTrue(page.select(".sidebar .nav__more").size() > 0, "the rest of the folder is a '… more' link");
    }
}
