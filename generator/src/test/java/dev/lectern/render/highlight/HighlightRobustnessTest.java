package dev.lectern.render.highlight;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.noties.prism4j.Prism4j;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Inputs made to hurt a regex tokenizer: unclosed delimiters by the thousand, deep nesting, runs of backslashes. Every
 * grammar must return the text unchanged and well-formed, without its safety net. The only timing is a generous bound
 * per input that catches a catastrophic (quadratic or worse) regex instead of a test that never ends;
 * bench/highlight.sh measures.
 */
class HighlightRobustnessTest {
    private static final Highlighter H = Highlighter.shared();

    private static Map<String, String> pathological() {
        Map<String, String> in = new LinkedHashMap<>();
        in.put("50 KB of double quotes", "\"".repeat(50_000));
        in.put("50 KB of an unclosed quote", "\"" + "a".repeat(50_000));
        in.put("unclosed quotes on every line", ("x = \"" + "word ".repeat(8) + "\\\n").repeat(1_200));
        in.put("mixed unclosed quotes", "'\"`".repeat(17_000));
        in.put("unclosed triple quotes", "'''" + "\"\"\" f'{ ".repeat(6_000));
        in.put("deep parentheses", "(".repeat(50_000));
        in.put("deep brackets and braces", "[{".repeat(25_000));
        in.put("deeply nested f-strings", "f\"{".repeat(15_000));
        in.put("deeply nested substitutions", "$(\"$(".repeat(10_000));
        in.put("deeply nested templates", "`${".repeat(15_000));
        in.put("10,000 backslashes", "\\".repeat(10_000));
        in.put("backslashes in a string", "\"" + "\\".repeat(10_001));
        in.put("case lines", "case case ".repeat(5_000) + ":");
        in.put("heredoc openers", "cat <<EOF\n".repeat(5_000));
        in.put("comment openers", "/* # -- // <!-- ".repeat(4_000));
        in.put("a long identifier", "a".repeat(50_000) + "(");
        in.put("a long number", "1".repeat(20_000) + ".e" + "_1".repeat(10_000) + "j");
        in.put("many colons", "{x" + ":".repeat(30_000) + "}" + " f'{a" + ":!".repeat(10_000) + "'");
        in.put("yaml block scalars", ("- key: |\n" + "  ").repeat(8_000));
        // openers of the markup, stylesheet, C-family and config grammars, each about 64 KB
        in.put("unclosed tags", "<a href=x ".repeat(6_500));
        in.put("tags with unclosed values", "<a b=\"".repeat(10_000) + "<p c='" + "<i d={".repeat(10_000));
        in.put("markup openers", "<!-- <![CDATA[ <? <!x <script> <style> ".repeat(1_600));
        in.put("jsx braces", "<a b={{{ ".repeat(7_000));
        in.put("selectors without braces", "a.b:c > d ".repeat(6_500));
        in.put("interpolation openers", "\"#{ ${ $( {$ $\"{ ".repeat(3_500));
        in.put("raw string openers", "r#\" R\"x( @\" $\"\"\" ".repeat(3_500));
        in.put("fence and link openers", "```\n~~~\n[a](<b `c ".repeat(3_000));
        in.put("variable openers", "$( ${ %( $$( @\"\n@'\n<# ".repeat(2_500));
        in.put("rust lifetimes and chars", "'a '\\ ' b'".repeat(6_000));
        return in;
    }

    @Test
    void pathologicalInputsComeBackUnchangedInEveryLanguage() {
        // languages in parallel: the highlighter is shared across threads in a build too
        H.languages().parallelStream().map(names -> names.get(0)).forEach(language -> {
            for (Map.Entry<String, String> e : pathological().entrySet()) {
                String where = e.getKey() + " as " + language;
                String html = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> H.strict(language, e.getValue()), where);
                SpanCheck.assertFaithful(e.getValue(), html, where);
            }
        });
    }

    /** The engine loops on a token that matches nothing, and a lookbehind group must exist to be left out. */
    @Test
    void noRuleMatchesTheEmptyStringAndEveryClassIsDocumented() {
        List<String> classes = new ArrayList<>();
        for (TokenClass c : TokenClass.values()) classes.add(c.css());
        Set<Prism4j.Grammar> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Prism4j.Grammar> todo = new ArrayList<>(H.languageTable().grammars());
        while (!todo.isEmpty()) {
            Prism4j.Grammar g = todo.remove(todo.size() - 1);
            if (!seen.add(g)) continue;
            for (Prism4j.Token t : g.tokens()) {
                assertTrue(t.name().isEmpty() || classes.contains(t.name()), "undocumented token class " + t.name());
                for (Prism4j.Pattern p : t.patterns()) {
                    assertFalse(p.regex().matcher("").lookingAt(), g.name() + " " + t.name() + " matches nothing: " + p.regex());
                    if (p.lookbehind()) assertTrue(p.regex().matcher("").groupCount() >= 1, "no group 1 in " + p.regex());
                    if (p.inside() != null) todo.add(p.inside());
                }
            }
        }
        assertTrue(seen.size() > 20, "walked only " + seen.size() + " grammars");
    }
}
