package dev.lectern.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BuiltSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of pages: nav: in lectern.yml, else numeric prefixes, else titles; nav's mistakes are errors at their line. */
class NavOrderTest {
    @TempDir
    Path dir;

    /** The texts of the sidebar's top-level entries, or of a folder's. */
    static List<String> entries(Document page, String folder) {
        String scope = folder == null ? ".sidebar ul.nav > li" : ".sidebar li.nav__folder:has(> details > summary:contains(" + folder + ")) > details > ul > li";
        return page.select(scope).stream()
                .map(li -> li.selectFirst("summary") != null ? li.selectFirst("summary").text() : li.selectFirst("a").text()).toList();
    }

    @Test
    void navOrdersFilesAndFoldersWithItsLabelsAndWhatItLeavesOutFollowsWithANote() {
        BuiltSite site = TreeSites.site("handbook");
        assertEquals(List.of("", "quickstart", "guides", "guides/install", "guides/configure", "guides/troubleshooting", "reference",
                "reference/commands", "reference/file-formats", "faq"), TreeSites.order(site));
        Document page = site.page("quickstart/index.html");
        assertEquals(List.of("Acme Handbook", "Quick start", "Guides", "Reference", "Changelog", "Frequently asked questions"), entries(page, null));
        assertEquals(List.of("Installing Acme", "Configure it", "Troubleshooting"), entries(page, "Guides"));
        assertEquals("https://example.org/acme/changelog", page.selectFirst(".sidebar a:contains(Changelog)").attr("href"));
        assertTrue(TreeSites.messages(site).contains("handbook/lectern.yml: note: 2 pages are not in nav and follow the listed ones in their "
                + "folders (e.g. 'faq.md')"), TreeSites.messages(site).toString());
    }

    @Test
    void withoutNavNumberedNamesComeFirstByNumberThenTheRestByTitle() {
        BuiltSite site = TreeSites.site("numbered");
        // apple.md is "Zoo of widgets", zebra.md "Appendix: glossary": titles order them, not names
        assertEquals(List.of("", "introduction", "setup", "setup/linux", "setup/macos", "setup/readme", "setup/windows", "zebra",
                "introduction-2", "tools", "tools/getting-started", "tools-2", "apple"), TreeSites.order(site));
    }

    @Test
    void navEntriesThatNameNothingAreErrorsAtTheirLineAndEveryPageStillBuilds() {
        BuiltSite site = TreeSites.site("broken-nav");
        List<String> m = TreeSites.messages(site);
        assertTrue(m.contains("broken-nav/lectern.yml:3: error: nav lists 'missing.md', which is not a page or folder in the content folder"), m.toString());
        assertTrue(m.contains("broken-nav/lectern.yml:5: error: nav lists 'gone.md', which is not a page or folder in guides/"), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("broken-nav/lectern.yml:6: error: nav's section 'Mixed group' is neither a folder")), m.toString());
        for (String page : List.of("intro/index.html", "guides/a/index.html", "extra/index.html")) {
            assertTrue(Files.isRegularFile(site.output.resolve(page)), page);
        }
    }

    @Test
    void theOlderGuidesListStillOrdersTheSiteAndMkDocsSectionsOfOneFolderWork() {
        BuiltSite site = TreeSites.write(dir.resolve("a"), Map.of("lectern.yml", "guides:\n  - b.md\n  - a.md\n",
                "a.md", "# A\n\nText.\n", "b.md", "# B\n\nText.\n", "c.md", "# C\n\nText.\n"));
        assertEquals(List.of("b", "a", "c"), TreeSites.order(site));
        BuiltSite mkdocs = TreeSites.write(dir.resolve("b"), Map.of(
                "lectern.yml", "nav:\n  - Home: index.md\n  - User guide:\n      - user-guide/writing.md\n      - Styling: user-guide/styling.md\n",
                "index.md", "# Home\n\nText.\n", "user-guide/writing.md", "# Writing\n\nText.\n", "user-guide/styling.md", "# Styling your docs\n\nText.\n",
                "user-guide/about.md", "# About\n\nText.\n"));
        assertEquals(List.of("", "user-guide/writing", "user-guide/styling", "user-guide/about"), TreeSites.order(mkdocs));
        Document page = mkdocs.page("user-guide/writing/index.html");
        assertEquals(List.of("Writing", "Styling", "About"), entries(page, "User guide"));
        assertTrue(TreeSites.messages(mkdocs).stream().noneMatch(s -> s.contains("error")), TreeSites.messages(mkdocs).toString());
    }

    @Test
    void bothNavAndGuidesIsAnErrorAndNavWins() {
        BuiltSite site = TreeSites.write(dir, Map.of("lectern.yml", "nav:\n  - b.md\nguides:\n  - a.md\n",
                "a.md", "# A\n\nText.\n", "b.md", "# B\n\nText.\n"));
        assertEquals(List.of("b", "a"), TreeSites.order(site));
        assertTrue(TreeSites.messages(site).stream().anyMatch(s -> s.startsWith("content/lectern.yml:4: error: both 'nav' and 'guides' are given")),
                TreeSites.messages(site).toString());
    }
}
