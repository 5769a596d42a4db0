package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.lectern.render.highlight.Highlighter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class InlineCodeTest {
    private static final MarkdownEngine MD = new MarkdownEngine(Highlighter.shared());
    private static final BlockRenderer BLOCKS = new BlockRenderer(MD, Highlighter.shared());

    private static Document render(String markdown) {
        return Jsoup.parse(BLOCKS.render(List.of(new dev.lectern.model.Markdown(markdown, FixtureSite.at("content/t.md", 1))), 2,
                PageScope.quiet()));
    }

    @Test
    void aLanguagePrefixIsDroppedAndTheCodeHighlighted() {
        Document d = render("Use `#!python range(3)` or `:::js let x`.");
        assertEquals(List.of("range(3)", "let x"), d.select("code").eachText());
        assertNotNull(d.selectFirst("code.language-python .tok-builtin"));
        assertNotNull(d.selectFirst("code.language-js"));
    }

    @Test
    void shebangsAndPlainSpansStayAsWritten() {
        Document d = render("`#!/bin/sh` and `#!` and `#!python` and `a < b`");
        assertEquals(List.of("#!/bin/sh", "#!", "#!python", "a < b"), d.select("code").eachText());
        assertEquals(0, d.select("code[class]").size());
    }

    @Test
    void anEscapedPipeInATableCellIsAPipeInItsCode() {
        // GitHub's table example: `\|` in a cell, in a code span too, is a pipe; outside a table it stays as written
        Document d = render("| f\\|oo | op |\n| --- | --- |\n| b `\\|` az | `A \\| B`, `#!python a \\| b` |\n\nOut: `a \\| b`, `x  y`\n\n| `x  y` |\n| - |\n");
        assertEquals(List.of("f|oo", "op"), d.select("table").first().select("th").eachText());
        assertEquals(List.of("|", "A | B", "a | b", "a \\| b", "x y", "x y"), d.select("code").eachText());
        assertEquals("b | az", d.select("td").first().text());
        assertNotNull(d.selectFirst("td code.language-python"));
        assertEquals(d.select("code").get(4).outerHtml(), d.select("code").get(5).outerHtml(), "a span in a cell renders as one outside");
    }
}
