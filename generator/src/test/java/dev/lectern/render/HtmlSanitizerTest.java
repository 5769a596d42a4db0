package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {
    private final List<String> dropped = new ArrayList<>();

    private String clean(String html) {
        return HtmlSanitizer.sanitize(html, level -> level + 1, true, dropped::add);
    }

    @Test
    void scriptsGoWithTheirContent() {
        assertEquals("<p>a</p>b", clean("<p>a</p><script>alert('x')</script>b"));
        assertEquals("x", clean("<SCRIPT src=\"evil.js\"></SCRIPT>x"));
        assertEquals(List.of("<script>", "<script>"), dropped);
    }

    @Test
    void eventHandlersAndStylesAreDropped() {
        assertEquals("<img src=\"a.png\" alt=\"A\">", clean("<img src=\"a.png\" onerror=\"steal()\" alt=\"A\" style=\"x\">"));
        assertEquals(List.of("onerror=", "style="), dropped);
    }

    @Test
    void javascriptUrlsAreDroppedHoweverTheyAreSpelled() {
        for (String url : List.of("javascript:alert(1)", "JavaScript:x", " javascript:x", "jav&#x61;script:x",
                "jav&#97;script:x", "java\tscript:x", "javascript&colon;x", "vbscript:x", "data:text/html,<b>")) {
            String out = clean("<a href=\"" + url.replace("\"", "&quot;") + "\">t</a>");
            assertEquals("<a>t</a>", out, url);
        }
        assertEquals("<a href=\"https://x.org/a?b=1&amp;c\">t</a>", clean("<a href=\"https://x.org/a?b=1&amp;c\">t</a>"));
        assertEquals("<a href=\"../q/#id\">t</a>", clean("<a href='../q/#id'>t</a>"));
    }

    @Test
    void obsoleteAlignAndCenterBecomeClassesAndNamedAnchorsBecomeIds() {
        assertEquals("<div class=\"badges align-center\">", clean("<div class=\"badges\" align=\"center\">"));
        assertEquals("<div class=\"align-center\">x</div>", clean("<center>x</center>"));
        assertEquals("<a id=\"top\"></a>", clean("<a name=\"top\"></a>"));
    }

    @Test
    void unknownTagsLoseTheTagButKeepTheirText() {
        assertEquals("\n  Body text\n", clean("<Accordion title=\"T\">\n  Body text\n</Accordion>"));
        assertTrue(dropped.contains("<accordion>"));
    }

    @Test
    void rawHeadingsShiftWithThePageAndImagesAlwaysHaveAlt() {
        assertEquals("<h2 class=\"align-center\">T</h2>", clean("<h1 align=\"center\">T</h1>"));
        assertEquals("<img src=\"x.png\" alt=\"\">", clean("<img src=\"x.png\"/>"));
    }

    @Test
    void aHalfWrittenTagIsWrittenWholeSoItCannotJoinLaterOutput() {
        assertEquals("<img src=\"x\" alt=\"\">", clean("<img src=x onerror=alert(1)"));
        assertEquals("a &lt; b \"c\" &amp;", clean("a < b \"c\" &amp;"));
    }

    @Test
    void aTagWithThousandsOfAttributesIsCleanedNotOverflowed() {
        String out = clean("<div" + " data-x=\"1\"".repeat(5000) + " class=\"kept\">text</div>");
        assertEquals("<div class=\"kept\">text</div>", out);
    }

    @Test
    void tagsAreLeftForTheBlockToBalanceSinceAWrapperOftenClosesInALaterPiece() {
        assertEquals("<div class=\"align-center\">", clean("<div align=\"center\">"));
        assertEquals("</div>", clean("</div>"));
        assertEquals("<p>a</p>b", clean("<p>a</p></main></body></html>b"));
        assertTrue(dropped.containsAll(List.of("<main>", "<body>", "<html>")), dropped.toString());
    }

    @Test
    void titlesLoseLinksBecauseTheyArePrintedInsideOurs() {
        assertEquals("x", HtmlSanitizer.sanitize("<a href=\"y\">x</a>", l -> l, false, dropped::add));
    }

    @Test
    void everyUrlThatNamesWhatThePageShowsGoesThroughTheResolverVideoAndAudioIncluded() {
        String html = "<video controls poster=\"img/p.png\" src=\"m/demo.mp4\" autoplay onplay=\"x()\"></video>"
                + "<picture><source srcset=\"img/a.png 1x, img/b.png 2x\"><img src=\"img/a.png\"></picture>"
                + "<audio controls src=\"m/a.ogg\"></audio><a href=\"x.md#y\">x</a><q cite=\"c.html\">q</q>";
        assertEquals("<video controls=\"controls\" poster=\"../img/p.png\" src=\"../m/demo.mp4\"></video>"
                + "<picture><source srcset=\"../img/a.png 1x, ../img/b.png 2x\"><img src=\"../img/a.png\" alt=\"\"></picture>"
                + "<audio controls=\"controls\" src=\"../m/a.ogg\"></audio><a href=\"../x.md#y\">x</a><q cite=\"c.html\">q</q>",
                HtmlSanitizer.sanitize(html, l -> l, true, dropped::add, url -> "../" + url));
        assertEquals(List.of("autoplay=", "onplay="), dropped);
    }

    @Test
    void aTooltipKeepsItsWordWithTheTipAsATitleThatKeyboardsReach() {
        assertEquals("a <abbr class=\"tooltip\" tabindex=\"0\" title=\"&quot;&gt;&lt;script&gt;x\">CLI</abbr> b",
                clean("a <Tooltip tip='\"><script>x' onclick=\"x()\">CLI</Tooltip> b"));
    }

    @Test
    void aTailwindLightDarkPairBecomesOneImagePerScheme() {
        assertEquals("<img class=\"only-light\" src=\"l.png\" alt=\"\">", clean("<img className=\"block dark:hidden\" src=\"l.png\" />"));
        assertEquals("<img class=\"only-dark\" src=\"d.png\" alt=\"\">", clean("<img className=\"hidden dark:block\" src=\"d.png\" />"));
        assertEquals("<img src=\"x.png\" alt=\"\">", clean("<img className=\"rounded-xl shadow\" src=\"x.png\" />"));
        assertEquals(List.of("classname="), dropped);
    }
}
