package dev.lectern.render.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads highlighter output strictly: only {@code <span class="tok-X">} with X a {@link TokenClass}, its
 * {@code </span>}, text, and the three entities {@code &amp; &lt; &gt;}; spans must balance. Returns the text.
 */
final class SpanCheck {
    private static final Set<String> CLASSES = Arrays.stream(TokenClass.values()).map(TokenClass::css).collect(Collectors.toSet());
    private static final String OPEN = "<span class=\"tok-";

    private SpanCheck() {
    }

    static String text(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int depth = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (html.startsWith(OPEN, i)) {
                int end = html.indexOf("\">", i);
                if (end < 0) fail("unterminated tag at " + i);
                String cls = html.substring(i + OPEN.length(), end);
                if (!CLASSES.contains(cls)) fail("unknown token class '" + cls + "' at " + i);
                depth++;
                i = end + 2;
            } else if (html.startsWith("</span>", i)) {
                if (--depth < 0) fail("unbalanced </span> at " + i);
                i += 7;
            } else if (c == '&') {
                if (html.startsWith("&amp;", i)) text.append('&');
                else if (html.startsWith("&lt;", i)) text.append('<');
                else if (html.startsWith("&gt;", i)) text.append('>');
                else fail("unexpected entity at " + i + ": " + html.substring(i, Math.min(html.length(), i + 10)));
                i = html.indexOf(';', i) + 1;
            } else if (c == '<' || c == '>') {
                fail("raw '" + c + "' at " + i);
                return null;
            } else {
                text.append(c);
                i++;
            }
        }
        if (depth != 0) fail(depth + " span(s) left open");
        return text.toString();
    }

    /** The output is well-formed and its text is the code, character for character. */
    static void assertFaithful(String code, String html, String what) {
        assertEquals(code, text(html), what + ": the highlighted text differs from the code");
    }
}
