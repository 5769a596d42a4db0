package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The shortcut for titles without Markdown gives exactly what flexmark gives, as HTML and as plain text. */
class PlainTitleTest {
    private static final MarkdownEngine MD = new MarkdownEngine(CodeHighlighter.PLAIN);
    /** Random titles: each costs four whole flexmark renders (12 s of CPU for 20,000); 5,000 reach every piece many times. */
    private static final int TITLES = 5_000;
    /** Safe characters, the ones that make a title Markdown, and white space of every kind. */
    private static final String[] PIECES = {"a", "Z", "q", "é", "ß", "Ж", "中", "ع", "٣", "7", "0", " ", " ", "  ", ",", ".",
            ";", ":", "?", "!", "'", "\"", "(", ")", "/", "-", "+", "=", "%", "$", "#", " #", "*", "_", "`", "~", "[", "]",
            "<", ">", "&", "\\", "|", "^", "@", "{", "}", "\t", "\n", "\u00a0", "\u0301", "😀", "www.", "http://", "https://",
            "ftp:", "mailto:", "&amp;", "<b>", "1. ", "- ", "> ", "---", "===", "**", "__", "[^1]", "x@y.z", "a_b_c", "WWW.",
            "wWw", "::", "//", "://", "!!", "#1", "C#", "F#", "\u0000", "\r"};

    private static List<String> titles() {
        List<String> out = new ArrayList<>(List.of("What is a list?", "Q1: What's \"new\" in 3.10?", "C#", "F# and C#", "#",
                "a #", "a ##", "# heading", "1. Lists", "- item", "> quote", "100%", "$5 (or less)", "a/b", "x = y + z",
                "Ünïcødé ßtraße", "中文 标题", "www.example.com", "see http://example.com", "me@example.com", "WWW.X.ORG",
                "a  b", " leading", "trailing ", "tab\there", "line\nbreak", "no\u00a0break", "", "   ", "---", "==="));
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < TITLES; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(12);
            // mostly safe pieces, so that many titles take the shortcut and their neighbours in the space do not
            int bound = random.nextInt(4) == 0 ? PIECES.length : 32;
            for (int k = 0; k < n; k++) sb.append(PIECES[random.nextInt(bound)]);
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void titlesWithoutMarkdownRenderAsFlexmarkRendersThem() {
        int shortcut = 0;
        for (String t : titles()) {
            assertEquals(MD.inlineParsed(t), MD.inline(t), () -> "HTML of " + show(t));
            assertEquals(MD.plainParsed(t), MD.plain(t), () -> "plain text of " + show(t));
            if (PlainTitle.is(t.strip())) shortcut++;
        }
        // the comparison means something only if the shortcut was taken often
        assertTrue(shortcut > TITLES / 4, "titles that took the shortcut: " + shortcut);
    }

    @Test
    void aTitlesLinksAreTheirTextAndItsImagesTheirAltTextWhileAnAnswerKeepsBoth() {
        assertEquals("Install Tux on <em>Linux</em>", MD.inline("Install ![Tux](img/tux.png) on [*Linux*](linux.md)"));
        assertEquals("Install Tux on Linux", MD.plain("Install ![Tux](img/tux.png) on [*Linux*](linux.md)"));
        String answer = MD.block("See ![Tux](img/tux.png) on [Linux](linux.md).", new BlockState(HeadingLevels.NONE, false, s -> { }, java.util.Map.of()));
        assertTrue(answer.contains("<img src=\"img/tux.png\" alt=\"Tux\""), answer);
        assertTrue(answer.contains("<a href=\"linux.md\">Linux</a>"), answer);
    }

    @Test
    void markdownAndAutolinksAreNeverTakenForPlainText() {
        for (String t : List.of("a *b*", "`code`", "[x](y)", "<b>x</b>", "a &amp; b", "a\\*", "~~x~~", "x[^1]",
                "see http://x.org", "www.x.org", "go to WWW.x.org", "me@x.org", "a  b", "a\tb", " a", "a ", "#a")) {
            assertFalse(PlainTitle.is(t), t);
        }
        assertTrue(PlainTitle.is("Q1: What's \"new\" in C# 3.10?"));
    }

    private static String show(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : Character.toString(c)));
        return sb.append('"').toString();
    }
}
