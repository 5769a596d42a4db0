package dev.lectern.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BuiltSite;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Titles and descriptions of the site and of each page, from what the sources give. */
class TitlesTest {
    @Test
    void aPagesTitleIsItsFrontMatterElseItsFirstH1ElseItsFileNameMadeReadable() {
        BuiltSite site = TreeSites.site("handbook");
        assertEquals("Quick start in five minutes", site.page("quickstart/index.html").selectFirst("main h1").text());
        // an HTML logo comes before the H1: the H1 is still the title
        assertEquals("Installing Acme", site.page("guides/install/index.html").selectFirst("main h1").text());
        assertEquals("Installing Acme · Acme Handbook", site.page("guides/install/index.html").title());
        assertEquals("File formats", site.page("reference/file-formats/index.html").selectFirst("main h1").text());
        assertEquals("Getting started", TreeSites.site("numbered").page("tools/getting-started/index.html").selectFirst("main h1").text());
    }

    @Test
    void theSiteIsNamedByLecternYmlElseByTheHomePageElseByItsFolder() {
        BuiltSite numbered = TreeSites.site("numbered");
        assertEquals("Widget Docs", numbered.result.site().title());
        assertEquals("Widget Docs", numbered.page("introduction/index.html").selectFirst(".site-header__name").text());
        assertEquals("Everything about widgets: what they are, how to set them up, and the tools around them.", numbered.result.site().description());
        assertEquals("Widget Docs", numbered.page("index.html").title());
        // no lectern.yml, no home page: the project's folder names the site (its content folder is called docs)
        BuiltSite notes = TreeSites.site("plain-notes/docs");
        assertEquals("Plain notes", notes.result.site().title());
        assertEquals(2, notes.page("index.html").select(".guide-card").size(), "without a home page, the generated overview");
    }

    @Test
    void eachPageIsDescribedByItsFrontMatterElseItsFirstParagraph() {
        BuiltSite site = TreeSites.site("handbook");
        assertEquals("Install Acme, create a widget and run it.", TreeSites.description(site.page("quickstart/index.html")));
        assertEquals("Acme reads acme.toml from the project folder, then ~/.config/acme/acme.toml. The first value found wins.",
                TreeSites.description(site.page("guides/configure/index.html")));
        assertEquals("Acme reads TOML for its settings and writes JSON for its reports.",
                TreeSites.description(site.page("reference/file-formats/index.html")));
        Map<String, String> seen = new HashMap<>();
        for (var p : site.pages()) {
            String rel = site.output.relativize(p).toString();
            if (rel.startsWith("search") || rel.startsWith("topics") || rel.equals("404.html")) continue;
            String d = TreeSites.description(site.page(rel));
            assertTrue(!d.isEmpty(), rel + " has no description");
            String before = seen.put(d, rel);
            assertTrue(before == null, rel + " and " + before + " share the description '" + d + "'");
        }
    }

    @Test
    void aQuestionPageIsDescribedByItsAnswersFirstSentence() {
        Document page = TreeSites.site("handbook").page("faq/is-acme-free-to-use/index.html");
        // "Yes." alone says nothing: the first sentence runs on to the next one
        assertEquals("Yes. Acme is released under the MIT licence, so you may use it in commercial work.", TreeSites.description(page));
        // a lead-in label is not part of the sentence; a label alone is passed over for the text after the code
        assertEquals("Yes, you may sell them. Nothing built with Acme belongs to us.",
                TreeSites.description(TreeSites.site("handbook").page("faq/can-i-sell-widgets-built-with-acme/index.html")));
        assertEquals("The command prints the licence of the widget and of every library it uses.",
                TreeSites.description(TreeSites.site("handbook").page("faq/how-do-i-see-a-widget-s-licence/index.html")));
    }

    @Test
    void longParagraphsAreCutAtASentenceOrAWord() {
        Document page = TreeSites.site("handbook").page("guides/install/index.html");
        String d = TreeSites.description(page);
        assertTrue(d.length() <= 160, d);
        assertTrue(d.endsWith(".") || d.endsWith("\u2026"), d);
    }
}
