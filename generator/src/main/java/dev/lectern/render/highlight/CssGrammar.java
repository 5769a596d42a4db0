package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.CLASS_NAME;
import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.ESCAPE;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.INTERP;
import static dev.lectern.render.highlight.TokenClass.KEYWORD;
import static dev.lectern.render.highlight.TokenClass.NUMBER;
import static dev.lectern.render.highlight.TokenClass.OPERATOR;
import static dev.lectern.render.highlight.TokenClass.PROPERTY;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;
import static dev.lectern.render.highlight.TokenClass.VARIABLE;

import io.noties.prism4j.Prism4j;

/**
 * CSS, and SCSS (also used for Sass's indented syntax, which shares its variables, properties and at-rules). A
 * selector is the text of one line before a {@code {}; a property is a name before a colon elsewhere.
 */
final class CssGrammar {
    /**
     * A selector: up to a {@code {} on its line, or on a later one after a comma; SCSS's {@code #{…}} may be inside.
     * Bounded, as it is tried at many starts.
     */
    private static final String SELECTOR = "((?:^|[{};])[ \\t]*+)(?:[^\\s{};/@$#,]|#(?!\\{))"
            + "(?:[^{};\\n#,]|,[ \\t]*+\\n?|#\\{[^{}\\n]*+\\}|#(?!\\{)){0,200}+(?=\\{)";

    private CssGrammar() {
    }

    static Prism4j.Grammar create(boolean scss) {
        Prism4j.Grammar escapes = new GrammarBuilder("css-escapes")
                .add(Rule.of(ESCAPE, "\\\\(?:[0-9a-fA-F]{1,6}|[\\s\\S])")).grammar();
        Delimited delimited = new Delimited(scss ? "scss-delimited" : "css-delimited", "[/'\"]")
                .add(COMMENT, CFamily.BLOCK_COMMENT + (scss ? "|(?<![:(\\w])//[^\\n]*+" : ""))
                .add(STRING, "\"(?:[^\"\\\\\\n]|\\\\[\\s\\S]?)*+\"?|'(?:[^'\\\\\\n]|\\\\[\\s\\S]?)*+'?", escapes);
        GrammarBuilder g = new GrammarBuilder(scss ? "scss" : "css").add(delimited.rule());
        // the selector first: the tokens after it split lines, and a fragment's start looks like a line's
        g.add(Rule.of(CLASS_NAME, SELECTOR).lookbehind());
        if (scss) {
            g.add(Rule.of(INTERP, "#\\{[^{}\\n]*+\\}"),
                    Rule.of(FUNCTION, "(@(?:include|mixin|function)[ \\t]++)[\\w-]++").lookbehind(),
                    Rule.of(VARIABLE, "\\$[\\w-]++"));
        }
        return g.add(
                Rule.of(KEYWORD, "@[\\w-]++"),
                Rule.of(VARIABLE, "(?<![\\w-])--[\\w-]++"),
                Rule.of(PROPERTY, "(?<![\\w-])-?[A-Za-z_][\\w-]*+(?=[ \\t]*+:)"),
                Rule.of(KEYWORD, "!(?:important|default|global|optional)\\b"),
                Rule.of(STRING, "(?<=url\\()[^)\"'\\n]++"),
                Rule.of(FUNCTION, "(?<![\\w-])-?[A-Za-z_][\\w-]*+(?=\\()"),
                Rule.of(NUMBER, "#[0-9a-fA-F]{3,8}(?![\\w-])"),
                Rule.of(NUMBER, "(?<![\\w.-])-?(?:\\d++(?:\\.\\d++)?|\\.\\d++)(?:%|[a-zA-Z]++)?"),
                Rule.of(OPERATOR, "[:>~+*/=&]"),
                Rule.of(PUNCTUATION, "[{}();,.\\[\\]]")).grammar();
    }
}
