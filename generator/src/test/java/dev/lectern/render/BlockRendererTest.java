package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostics;
import dev.lectern.model.Block;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BlockRendererTest {
    private static final MarkdownEngine MD = new MarkdownEngine(CodeHighlighter.PLAIN);
    private static final BlockRenderer BLOCKS = new BlockRenderer(MD, CodeHighlighter.PLAIN);

    private static String render(int base, Block... blocks) {
        return BLOCKS.render(List.of(blocks), base, PageScope.reporting(new Diagnostics()));
    }

    private static Markdown md(String text) {
        return new Markdown(text, FixtureSite.at("content/t.md", 1));
    }

    @Test
    void headingIdsAreGithubStyle() {
        Document d = Jsoup.parse(render(2, md("## `__init__` and lru_cache\n\n## What's new in 2.0?\n\n## C / C++")));
        assertEquals(List.of("__init__-and-lru_cache", "whats-new-in-20", "c--c"), d.select("h2").eachAttr("id"));
    }

    @Test
    void proseAndCodeReachThePageAsFlexmarkWroteThem() {
        assertEquals("<p>a &quot;b&quot; <code>&lt;div id=&quot;x&quot;&gt;</code></p>\n", render(2, md("a \"b\" `<div id=\"x\">`")));
    }

    @Test
    void repeatedHeadingsInSeparateBlocksGetDistinctIdsAndTheirLinksFollow() {
        String html = render(2, md("## Example\n\n[see](#example)"), new Heading(2, "Example", FixtureSite.at("content/t.md", 5)),
                md("## Example\n\n[this one](#example)"));
        Document d = Jsoup.parse(html);
        assertEquals(List.of("example", "example-1", "example-2"), d.select("h2").eachAttr("id"));
        assertEquals(List.of("#example", "#example-2"), d.select("a:not(.heading-anchor)").eachAttr("href"));
        // each heading's own anchor link follows its renamed id
        assertEquals(List.of("#example", "#example-1", "#example-2"), d.select("h2 > a.heading-anchor").eachAttr("href"));
    }

    @Test
    void aFootnoteDefinedInOneBlockIsCitedFromAnotherAndListedOnceAtTheEnd() {
        List<Block> blocks = List.of(md("A[^note] and B[^other]."), md("C[^note].\n\n[^note]: the note\n[^other]: another"));
        PageScope scope = PageScope.reporting(new Diagnostics());
        DocDefinitions defs = MD.definitions(blocks);
        String body = BLOCKS.render(blocks, 2, scope, PageLinks.NONE, defs);
        Document d = Jsoup.parse(body + BLOCKS.footnotes(List.of(1, 2), scope, PageLinks.NONE, defs));
        assertEquals(List.of("1", "2", "1"), d.select("sup.footnote-ref").eachText());
        assertEquals(List.of("fnref-1", "fnref-2", "fnref-1-2"), d.select("sup.footnote-ref").eachAttr("id"));
        assertEquals(List.of("fn-1", "fn-2"), d.select(".footnotes li").eachAttr("id"));
        assertEquals("the note", d.select("#fn-1 > p").first().text());
        // every link lands on an element of the page: citations on notes, back-links on each citation
        for (var a : d.select("a[href^=#]")) assertEquals(1, d.select("[id=" + a.attr("href").substring(1) + "]").size(), a.outerHtml());
        assertEquals(List.of("#fnref-1", "#fnref-1-2"), d.select("#fn-1 .footnotes__back a").eachAttr("href"));
    }

    @Test
    void anUndefinedFootnoteStaysAsWrittenWithAWarning() {
        Diagnostics diags = new Diagnostics();
        String html = BLOCKS.render(List.of(md("A[^missing].")), 2, PageScope.reporting(diags));
        assertTrue(html.contains("[^missing]"), html);
        assertTrue(diags.sorted().stream().anyMatch(x -> x.message().contains("footnote never defined: [^missing]")), diags.sorted().toString());
    }

    @Test
    void aReferenceDefinedInALaterBlockResolves() {
        List<Block> blocks = List.of(md("See [the guide][g] and [Other]."), md("[g]: https://example.org/g\n[other]: https://example.org/o"));
        String html = BLOCKS.render(blocks, 2, PageScope.reporting(new Diagnostics()), PageLinks.NONE, MD.definitions(blocks));
        assertEquals(List.of("https://example.org/g", "https://example.org/o"), Jsoup.parse(html).select("a").eachAttr("href"));
    }

    @Test
    void headingsKeepTheirDistancesBelowTheBaseAndNeverRiseAboveIt() {
        Document d = Jsoup.parse(render(4, md("### A\n\n#### B\n\n###### C\n\nText\n===")));
        assertEquals(List.of("h4", "h5", "h6", "h4"), d.select("h1, h2, h3, h4, h5, h6").stream().map(e -> e.tagName()).toList());
    }

    @Test
    void anOutlineNeverSkipsALevelEvenAcrossBlocks() {
        // the answer's shallowest heading is "##" but it opens with "####": nothing may jump from the page's h1 to h4
        Document d = Jsoup.parse(render(2, md("#### Parts\n\ntext\n\n###### Detail"), md("## Overview\n\n#### Part")));
        assertEquals(List.of("h2", "h3", "h2", "h3"), d.select("h1, h2, h3, h4, h5, h6").stream().map(e -> e.tagName()).toList());
    }

    @Test
    void fencedCodeInsideMarkdownGetsTheSameMarkupAsCodeBlocks() {
        Document d = Jsoup.parse(render(2, md("```py title=\"x.py\"\nif a < b:\n    pass\n```")));
        // the fence's info string is read as a top-level fence's is: the language by its one name, the title in the bar
        assertEquals("python", d.selectFirst("[data-lang]").attr("data-lang"));
        assertEquals("x.py", d.selectFirst(".code-block__title").text());
        assertEquals("if a < b:\n    pass", d.selectFirst("pre > code.language-python").wholeText());
    }

    @Test
    void markdownLinksWithUnsafeSchemesLoseTheirHref() {
        Document d = Jsoup.parse(render(2, md("[a](javascript:alert(1)) [b](jav&#x61;script:x) [c](https://ok.org)")));
        assertEquals(List.of("https://ok.org"), d.select("a[href]").eachAttr("href"));
        assertTrue(d.text().contains("a") && d.text().contains("b"));
    }

    @Test
    void titlesAreInlineEvenWhenTheyLookLikeBlocks() {
        assertEquals("1. Lists", MD.inline("1. Lists"));
        assertEquals("- item", MD.inline("- item"));
        assertEquals("Is C# like C #", MD.inline("Is C# like C #"));
        assertEquals("What are *args and **kwargs?", MD.inline("What are *args and **kwargs?"));
        assertEquals("see docs", MD.inline("see [docs](https://x.org)"));
        assertEquals("Use lru_cache", MD.plain("Use `lru_cache`"));
    }
}
