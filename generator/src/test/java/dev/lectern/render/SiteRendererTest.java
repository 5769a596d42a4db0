package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.publish.Artifact;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SiteRendererTest {
    private static final RenderedSite SITE = new RenderedSite(FixtureSite.site());
    private static final String ARGS = "python/what-are-args-and-kwargs/index.html";

    @Test
    void writesTheHomeGuideQuestionAndTopicPagesAtPrettyPaths() {
        assertEquals(List.of("404.html", SITE.asset("favicon.svg"), SITE.asset("highlight.css"), SITE.asset("js/highlight.js"),
                SITE.asset("js/search-box.js"), SITE.asset("js/search-page.js"), SITE.asset("js/site.js"), SITE.asset("style.css"), "index.html", "llms-full.txt", "llms.txt",
                "python/how-do-virtual-environments-work/index.html",
                "python/index.html", "python/what-are-args-and-kwargs/index.html", "python/what-is-the-gil/index.html",
                "questions.json", "search/index.html", "sql/index.html", "sql/what-is-a-join/index.html", "sql/what-is-an-index/index.html",
                // each of the fixture's topics names one question: the index lists them, none has a page of its own
                "topics/index.html"),
                SITE.artifacts.stream().map(Artifact::path).toList());
    }

    @Test
    void everyInternalLinkResolvesToAnArtifactAndAnId() {
        assertEquals(List.of(), SITE.brokenLinks());
    }

    @Test
    void everyPageIsHtml5WithOneH1UniqueIdsAndAltTextOnImages() {
        for (Artifact a : SITE.artifacts) {
            if (!a.path().endsWith(".html")) continue;
            String raw = SITE.text(a.path());
            assertTrue(raw.startsWith("<!doctype html>\n<html lang=\"en\">"), a.path() + " starts with " + raw.substring(0, 40));
            Document doc = SITE.html(a.path());
            assertNotNull(doc.selectFirst("head > meta[charset=utf-8]"), a.path());
            assertNotNull(doc.selectFirst("head > meta[name=viewport]"), a.path());
            assertEquals(1, doc.select("h1").size(), a.path() + " h1 count");
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) assertTrue(ids.add(e.id()), a.path() + " repeats id " + e.id());
            for (Element img : doc.select("img")) assertTrue(img.hasAttr("alt"), a.path() + " " + img);
            assertTrue(doc.select("[href^=/], [src^=/]").isEmpty(), a.path() + " has a root-absolute link");
        }
    }

    @Test
    void theHomePageListsTheGuidesInOrderWithTheirQuestionCounts() {
        Document home = SITE.html("index.html");
        assertEquals("Lectern Fixture", home.selectFirst("h1").text());
        assertEquals(List.of("Python Questions", "SQL Questions"), home.select(".guide-card__title").eachText());
        assertEquals(List.of("3 questions", "2 questions"), home.select(".guide-card__count").eachText());
        assertEquals("python/index.html", home.selectFirst(".guide-card__link").attr("href"));
    }

    @Test
    void asterisksInTitlesStayLiteralAndCodeSpansStayCode() {
        Document page = SITE.html(ARGS);
        Element h1 = page.selectFirst("h1");
        assertEquals("What are *args and **kwargs in def f(*args, **kwargs)?", h1.text());
        assertTrue(h1.select("em, strong").isEmpty());
        assertEquals("def f(*args, **kwargs)", h1.selectFirst("code").text());
        assertTrue(page.title().startsWith("What are *args and **kwargs"));
    }

    @Test
    void collapsibleCalloutsAreDetailsAndPlainOnesAreAsides() {
        Document page = SITE.html(ARGS);
        Element tip = page.selectFirst("details.callout.callout--tip");
        assertNotNull(tip);
        assertFalse(tip.hasAttr("open"));
        assertEquals("Remember the order", tip.selectFirst("summary").text());
        Element warning = page.selectFirst("aside.callout.callout--warning");
        assertNotNull(warning);
        assertNull(warning.selectFirst(".callout__title"), "an empty title gives no title element");
        assertTrue(warning.text().contains("Mutable default arguments"));
    }

    @Test
    void markdownTablesAndListsRenderAsTablesAndLists() {
        Document page = SITE.html("python/what-is-the-gil/index.html");
        Element table = page.selectFirst(".prose .table-wrap > table");
        assertNotNull(table);
        assertEquals(4, table.select("tr").size());
        assertEquals(2, page.select(".prose ul > li").size());
    }

    @Test
    void aTableScrollsInAFocusableRegionNamedAfterItsHeaderCells() {
        Element wrap = SITE.html("python/what-is-the-gil/index.html").selectFirst(".prose .table-wrap");
        assertEquals("region", wrap.attr("role"));
        assertEquals("0", wrap.attr("tabindex"), "a box that scrolls is reachable by keyboard");
        assertEquals("Table: Runtime, Has a GIL", wrap.attr("aria-label"));
    }

    @Test
    void codeBlocksAreEscapedAndLabelledWithTheirLanguageAndTitle() {
        Document page = SITE.html("python/what-is-the-gil/index.html");
        Element code = page.selectFirst("pre > code.language-python");
        assertEquals("import threading\nprint(\"<tag> & 'quote'\")", code.wholeText());
        assertEquals("python", page.selectFirst(".code-block [data-lang]").attr("data-lang"));
        assertEquals("threads.py", page.selectFirst(".code-block__title").text());
    }

    @Test
    void codeIsHighlightedAtBuildTimeWithTheStylesheetLinkedAndNoScript() {
        Document page = SITE.html("python/what-is-the-gil/index.html");
        Element code = page.selectFirst("pre > code.language-python");
        assertEquals("import", code.selectFirst("span.tok-keyword").text());
        assertEquals("\"<tag> & 'quote'\"", code.selectFirst("span.tok-string").text());
        assertNotNull(page.selectFirst("link[rel=stylesheet][href$=" + SITE.asset("highlight.css") + "]"));
        // the theme's scripts are for search and page furniture; none of them highlights code
        assertTrue(page.select("script[src]").stream().map(e -> e.attr("src")).noneMatch(src -> src.contains("prism") || src.contains("hljs")),
                "a page needs no script to show highlighted code");
        assertTrue(page.select("script:not([src])").stream().noneMatch(e -> e.data().contains("tok-")), "nor any inline one");
    }

    @Test
    void tabsKeepEveryPanelWithItsLabel() {
        Element tabs = SITE.html(ARGS).selectFirst(".tabs");
        assertEquals(List.of("Python 3", "inspect"), tabs.select(".tabs__label").eachText());
        assertEquals(2, tabs.select("section.tabs__panel").size());
        assertTrue(tabs.text().contains("inspect.signature"));
        assertNotNull(tabs.selectFirst(".tabs__panel--selected pre code"));
    }

    @Test
    void previousAndNextCrossSectionsButStopAtTheGuideBoundaries() {
        Document first = SITE.html("python/what-is-the-gil/index.html");
        assertNull(first.selectFirst("a[rel=prev]"));
        assertEquals("../what-are-args-and-kwargs/index.html", first.selectFirst("a[rel=next]").attr("href"));
        Document last = SITE.html("python/how-do-virtual-environments-work/index.html");
        assertEquals("../what-are-args-and-kwargs/index.html", last.selectFirst("a[rel=prev]").attr("href"));
        assertNull(last.selectFirst("a[rel=next]"), "the next guide's first question is not next");
        assertNull(SITE.html("sql/what-is-a-join/index.html").selectFirst("a[rel=prev]"));
    }

    @Test
    void questionPagesHaveBreadcrumbsAPermalinkAndALinkBackToTheirPlace() {
        Document page = SITE.html(ARGS);
        assertEquals(List.of("Home", "Python Questions", "Functions and def"), page.select(".breadcrumbs__item").eachText());
        assertEquals("../index.html#functions", page.select(".breadcrumbs__link").last().attr("href"));
        assertEquals("index.html", page.selectFirst("a[rel=bookmark]").attr("href"));
        assertEquals("../index.html#what-are-args-and-kwargs", page.selectFirst(".question-page__in-guide").attr("href"));
        assertEquals("https://example.org/docs/python/what-are-args-and-kwargs/", page.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void theGuidePageHasATableOfContentsAndEveryQuestionAnchoredByItsSlug() {
        Document guide = SITE.html("python/index.html");
        assertEquals(List.of("The interpreter", "Functions and def", "Tooling"), guide.select(".toc__fold > ol > li > .toc__link").eachText());
        for (String slug : List.of("what-is-the-gil", "what-are-args-and-kwargs", "how-do-virtual-environments-work")) {
            Element q = guide.getElementById(slug);
            assertNotNull(q, slug);
            assertEquals(slug + "/index.html", q.selectFirst(".question__link").attr("href"));
            assertNotNull(q.selectFirst("details.question__answer .question__body"), slug);
        }
        assertEquals("Medium", guide.getElementById("what-is-the-gil").selectFirst(".difficulty").text());
        assertEquals(List.of("Tags: concurrency", "cpython"), guide.getElementById("what-is-the-gil").select(".chips__item").eachText().subList(0, 2));
    }
}
