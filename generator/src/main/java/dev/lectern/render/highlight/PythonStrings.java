package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.ESCAPE;
import static dev.lectern.render.highlight.TokenClass.INTERP;

import io.noties.prism4j.Prism4j;

/** Python string literals: the quoting, escapes, and f-string replacement fields. */
final class PythonStrings {
    private PythonStrings() {
    }

    /**
     * The quoted part of any string literal, prefix excluded. Triple-quoted ones run to their closer or the end of the
     * input, others to their closer or the end of the line (a backslash escapes the newline), as Python reads them.
     */
    static final String QUOTED = "(?:" + triple('"') + "|" + triple('\'') + "|" + single('"') + "|" + single('\'') + ")";

    /** The expression part of a replacement field, up to a top-level {@code !} or {@code :} (one level of brackets). */
    static final String FIELD_EXPRESSION = "(?:[^:!{}\\[\\]()'\"]|!=|\\[[^\\]]*+\\]|\\([^)]*+\\)|\\{[^}]*+\\}"
            + "|'[^']*+'|\"[^\"]*+\")*+";

    /** A format spec: anything but braces, with nested replacement fields {@code {width}}. */
    static final String SPEC = "(?:[^{}]|\\{[^{}]*+\\})*+";

    /** A field: braces nest one level, quotes are kept whole; an unclosed field runs to the end of the string. */
    private static final String FIELD_ATOM = "[^{}'\"]|'[^'\\n]*+'|\"[^\"\\n]*+\"|['\"]";
    private static final String FIELD = "\\{(?:" + FIELD_ATOM + "|\\{(?:" + FIELD_ATOM + ")*+\\}?)*+\\}?";

    private static final String BACKSLASH_ESCAPE =
            "\\\\(?:N\\{[^}\\n]*+\\}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\\s\\S])";

    private static String triple(char q) {
        String qqq = "" + q + q + q;
        return qqq + "(?:[^" + q + "\\\\]|\\\\[\\s\\S]?|" + q + "(?!" + q + q + "))*+(?:" + qqq + "|\\z)";
    }

    private static String single(char q) {
        return q + "(?:[^" + q + "\\\\\\n]|\\\\[\\s\\S]?)*+" + q + "?";
    }

    /** Escapes of ordinary (not raw) strings and bytes. */
    static Prism4j.Grammar escapes() {
        return new GrammarBuilder("python-escapes").add(Rule.of(ESCAPE, BACKSLASH_ESCAPE)).grammar();
    }

    /**
     * The inside of an f-string (or t-string): replacement fields, each tokenized with {@code field}, then {@code {{}
     * and {@code }}}, then backslash escapes unless the string is raw. A field's {@code {} must follow an even run of
     * braces ({@code {{{x}}}} is an escaped brace, the field x, an escaped brace), and {@code \N{...}} is an escape.
     */
    static Prism4j.Grammar fstring(Prism4j.Grammar field, boolean escapes) {
        GrammarBuilder g = new GrammarBuilder(escapes ? "python-fstring" : "python-raw-fstring");
        g.add(Rule.of(INTERP, "((?:\\A|[^{])(?:\\{\\{)*+)(?<!\\\\N)" + FIELD).lookbehind().inside(field));
        if (escapes) g.add(Rule.of(ESCAPE, BACKSLASH_ESCAPE));
        g.add(Rule.of(ESCAPE, "\\{\\{|\\}\\}"));
        return g.grammar();
    }
}
