package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.publish.Artifact;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The default theme's page furniture: sidebar, contents, anchors, chips, the search and 404 pages, no external requests. */
class ThemeTest {
    private static final RenderedSite SITE = new RenderedSite(FixtureSite.site());
    private static final String GIL = "python/what-is-the-gil/index.html";

    @Test
    void theSidebarOpensThePagesGuideAndSectionAndMarksThePage() {
        Document page = SITE.html(GIL);
        Element current = page.selectFirst(".sidebar [aria-current=page]");
        assertEquals("What is the GIL?", current.text());
        assertEquals("index.html", current.attr("href"));
        List<Element> guides = page.select(".sidebar .nav__guide");
        assertEquals(2, guides.size());
        assertTrue(guides.get(0).selectFirst("details").hasAttr("open"), "the page's guide is open");
        assertEquals("The interpreter", current.closest("details").selectFirst("summary").text());
        assertTrue(current.closest("details").hasAttr("open"));
        assertFalse(page.select(".sidebar summary:contains(Tooling)").first().parent().hasAttr("open"));
        assertEquals("../how-do-virtual-environments-work/index.html",
                page.selectFirst(".sidebar a:contains(virtual environments)").attr("href"));
        // another guide is one link to its page, whatever its size: every page would otherwise carry the whole site
        assertNull(guides.get(1).selectFirst("details"));
        assertEquals(List.of("../../sql/index.html"), guides.get(1).select("a").eachAttr("href"));
    }

    @Test
    void onTheGuidePageTheSidebarMarksItsOverviewAndLinksSectionsInPage() {
        Document guide = SITE.html("python/index.html");
        assertEquals("Overview", guide.selectFirst(".sidebar [aria-current=page]").text());
        assertTrue(guide.select(".sidebar .nav__guide:first-child a").eachAttr("href").contains("index.html#functions"));
        assertNull(guide.selectFirst(".sidebar a[href*=what-is-the-gil]"), "the guide page lists its questions itself");
    }

    @Test
    void questionPagesListTheirAnswersHeadingsOnPageAndHeadingsLinkToThemselves() {
        Document page = SITE.html(GIL);
        assertEquals(List.of("Why it exists", "Consequences"), page.select(".toc__link").eachText());
        assertEquals(List.of("#why-it-exists", "#consequences"), page.select(".toc__link").eachAttr("href"));
        Element anchor = page.selectFirst("#why-it-exists > a.heading-anchor");
        assertEquals("#why-it-exists", anchor.attr("href"));
        assertEquals("Link to this section", anchor.attr("aria-label"));
        assertEquals("", anchor.text(), "the # is drawn by CSS, so the heading's text is the author's");
        assertNotNull(SITE.html("python/index.html").selectFirst("#what-is-the-gil a.heading-anchor[href=#what-is-the-gil]"));
    }

    @Test
    void metadataShowsAsChipsWithTheDifficultyFirst() {
        Element chips = SITE.html(GIL).selectFirst(".doc__header .chips");
        assertEquals(List.of("Difficulty: Medium", "Tags: concurrency", "cpython", "Asked by Google"), chips.select(".chip").eachText());
        assertNotNull(chips.selectFirst(".chip--difficulty.chip--medium .difficulty--medium"));
    }

    @Test
    void codeBlocksGetLineNumbersOnlyWhenTheFenceAsksForThem() {
        Document plain = Jsoup.parse(CodeBlocks.html(CodeHighlighter.PLAIN, "python", "a = 1\nb = 2"));
        assertFalse(plain.selectFirst(".code-block").hasAttr("data-line-numbers"));
        assertNull(plain.selectFirst(".code-block__lines"));
        Document numbered = Jsoup.parse(CodeBlocks.html(CodeHighlighter.PLAIN, "python linenums=\"1\"", "a = 1\nb = 2\nc = 3"));
        assertTrue(numbered.selectFirst(".code-block").hasAttr("data-line-numbers"));
        assertEquals(3, numbered.select(".code-block__lines[aria-hidden=true] > span").size());
        assertEquals("a = 1\nb = 2\nc = 3", numbered.selectFirst("code.language-python").wholeText(), "the numbers are not in the code");
        // a Code block from a dialect reader carries the fence's wish in the model
        String html = new BlockRenderer(new MarkdownEngine(CodeHighlighter.PLAIN), CodeHighlighter.PLAIN).render(List.of(
                new dev.lectern.model.Code("python", "", "x = 1\ny = 2", true, FixtureSite.at("content/t.md", 1))), 2, PageScope.quiet());
        assertEquals(2, Jsoup.parse(html).select(".code-block[data-line-numbers] .code-block__lines > span").size());
    }

    @Test
    void theSearchPageAndThe404PageAreRenderedFromTheirTemplates() {
        Document search = SITE.html("search/index.html");
        assertEquals("Search", search.selectFirst("h1").text());
        assertNotNull(search.selectFirst("form[data-search-page] input[name=q]"));
        assertEquals(List.of("guide", "difficulty", "tag", "company"), search.select("select[data-facet]").eachAttr("name"));
        assertTrue(search.select("script[src]").eachAttr("src").contains("../" + SITE.asset("js/search-page.js")));
        Document missing = SITE.html("404.html");
        assertEquals("Page not found", missing.selectFirst("h1").text());
        // a host serves it at any depth: with a base_url, its links start from there
        assertEquals("https://example.org/docs/" + SITE.asset("style.css"), missing.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("https://example.org/docs/sql/index.html", missing.selectFirst(".sidebar a[href*=sql]").attr("href"));
        // without one, from the host's root: a relative link would resolve against the missing address
        var site = FixtureSite.site();
        Document rootless = new RenderedSite(new dev.lectern.model.Site(site.title(), site.description(), "", site.guides())).html("404.html");
        assertEquals("/" + SITE.asset("style.css"), rootless.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("/search/index.html", rootless.selectFirst("form[data-search-box]").attr("action"));
    }

    @Test
    void everyPageSetsTheSchemeBeforePaintAndLoadsNothingFromOtherHosts() {
        for (Artifact a : SITE.artifacts) {
            if (!a.path().endsWith(".html") || a.path().equals("404.html")) continue;
            Document doc = SITE.html(a.path());
            Element first = doc.head().selectFirst("script, link[rel=stylesheet]");
            assertEquals("script", first.tagName(), a.path() + ": the scheme script comes before the stylesheet");
            assertTrue(first.data().contains("localStorage") && !first.hasAttr("src"), a.path());
            assertNotNull(doc.selectFirst("link[rel=icon][href$=" + SITE.asset("favicon.svg") + "]"), a.path());
            for (Element e : doc.select("script[src], link[rel=stylesheet], link[rel=icon], form[action]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.hasAttr("href") ? e.attr("href") : e.attr("action");
                assertFalse(url.matches("(?i)^([a-z]+:)?//.*"), a.path() + " loads " + url);
            }
        }
    }

    @Test
    void theSearchBoxIsAPlainFormToTheSearchPageUntilScriptsEnhanceIt() {
        Document page = SITE.html(GIL);
        Element form = page.selectFirst("header form[role=search][data-search-box]");
        assertEquals("../../search/index.html", form.attr("action"));
        assertEquals("q", form.selectFirst("input[type=search]").attr("name"));
        assertEquals(List.of("../../" + SITE.asset("js/site.js"), "../../" + SITE.asset("js/search-box.js")), page.select("script[src]").eachAttr("src"));
    }
}
