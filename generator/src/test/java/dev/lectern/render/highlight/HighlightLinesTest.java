package dev.lectern.render.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Highlighted code cut into lines: each line balanced on its own, its text the line of the code exactly. */
class HighlightLinesTest {
    private static final Highlighter H = Highlighter.shared();

    @Test
    void aTokenThatSpansLinesIsClosedAndReopenedAtEachBreak() {
        String code = "x = \"\"\"one\ntwo\nthree\"\"\"\ny = 1";
        List<String> lines = H.lines("python", code);
        assertEquals(List.of(code.split("\n", -1)), lines.stream().map(l -> Jsoup.parse(l).body().wholeText()).toList());
        assertTrue(lines.get(1).startsWith("<span class=\"tok-string\">two"), lines.get(1));
        for (String l : lines) {
            assertEquals(count(l, "<span"), count(l, "</span>"), "balanced: " + l);
        }
    }

    @Test
    void unknownLanguagesAndEmptyCodeGiveEscapedLines() {
        assertEquals(List.of("a &lt; b", ""), H.lines("nope", "a < b\n"));
        assertEquals(List.of(""), H.lines("python", ""));
    }

    @Test
    void joinedLinesHaveTheSameTextAsTheWholeHighlight() {
        String code = "/* a\n b */\nint main() { return 0; }\n";
        assertEquals(Jsoup.parse(H.highlight("c", code)).body().wholeText(),
                Jsoup.parse(String.join("\n", H.lines("c", code))).body().wholeText());
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
