package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A block as a tree: balanced on its own, ids unique on the page, #links following their targets, code untouched. */
class HtmlTreeTest {
    private final IdRegistry ids = new IdRegistry();
    private final List<String> themeIds = new ArrayList<>();

    private String finish(String html) {
        return HtmlTree.finish(html, ids, id -> "#" + id, (id, now) -> themeIds.add(id + ">" + now));
    }

    @Test
    void strayEndTagsGoAndOpenOnesCloseWithinTheBlock() {
        assertEquals("<p>a</p><p>b</p>", finish("<p>a</p></div></div><p>b</p>"));
        assertEquals("<div class=\"x\"><p>a</p></div>", finish("<div class=\"x\"><p>a</p>"));
        assertEquals("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Table\"><table><tbody><tr><td>cell</td></tr></tbody></table></div>",
                finish("<table><tr><td>cell"));
    }

    @Test
    void aRawTableScrollsInTheBoxMarkdownTablesGetNamedAfterItsHeaderCells() {
        String html = finish("<p>x</p><table><tr><th>Port</th><th> Protocol </th><th>Use</th><th>Notes</th></tr>"
                + "<tr><td><table><tr><th>inner</th></tr></table></td></tr></table>");
        var body = HtmlTree.parse(html);
        var boxes = body.select(".table-wrap");
        assertEquals(1, boxes.size(), "the outer table only: " + html);
        assertEquals("Table: Port, Protocol, Use, …", boxes.get(0).attr("aria-label"));
        assertEquals("0", boxes.get(0).attr("tabindex"));
        assertEquals("region", boxes.get(0).attr("role"));
        assertEquals(html, finish(html), "a table already in its box keeps the one box");
    }

    @Test
    void idsAreClaimedInDocumentOrderAndLinksFollowTheirRenamedTarget() {
        assertEquals("<h2 id=\"x\"><a href=\"#x\"></a></h2>", finish("<h2 id=\"x\"><a href=\"#x\"></a></h2>"));
        assertEquals("<p><a href=\"#x-1\">up</a></p><h2 id=\"x-1\"></h2>", finish("<p><a href=\"#x\">up</a></p><h2 id=\"x\"></h2>"));
    }

    @Test
    void codeThatShowsMarkupIsNeverTakenForIt() {
        ids.claim("content");
        String code = "<pre><code><span class=\"tok-string\">'&lt;div id=\"content\"&gt; &lt;a href=\"#content\"&gt;'</span> &amp;amp;lt;</code></pre>";
        assertEquals(code, finish(code));
    }

    @Test
    @Timeout(10)
    void aHundredThousandNestedTagsAreBalancedNotOverflowed() {
        String out = finish("<div>".repeat(100_000) + "deep" + "</span>".repeat(1000));
        assertTrue(out.contains("deep"));
        assertTrue(HtmlSanitizer.sanitize("<div>".repeat(100_000), l -> l, true, s -> { }).length() >= 500_000);
    }

    @Test
    void aTitlesRawHtmlCannotLeaveATagOpenOrCloseOneOfTheTheme() {
        MarkdownEngine md = new MarkdownEngine((language, code) -> Html.escapeText(code));
        assertEquals("a <span>b</span>", md.inline("a <span>b"));
        assertEquals("a b", md.inline("a </div></main>b"));
    }

    @Test
    void anAuthorsIdThatTheThemeUsesIsRenamedAndReported() {
        assertEquals("<span id=\"user-content-LecternSearch\">a</span>", finish("<span id=\"LecternSearch\">a</span>"));
        assertEquals(List.of("LecternSearch>user-content-LecternSearch"), themeIds);
    }
}
