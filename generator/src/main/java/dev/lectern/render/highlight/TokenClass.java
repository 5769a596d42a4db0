package dev.lectern.render.highlight;

import java.util.Locale;

/**
 * The token classes a theme colours: each highlighted token becomes {@code <span class="tok-NAME">}, NAME being
 * {@link #css()}, except the kinds that are not {@link #wrapped()}. The set is small and fixed on purpose, so one stylesheet colours every language; a grammar that
 * needs a new kind of token maps it onto one of these.
 */
public enum TokenClass {
    /** reserved words and keywords in their keyword position: {@code def}, {@code match}, {@code SELECT}, {@code fi} */
    KEYWORD,
    /** built-in functions, types and shell builtins: {@code print}, {@code len}, {@code ValueError}, {@code cd} */
    BUILTIN,
    /** named constants: {@code True}, {@code None}, {@code null}, {@code false} */
    CONSTANT,
    /** numeric literals, also dates and times in TOML */
    NUMBER,
    /** string literals with their prefixes and quotes, heredocs, YAML block scalars, regex literals */
    STRING,
    /** escapes inside strings: {@code \n}, {@code \x41}, {@code {{} in f-strings */
    ESCAPE,
    /** an interpolated expression inside a string: {@code {x + 1}} in an f-string, {@code ${name}} in JavaScript */
    INTERP,
    /** an f-string conversion and format spec: {@code !r}, {@code :>10} */
    FORMAT,
    /** comments */
    COMMENT,
    /** Python decorators and Java annotations */
    DECORATOR,
    /** function names where defined and where called; the command of a shell line */
    FUNCTION,
    /** class names where defined, and names written as types ({@code CapWords}); TOML table headers */
    CLASS_NAME,
    /** shell and SQL variables and parameters, YAML anchors and aliases */
    VARIABLE,
    /** keys: JSON, YAML and TOML keys, object-literal keys, SQL quoted identifiers; markup attribute names; CSS properties */
    PROPERTY,
    /** the element name of a markup tag: {@code div} in {@code <div>}, {@code Button} in JSX's {@code <Button />} */
    TAG,
    /** operators, including {@code :=} and {@code ->} */
    OPERATOR,
    /** brackets, commas, colons, dots */
    PUNCTUATION,
    /** a shell or REPL prompt ({@code $ }, {@code >>> }): not part of the command, so themes may make it unselectable */
    PROMPT,
    /** headers and directives: diff file and hunk headers, shebangs, YAML document markers and tags */
    META,
    /** a line a diff adds */
    INSERTED,
    /** a line a diff removes */
    DELETED;

    /** The {@link #css()} names of the kinds written without a span: they take the text colour. */
    static final java.util.Set<String> UNWRAPPED = java.util.Set.of("operator", "punctuation", "interp");

    /** Whether tokens of this kind get a span: operators, punctuation and interpolations do not (see HtmlSpans). */
    public boolean wrapped() {
        return !UNWRAPPED.contains(css());
    }

    /** The class suffix: lower case, words joined by '-'. */
    public String css() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
