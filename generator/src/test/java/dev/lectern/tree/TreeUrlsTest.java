package dev.lectern.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BuiltSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URLs follow the content tree: folders, landing pages, numeric prefixes, collisions and reserved names. */
class TreeUrlsTest {
    @TempDir
    Path dir;

    @Test
    void aDocumentsUrlIsItsPathWithLandingPagesAtTheirFolders() {
        BuiltSite site = TreeSites.site("handbook");
        for (String page : List.of("index.html", "quickstart/index.html", "guides/index.html", "guides/install/index.html",
                "guides/configure/index.html", "reference/index.html", "reference/file-formats/index.html", "faq/index.html",
                "faq/is-acme-free-to-use/index.html")) {
            assertTrue(Files.isRegularFile(site.output.resolve(page)), page);
        }
        assertEquals("Guides", site.page("guides/index.html").selectFirst("main h1").text(), "guides/README.md is the folder's page");
        assertFalse(Files.exists(site.output.resolve("guides/readme")));
        assertFalse(Files.exists(site.output.resolve("guides-install")), "no flat slug of the path any more");
    }

    @Test
    void numericPrefixesLeaveTheUrlAndCollisionsAreWarnedAndResolvedTheSameWayEveryTime() {
        BuiltSite site = TreeSites.site("numbered");
        assertEquals("Introduction", site.page("introduction/index.html").selectFirst("main h1").text());
        assertEquals("Introduction, again", site.page("introduction-2/index.html").selectFirst("main h1").text());
        assertEquals("Setting up", site.page("setup/index.html").selectFirst("main h1").text(), "index.md wins over README.md");
        assertEquals("Setup notes", site.page("setup/readme/index.html").selectFirst("main h1").text());
        assertTrue(Files.isRegularFile(site.output.resolve("setup/linux/index.html")));
        assertEquals("Tools", site.page("tools/index.html").selectFirst("main h1").text(), "a folder's landing page keeps its URL");
        assertEquals("Tools overview", site.page("tools-2/index.html").selectFirst("main h1").text());
        List<String> messages = TreeSites.messages(site);
        assertTrue(messages.contains("numbered/introduction.md:1: warning: '01-introduction.md' is published at introduction/ already; "
                + "this file is published at introduction-2/"), messages.toString());
        assertTrue(messages.contains("numbered/tools.md:1: warning: 'tools/index.md' is published at tools/ already; "
                + "this file is published at tools-2/"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("numbered/02-setup/README.md:1: note: '02-setup/index.md' is the landing page")),
                messages.toString());
    }

    @Test
    void theSitesOwnNamesAreReservedAtTheTopLevelOnlyAndQuestionPagesKeepOutOfOtherPagesFolders() {
        BuiltSite site = TreeSites.write(dir, Map.of(
                "index.md", "# Home\n\nThe home page.\n\n## Questions\n\n### Search?\n\nThe search page.\n\n### Docs?\n\nThe docs folder.\n",
                "search.md", "# Searching\n\nHow to search.\n",
                "docs/search.md", "# Search in docs\n\nA page of its own.\n",
                "topics/a.md", "# A topic\n\nA page in a folder named like the site's topics.\n"));
        assertEquals("Searching", site.page("search-2/index.html").selectFirst("main h1").text());
        assertEquals("Search in docs", site.page("docs/search/index.html").selectFirst("main h1").text());
        assertEquals("A topic", site.page("topics-2/a/index.html").selectFirst("main h1").text());
        // the home page's questions live at the top level: they take neither the site's names nor the documents' folders
        site.result.site().guides().get(0).sections().forEach(s -> s.questions().forEach(q -> {
            assertFalse(List.of("search", "search-2", "docs", "topics", "topics-2").contains(q.slug()), q.slug());
            assertTrue(Files.isRegularFile(site.output.resolve(q.slug() + "/index.html")), q.slug());
        }));
        assertEquals("Search in docs", site.page("docs/search/index.html").selectFirst("main h1").text());
    }

    @Test
    void aOneDocumentSiteOpensOnThatDocument() {
        BuiltSite site = TreeSites.site("single");
        var home = site.page("index.html");
        assertEquals("Solo Project", home.selectFirst("main h1").text());
        assertTrue(home.select(".guide-card").isEmpty(), "no card repeating the document's title");
        assertTrue(home.selectFirst("main").text().contains("Run the installer."));
        assertEquals("Solo Project", home.title());
        assertFalse(Files.exists(site.output.resolve("guide")));
    }

    @Test
    void theHomePageIsTheRootsIndexWithTheSiteLayout() {
        BuiltSite site = TreeSites.site("handbook");
        var home = site.page("index.html");
        assertEquals("Acme Handbook", home.selectFirst("main h1").text());
        assertTrue(home.select(".guide-card").isEmpty());
        assertTrue(home.selectFirst("main").text().contains("Open an issue on the tracker"));
        assertTrue(home.selectFirst(".sidebar") != null && home.selectFirst(".site-header") != null);
    }
}
