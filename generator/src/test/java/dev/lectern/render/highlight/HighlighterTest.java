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

    @Test
    void theFenceNamesDocsUseAreRegistered() {
        for (String alias : List.of("html", "xml", "svg", "css", "scss", "sass", "jsx", "tsx", "go", "golang", "rust", "rs",
                "c", "h", "cpp", "c++", "hpp", "cs", "csharp", "kotlin", "kt", "kts", "ruby", "rb", "php", "dockerfile",
                "docker", "makefile", "make", "ini", "properties", "cfg", "conf", "markdown", "md", "mdx", "powershell",
                "ps1", "pwsh", "graphql", "gql")) {
            assertTrue(H.strict(alias, "x") != null, alias);
        }
    }

    /** Mermaid is shown as code (its label comes from the fence, see BlockRendererTest): no grammar, no colours. */
    @Test
    void mermaidStaysPlainText() {
        assertNull(H.strict("mermaid", "graph TD; A-->B"));
        assertEquals("graph TD; A--&gt;B", H.highlight("mermaid", "graph TD; A-->B"));
    }

    @Test
    void jsxTagsAreTagsNotStringsOrRegexes() {
        String html = H.highlight("jsx", "const App = () => <div className=\"app\" onClick={() => go(1)}>Don't</div>;");
        assertTrue(html.contains("&lt;<span class=\"tok-tag\">div</span> <span class=\"tok-property\">className</span>="
                + "<span class=\"tok-string\">\"app\"</span>"), html);
        assertTrue(html.contains("&gt;Don't&lt;/<span class=\"tok-tag\">div</span>&gt;;"), html);
        // a generic and a comparison are not tags
        String ts = H.highlight("tsx", "const a: Array<string> = []; if (a<b) {}");
        assertFalse(ts.contains("tok-tag"), ts);
    }

    @Test
    void htmlHoldsItsScriptAndStyleInTheirLanguages() {
        String html = H.highlight("html", "<style>p { color: red; }</style><script>let x = 1;</script>");
        assertTrue(html.contains("<span class=\"tok-property\">color</span>"), html);
        assertTrue(html.contains("<span class=\"tok-keyword\">let</span>"), html);
    }
}
