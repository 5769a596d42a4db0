package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The edges of the inline syntax documentation sites add: math, marks and keys, shortcodes, attribute lists. */
class InlineSyntaxTest {
    private static final MarkdownEngine MD = new MarkdownEngine(CodeHighlighter.PLAIN);

    private static String block(String markdown, List<String> dropped) {
        return MD.block(markdown, new BlockState(HeadingLevels.NONE, false, dropped::add, Map.of())).strip();
    }

    private static String block(String markdown) {
        return block(markdown, new ArrayList<>());
    }

    @Test
    void pricesAreNotMathButFormulasAre() {
        assertEquals("<p>It costs $0.02 or $5, and US$3 is $ 4.</p>", block("It costs $0.02 or $5, and US$3 is $ 4."));
        assertEquals("<p>Area <span class=\"math math--inline\">\\pi r^2</span> and <span class=\"math math--inline\">x &lt; y</span>.</p>",
                block("Area $\\pi r^2$ and $x < y$."));
        assertEquals("<p><span class=\"math math--display\">a\nb</span></p>", block("$$\na\nb\n$$"));
    }

    @Test
    void anUnclosedDollarInALongParagraphStaysTextQuickly() {
        String text = "$a ".repeat(50_000);
        long start = System.nanoTime();
        assertTrue(block(text).startsWith("<p>$a $a"));
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "a paragraph of dollars must not take quadratic time");
    }

    @Test
    void doubledMarksStyleAndSingleOnesStayText() {
        assertEquals("<p><mark>hi</mark> <ins>new</ins> C++ and a == b</p>", block("==hi== ^^new^^ C++ and a == b"));
        assertEquals("<p><span class=\"keys\"><kbd>Ctrl</kbd><span class=\"keys__plus\">+</span><kbd>Shift</kbd>"
                + "<span class=\"keys__plus\">+</span><kbd>P</kbd></span></p>", block("++ctrl+shift+p++"));
    }

    @Test
    void shortcodesBecomeEmojiIconsVanishAndOtherWordsStay() {
        assertEquals("<p>🚀 ✅  go, 10:30:45 and :not_a_real_emoji_name:</p>",
                block(":rocket: :white_check_mark: :material-check: go, 10:30:45 and :not_a_real_emoji_name:"));
        assertEquals("Ship it 🚀", MD.plain("Ship it :rocket: :octicons-gear-24:"));
    }

    @Test
    void attributeListsKeepHarmlessAttributesOnly() {
        List<String> dropped = new ArrayList<>();
        var a = Jsoup.parse(block("[Go](https://example.org){ .md-button onclick=\"alert(1)\" style=\"color:red\" }", dropped)).selectFirst("a");
        assertEquals("md-button", a.className());
        assertEquals("", a.attr("onclick") + a.attr("style"));
        assertEquals(List.of("onclick=", "style="), dropped);
    }

    @Test
    void bracesInProseAreTextNotAttributes() {
        assertEquals("<p>Use {name} and {key: value} in the template {x}.</p>", block("Use {name} and {key: value} in the template {x}."));
        assertEquals("<p>Sets <code>{a}</code> then {.cls} more</p>", block("Sets `{a}` then {.cls} more"));
    }

    @Test
    void aHeadingKeepsItsAuthoredIdAndHidesTheList() {
        assertEquals("<h2 id=\"port\" class=\"wide\">Port<a class=\"heading-anchor\" href=\"#port\" aria-label=\"Link to this section\"></a></h2>",
                block("## Port { #port .wide }"));
        assertEquals("Port", MD.plain("Port {#port}"));
    }

    @Test
    void aHeadingsIdKeepsTheWordsOfItsFormulaAsSearchDerivesThem() {
        String html = block("## Amortized $O(1)$ append");
        assertTrue(html.contains("id=\"amortized-o1-append\""), html);
        assertTrue(html.contains("<span class=\"math math--inline\">O(1)</span>"), html);
    }
}
