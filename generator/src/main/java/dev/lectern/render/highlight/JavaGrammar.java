package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.JavaScriptGrammar.NOT_AFTER_NAME;
import static dev.lectern.render.highlight.TokenClass.CLASS_NAME;
import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.CONSTANT;
import static dev.lectern.render.highlight.TokenClass.DECORATOR;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.KEYWORD;
import static dev.lectern.render.highlight.TokenClass.NUMBER;
import static dev.lectern.render.highlight.TokenClass.OPERATOR;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;

import io.noties.prism4j.Prism4j;

/** Java 21. Types are told by convention: a CapWords name is a class, as in most Java highlighters. */
final class JavaGrammar {
    /** Module-declaration words (module, requires, to, with…) are left out: elsewhere they are ordinary names. */
    private static final String KEYWORDS = "abstract|assert|boolean|break|byte|case|catch|char|class|const|continue|default|"
            + "do|double|else|enum|extends|final|finally|float|for|goto|if|implements|import|instanceof|int|interface|"
            + "long|native|new|non-sealed|package|permits|private|protected|public|record|return|sealed|short|static|"
            + "strictfp|super|switch|synchronized|this|throw|throws|transient|try|var|void|volatile|when|while|yield";
    private static final String NAME = "[A-Za-z_$][\\w$]*+";

    private JavaGrammar() {
    }

    static Prism4j.Grammar create() {
        Prism4j.Grammar escapes = JavaScriptGrammar.escapes();
        return new GrammarBuilder("java").add(
                new Delimited("java-delimited", "[/'\"]")
                        .add(COMMENT, "//[^\\n]*+|/\\*[\\s\\S]*?(?:\\*/|\\z)")
                        .add(STRING, "\"\"\"(?:[^\"\\\\]|\\\\[\\s\\S]?|\"(?!\"\"))*+(?:\"\"\"|\\z)|\"(?:[^\"\\\\\\n]|\\\\[\\s\\S]?)*+\"?", escapes)
                        .add(STRING, "'(?:\\\\[^\\n][^'\\\\\\n]{0,5}|[^'\\\\\\n])'?", escapes).rule(),
                Rule.of(KEYWORD, "@interface\\b"),
                Rule.of(DECORATOR, "(?<![\\w$@])@[ \\t]*+" + NAME + "(?:\\." + NAME + ")*+"),
                Rule.of(CLASS_NAME, "(\\b(?:class|interface|enum|record|extends|implements|new|throws|permits)[ \\t]+)" + NAME)
                        .lookbehind(),
                Rule.of(KEYWORD, Rule.words(KEYWORDS.split("\\|"))),
                Rule.of(CONSTANT, Rule.words("true", "false", "null")),
                Rule.of(CLASS_NAME, NOT_AFTER_NAME + "[A-Z][A-Za-z0-9_$]*[a-z][A-Za-z0-9_$]*+(?![\\w$])"),
                Rule.of(FUNCTION, NOT_AFTER_NAME + NAME + "(?=\\()"),
                Rule.of(NUMBER, "(?<![\\w$.])(?:0[xX][0-9a-fA-F][0-9a-fA-F_]*+[lL]?|0[bB][01][01_]*+[lL]?"
                        + "|(?:\\d[\\d_]*+(?:\\.[\\d_]*+)?|\\.\\d[\\d_]*+)(?:[eE][+-]?\\d[\\d_]*+)?[lLfFdD]?)"),
                Rule.of(OPERATOR, "->|::|\\+\\+|--|&&|\\|\\||>>>=?|>>=?|<<=?|[!=<>]=|[-+*/%&|^]=?|[!~?:=<>]"),
                Rule.of(PUNCTUATION, "[{}()\\[\\];,.@]")).grammar();
    }
}
