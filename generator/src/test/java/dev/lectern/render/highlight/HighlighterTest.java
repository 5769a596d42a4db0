package dev.lectern.render.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    private static final Highlighter H = Highlighter.shared();

    @Test
    void unknownLanguagesTextAndNoLanguageComeOutEscapedAndPlain() {
        for (String language : List.of("", "text", "plaintext", "brainfuck", "pythonn")) {
            assertEquals("if a &lt; b &amp;&amp; c &gt; d: print(\"x\")", H.highlight(language, "if a < b && c > d: print(\"x\")"));
        }
    }

    @Test
    void everyAliasHighlightsLikeItsLanguage() {
        String code = "x = 1  # note\n";
        for (List<String> names : H.languages()) {
            String expected = H.highlight(names.get(0), code);
            for (String alias : names) assertEquals(expected, H.highlight(alias, code), alias);
        }
        assertEquals(H.highlight("python", code), H.highlight(" Python ", code));
    }

    @Test
    void pythonTokensGetTheirClasses() {
        String html = H.highlight("py", "@cache\ndef f(x: int) -> str:\n    return f\"{x!r:>10}\"  # done");
        assertTrue(html.contains("<span class=\"tok-decorator\">@cache</span>"), html);
        assertTrue(html.contains("<span class=\"tok-keyword\">def</span> <span class=\"tok-function\">f</span>"), html);
        assertTrue(html.contains("<span class=\"tok-format\">!r:&gt;10</span>"), html);
        assertTrue(html.contains("<span class=\"tok-comment\"># done</span>"), html);
    }

    @Test
    void softKeywordsAreKeywordsOnlyAsStatements() {
        String names = H.highlight("python", "match = re.match(p, s)\ncase = 1\n_ = 2\ntype = 3\n");
        assertFalse(names.contains("tok-keyword"), names);
        String statements = H.highlight("python", "match x:\n    case _:\n        pass\ntype A = int\n");
        assertEquals(5, statements.split("tok-keyword", -1).length - 1, statements);
    }

    @Test
    void aShellBlockWithPromptsIsASessionWhoseOutputStaysPlain() {
        String session = H.highlight("bash", "$ pip install requests\nSuccessfully installed requests\n");
        assertTrue(session.startsWith("<span class=\"tok-prompt\">$ </span><span class=\"tok-function\">pip</span>"), session);
        assertTrue(session.endsWith("\nSuccessfully installed requests\n"), session);
        String script = H.highlight("bash", "pip install requests\n");
        assertTrue(script.startsWith("<span class=\"tok-function\">pip</span> install"), script);
    }

    @Test
    void emptyAndHugeCodeAreSafe() {
        assertEquals("", H.highlight("python", ""));
        String huge = "x = 1\n".repeat(Highlighter.MAX_CHARS / 6 + 1);
        assertEquals(huge, H.highlight("python", huge));
    }

    @Test
    void theOutputIsTheSameFromEveryInstance() {
        String code = "def f():\n    return {'a': [1, 2.5, 3j]}\n";
        assertEquals(H.highlight("python", code), new Highlighter().highlight("python", code));
    }

    @Test
    void strictModeKnowsNoGrammarForUnknownLanguages() {
        assertNull(H.strict("cobol", "x"));
    }
}
