package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.BUILTIN;
import static dev.lectern.render.highlight.TokenClass.CLASS_NAME;
import static dev.lectern.render.highlight.TokenClass.CONSTANT;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.KEYWORD;
import static dev.lectern.render.highlight.TokenClass.NUMBER;
import static dev.lectern.render.highlight.TokenClass.OPERATOR;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.List;

/**
 * What the curly-brace languages share (C, C++, C#, Go, Rust, Kotlin, PHP): comments and strings as one token, then
 * each language's own tokens, then keywords, constants, built-ins, CapWords types, calls, numbers and operators in
 * the same order for all. A language fills in its words and its own tokens; the order stays one rule in one place.
 */
final class CFamily {
    static final String NAME = "[A-Za-z_][\\w]*+";
    static final String LINE_COMMENT = "//[^\\n]*+";
    static final String BLOCK_COMMENT = "/\\*[\\s\\S]*?(?:\\*/|\\z)";
    /** A one-line string with backslash escapes, unclosed up to the line's end. */
    static final String QUOTED = "\"(?:[^\"\\\\\\n]|\\\\[\\s\\S]?)*+\"?";
    /** A character literal: closed, so that a lone quote (Rust's lifetimes, an apostrophe) stays out. */
    static final String CHAR = "'(?:\\\\(?:u\\{[0-9a-fA-F]{1,6}\\}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[^\\n])|[^'\\\\\\n])'";
    /** A C preprocessor line's directive, and the header of an #include. */
    static final Rule INCLUDE = Rule.of(TokenClass.STRING, "(#[ \\t]*+(?:include|import)[ \\t]*+)<[^>\\n]*+>").lookbehind();
    static final Rule DIRECTIVE = Rule.of(TokenClass.META, "(?<![\\w#])#[ \\t]*+[A-Za-z_]\\w*+");

    private final String name;
    private final List<Rule> own = new ArrayList<>();
    private String[] keywords = {};
    private String[] constants = {"true", "false"};
    private String[] builtins = {};
    private String definers = "class|struct|enum|interface";
    private boolean capWordsAreTypes = true;

    private CFamily(String name) {
        this.name = name;
    }

    static CFamily named(String name) {
        return new CFamily(name);
    }

    CFamily keywords(String spaced) {
        keywords = spaced.split(" ");
        return this;
    }

    CFamily constants(String spaced) {
        constants = spaced.split(" ");
        return this;
    }

    CFamily builtins(String spaced) {
        builtins = spaced.split(" ");
        return this;
    }

    /** The keywords whose next name is a type being defined or named ({@code class}, {@code struct}, {@code new}). */
    CFamily definers(String alternation) {
        definers = alternation;
        return this;
    }

    /** Go: case says exported or not, never type or not. */
    CFamily noCapWordsTypes() {
        capWordsAreTypes = false;
        return this;
    }

    /** The language's own tokens (directives, annotations, macros…), tried after comments and strings. */
    CFamily own(Rule... rules) {
        own.addAll(List.of(rules));
        return this;
    }

    Prism4j.Grammar build(Delimited delimited) {
        return into(new GrammarBuilder(name), delimited).grammar();
    }

    /** Fills a builder made beforehand, for a language whose strings nest the language itself. */
    GrammarBuilder into(GrammarBuilder g, Delimited delimited) {
        g.add(delimited.rule());
        g.add(own.toArray(Rule[]::new));
        g.add(Rule.of(CLASS_NAME, "(\\b(?:" + definers + ")[ \\t]++)" + NAME).lookbehind(),
                Rule.of(KEYWORD, Rule.words(keywords)),
                Rule.of(CONSTANT, Rule.words(constants)));
        if (builtins.length > 0) g.add(Rule.of(BUILTIN, Rule.words(builtins)));
        // CapWords name a type by convention; not a member (C#'s order.Total), and one called is a function or constructor
        if (capWordsAreTypes) g.add(Rule.of(CLASS_NAME, "(?<![\\w$.])[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*+(?![\\w$(])"));
        g.add(
                Rule.of(FUNCTION, "(?<![\\w$])" + NAME + "(?=\\()"),
                Rule.of(NUMBER, "(?<![\\w$.])(?:0[xX][0-9a-fA-F][0-9a-fA-F_']*+|0[bB][01][01_']*+|0[oO][0-7][0-7_]*+"
                        + "|(?:\\d[\\d_']*+(?:\\.(?![.\\w])[\\d_']*+|\\.\\d[\\d_']*+)?|\\.\\d[\\d_']*+)(?:[eE][+-]?\\d[\\d_]*+)?)\\w*+"),
                Rule.of(OPERATOR, "\\.\\.[.=]?|:=|->|=>|::|\\+\\+|--|&&|\\|\\||\\?\\?=?|\\?\\.|<<=?|>>=?|[!=<>]=|[-+*/%&|^]=?|[!~?:=<>]"),
                Rule.of(PUNCTUATION, "[{}()\\[\\];,.]"));
        return g;
    }
}
