package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.BUILTIN;
import static dev.lectern.render.highlight.TokenClass.CLASS_NAME;
import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.CONSTANT;
import static dev.lectern.render.highlight.TokenClass.ESCAPE;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.INTERP;
import static dev.lectern.render.highlight.TokenClass.KEYWORD;
import static dev.lectern.render.highlight.TokenClass.META;
import static dev.lectern.render.highlight.TokenClass.NUMBER;
import static dev.lectern.render.highlight.TokenClass.OPERATOR;
import static dev.lectern.render.highlight.TokenClass.PROPERTY;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;

import io.noties.prism4j.Prism4j;

/**
 * JavaScript (ES2024), and TypeScript as JavaScript with its extra keywords (type annotations stay plain names); with
 * JSX, tags are tokens of their own ({@link MarkupGrammar#JSX_TAG}), never strings or regexes.
 */
final class JavaScriptGrammar {
    private static final String KEYWORDS = "async|await|break|case|catch|class|const|continue|debugger|default|delete|do|"
            + "else|export|extends|finally|for|from|function|if|import|in|instanceof|let|new|of|return|static|"
            + "super|switch|this|throw|try|typeof|var|void|while|with|yield";
    private static final String TS_KEYWORDS = "|abstract|as|declare|enum|implements|infer|interface|is|keyof|module|"
            + "namespace|override|private|protected|public|readonly|satisfies|type|unique";
    static final String NAME = "[A-Za-z_$][\\w$]*+";
    static final String NOT_AFTER_NAME = "(?<![\\w$])";
    /** A ${…} substitution: closed braces and closed template literals inside, one level deep, so nesting stays shallow. */
    private static final String SUBSTITUTION = "\\$\\{(?:[^{}`]|\\{[^{}]*+\\}|`[^`]*+`)*+\\}?";

    private static final String CLOSED_QUOTED = "(?:\"[^\"\\\\\\n]*+(?:\\\\[\\s\\S][^\"\\\\\\n]*+)*+\"|'[^'\\\\\\n]*+(?:\\\\[\\s\\S][^'\\\\\\n]*+)*+')";
    /** A quoted object key: after { or , (or at a line's start, in a multi-line literal). */
    private static final String KEY_CONTEXT = "(?<=(?:^|[{,])[ \\t]{0,40})";
    private static final String QUOTED = "\"(?:[^\"\\\\\\n]|\\\\[\\s\\S]?)*+\"?|'(?:[^'\\\\\\n]|\\\\[\\s\\S]?)*+'?";

    private JavaScriptGrammar() {
    }

    static Prism4j.Grammar create(boolean typescript) {
        return create(typescript, false);
    }

    static Prism4j.Grammar create(boolean typescript, boolean jsx) {
        GrammarBuilder js = new GrammarBuilder((typescript ? "typescript" : "javascript") + (jsx ? "-jsx" : ""));
        GrammarBuilder template = new GrammarBuilder("js-template");
        Prism4j.Grammar escapes = escapes();
        Prism4j.Grammar key = new GrammarBuilder("js-key")
                .add(Rule.of(PROPERTY, "\\A" + CLOSED_QUOTED).inside(escapes), Rule.of(PUNCTUATION, ":")).grammar();
        String keywords = KEYWORDS + (typescript ? TS_KEYWORDS : "");
        Delimited delimited = new Delimited(jsx ? "jsx-delimited" : "js-delimited", jsx ? "[/`'\"<]" : "[/`'\"]")
                .add(COMMENT, "//[^\\n]*+|/\\*[\\s\\S]*?(?:\\*/|\\z)");
        // a tag before the regex literal, which could otherwise start at the / of </div>
        if (jsx) delimited.addStructural(MarkupGrammar.JSX_TAG_WITH_TEXT, MarkupGrammar.tag(js.grammar()));
        js.add(
                Rule.of(META, "\\A#![^\\n]*+"),
                delimited
                        .add(STRING, "`(?:[^`\\\\$]|\\\\[\\s\\S]?|" + SUBSTITUTION + "|\\$)*+`?", template.grammar())
                        .addStructural(KEY_CONTEXT + CLOSED_QUOTED + "[ \\t]*+:", key)
                        // in JSX text an apostrophe (Don't) is no string: a string must close on its line there
                        .add(STRING, jsx ? CLOSED_QUOTED : QUOTED, escapes)
                        // a regex literal can only stand where a value starts, which is how JavaScript tells it from division
                        .add(STRING, "(?<=(?:^|[=(,:;!&|?{}\\[~+*%<>-]|\\b(?:return|typeof|case|do|else|in|of|yield|void|delete|throw))"
                                + "[ \\t]{0,40})/(?![*/])(?:[^/\\\\\\[\\n]|\\\\.|\\[(?:[^\\]\\\\\\n]|\\\\.)*+\\]?)++/?[dgimsuvy]*+").rule(),
                Rule.of(PROPERTY, "((?:^|[{,])[ \\t]*+(?:(?:readonly|public|private|protected|static|declare)[ \\t]++)*+)"
                        + "(?!(?:case|default)\\b)" + NAME + "(?=[ \\t]*+\\??:(?!:))").lookbehind(),
                Rule.of(CLASS_NAME, "(\\b(?:class|extends|implements|interface|new|instanceof)[ \\t]+)" + NAME).lookbehind(),
                Rule.of(FUNCTION, "(\\bfunction\\*?[ \\t]*+)" + NAME).lookbehind(),
                Rule.of(FUNCTION, NOT_AFTER_NAME + NAME + "(?=[ \\t]*+=[ \\t]*+(?:async[ \\t]*+)?(?:\\([^()]*+\\)|" + NAME + ")[ \\t]*+=>)"),
                Rule.of(KEYWORD, Rule.words(keywords.split("\\|"))),
                // get and set are keywords only in accessors (get name() {…}); elsewhere they are method names
                Rule.of(KEYWORD, "(?<![.$])\\b(?:get|set)(?=[ \\t]+[\\w$#\\[])"),
                Rule.of(CONSTANT, Rule.words("true", "false", "null", "undefined", "NaN", "Infinity")),
                Rule.of(BUILTIN, "(?<![.$])\\b(?:console|window|document|globalThis|process|require|module|exports|arguments"
                        + (typescript ? "|any|bigint|boolean|never|number|object|string|symbol|unknown" : "") + ")\\b(?![$])"),
                Rule.of(CLASS_NAME, NOT_AFTER_NAME + "[A-Z][A-Za-z0-9_$]*[a-z][A-Za-z0-9_$]*+(?![\\w$])"),
                Rule.of(FUNCTION, NOT_AFTER_NAME + NAME + "(?=\\(|\\?\\.\\()"),
                Rule.of(NUMBER, "(?<![\\w$.])(?:0[xX][0-9a-fA-F][0-9a-fA-F_]*+|0[oO][0-7][0-7_]*+|0[bB][01][01_]*+"
                        + "|(?:\\d[\\d_]*+(?:\\.[\\d_]*+)?|\\.\\d[\\d_]*+)(?:[eE][+-]?\\d[\\d_]*+)?)n?"),
                Rule.of(OPERATOR, "=>|\\.\\.\\.|\\?\\?=?|\\?\\.|&&=?|\\|\\|=?|\\*\\*=?|>>>=?|>>=?|<<=?|[!=]==?|[<>]=?"
                        + "|\\+\\+|--|[-+*/%&|^]=?|[!~?=]"),
                Rule.of(PUNCTUATION, "[{}()\\[\\];,.:]"));
        template.add(
                Rule.of(INTERP, SUBSTITUTION).inside(js.grammar()),
                Rule.of(ESCAPE, "\\\\[\\s\\S]"));
        return js.grammar();
    }

    /** Backslash escapes of JavaScript and Java strings. */
    static Prism4j.Grammar escapes() {
        return new GrammarBuilder("c-escapes").add(Rule.of(ESCAPE,
                "\\\\(?:u\\{[0-9a-fA-F]++\\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[0-7]{1,3}|[\\s\\S])")).grammar();
    }
}
