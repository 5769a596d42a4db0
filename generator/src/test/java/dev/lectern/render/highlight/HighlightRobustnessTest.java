package dev.lectern.render.highlight;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.noties.prism4j.Prism4j;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * grammar must return the text unchanged and well-formed, without its safety net. The inputs are 10 to 30 KB: the
 * engine itself copies the rest of the text at each token (its cost grows with the square of a dense input, which is
 * why {@link Highlighter#MAX_CHARS} exists), so at 50 KB the engine's own copying, not the grammars, took most of a
 * minute of CPU. The only timing is a bound per input and language on the CPU time of the thread that highlights it
 * ({@link #CPU_SECONDS}; load on the machine does not count): the slowest take about a tenth of a second, and a rule that
 * backtracks quadratically or worse takes 16 times longer for 4 times the text, so it is past the bound long before a
 * size at which the test would hang. A wall-clock bound ends a test that never returns. bench/highlight.sh measures.
 */
class HighlightRobustnessTest {
    private static final Highlighter H = Highlighter.shared();
    static final double CPU_SECONDS = 2;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static Map<String, String> pathological() {
        Map<String, String> in = new LinkedHashMap<>();
        in.put("12 KB of double quotes", "\"".repeat(12_500));
        in.put("12 KB of an unclosed quote", "\"" + "a".repeat(12_500));
        in.put("unclosed quotes on every line", ("x = \"" + "word ".repeat(8) + "\\\n").repeat(300));
        in.put("mixed unclosed quotes", "'\"`".repeat(4_250));
        in.put("unclosed triple quotes", "'''" + "\"\"\" f'{ ".repeat(1_500));
        in.put("deep parentheses", "(".repeat(12_500));
        in.put("deep brackets and braces", "[{".repeat(6_250));
        in.put("deeply nested f-strings", "f\"{".repeat(3_750));
        in.put("deeply nested substitutions", "$(\"$(".repeat(2_500));
        in.put("deeply nested templates", "`${".repeat(3_750));
        in.put("10,000 backslashes", "\\".repeat(10_000));
        in.put("backslashes in a string", "\"" + "\\".repeat(10_001));
        in.put("case lines", "case case ".repeat(1_250) + ":");
        in.put("heredoc openers", "cat <<EOF\n".repeat(1_250));
        in.put("comment openers", "/* # -- // <!-- ".repeat(1_000));
        in.put("a long identifier", "a".repeat(12_500) + "(");
        in.put("a long number", "1".repeat(5_000) + ".e" + "_1".repeat(2_500) + "j");
        in.put("many colons", "{x" + ":".repeat(7_500) + "}" + " f'{a" + ":!".repeat(2_500) + "'");
        in.put("yaml block scalars", ("- key: |\n" + "  ").repeat(2_000));
        // openers of the markup, stylesheet, C-family and config grammars, each about 16 KB
        in.put("unclosed tags", "<a href=x ".repeat(1_625));
        in.put("tags with unclosed values", "<a b=\"".repeat(2_500) + "<p c='" + "<i d={".repeat(2_500));
        in.put("markup openers", "<!-- <![CDATA[ <? <!x <script> <style> ".repeat(400));
        in.put("jsx braces", "<a b={{{ ".repeat(1_750));
        in.put("selectors without braces", "a.b:c > d ".repeat(1_625));
        in.put("interpolation openers", "\"#{ ${ $( {$ $\"{ ".repeat(875));
        in.put("raw string openers", "r#\" R\"x( @\" $\"\"\" ".repeat(875));
        in.put("fence and link openers", "```\n~~~\n[a](<b `c ".repeat(750));
        in.put("variable openers", "$( ${ %( $$( @\"\n@'\n<# ".repeat(625));
        in.put("rust lifetimes and chars", "'a '\\ ' b'".repeat(1_500));
        return in;
    }

    @Test
    void pathologicalInputsComeBackUnchangedInEveryLanguage() {
        // languages in parallel: the highlighter is shared across threads in a build too
        H.languages().parallelStream().map(names -> names.get(0)).forEach(language -> {
            for (Map.Entry<String, String> e : pathological().entrySet()) {
                String where = e.getKey() + " as " + language;
                double[] cpu = new double[1];
                String html = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                    long start = THREADS.getCurrentThreadCpuTime();
                    String out = H.strict(language, e.getValue());
                    cpu[0] = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
                    return out;
                }, where);
                SpanCheck.assertFaithful(e.getValue(), html, where);
                assertTrue(cpu[0] < CPU_SECONDS, where + " took " + cpu[0] + " s of CPU time");
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
