package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.CLASS_NAME;
import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.CONSTANT;
import static dev.lectern.render.highlight.TokenClass.ESCAPE;
import static dev.lectern.render.highlight.TokenClass.NUMBER;
import static dev.lectern.render.highlight.TokenClass.OPERATOR;
import static dev.lectern.render.highlight.TokenClass.PROPERTY;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;

import io.noties.prism4j.Prism4j;

/** JSON (with the comments and unquoted keys of JSONC and JSON5) and TOML. YAML has its own class. */
final class DataGrammars {
    private DataGrammars() {
    }

    static Prism4j.Grammar json() {
        Prism4j.Grammar escapes = new GrammarBuilder("json-escapes")
                .add(Rule.of(ESCAPE, "\\\\(?:u[0-9a-fA-F]{4}|[\\s\\S])")).grammar();
        String dq = "\"[^\"\\\\\\n]*+(?:\\\\[\\s\\S][^\"\\\\\\n]*+)*+\"";
        String sq = "'[^'\\\\\\n]*+(?:\\\\[\\s\\S][^'\\\\\\n]*+)*+'";
        // a key is a closed string followed by a colon, taken with it; a string left unclosed runs to the line's end
        Prism4j.Grammar key = new GrammarBuilder("json-key")
                .add(Rule.of(PROPERTY, "\\A(?:" + dq + "|" + sq + ")").inside(escapes), Rule.of(PUNCTUATION, ":")).grammar();
        return new GrammarBuilder("json").add(
                new Delimited("json-delimited", "[/'\"]")
                        .add(COMMENT, "//[^\\n]*+|/\\*[\\s\\S]*?(?:\\*/|\\z)")
                        .addStructural("(?:" + dq + "|" + sq + ")\\s*+:", key)
                        .add(STRING, "\"(?:[^\"\\\\\\n]|\\\\[\\s\\S]?)*+\"?|'(?:[^'\\\\\\n]|\\\\[\\s\\S]?)*+'?", escapes).rule(),
                Rule.of(PROPERTY, "(?<![\\w$])[A-Za-z_$][\\w$]*+(?=\\s*+:)"),
                Rule.of(NUMBER, "(?<![\\w.])[-+]?(?:0[xX][0-9a-fA-F]++|\\d++(?:\\.\\d*+)?|\\.\\d++)(?:[eE][-+]?\\d++)?"),
                Rule.of(CONSTANT, Rule.words("true", "false", "null", "NaN", "Infinity")),
                Rule.of(PUNCTUATION, "[{}\\[\\],:]")).grammar();
    }

    static Prism4j.Grammar toml() {
        String key = "(?:[\\w-]++|\"[^\"\\n]*+\"|'[^'\\n]*+')";
        String dotted = key + "(?:[ \\t]*\\.[ \\t]*" + key + ")*+";
        String digits = "\\d(?:_?\\d)*+";
        Prism4j.Grammar escapes = new GrammarBuilder("toml-escapes")
                .add(Rule.of(ESCAPE, "\\\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\\s\\S])")).grammar();
        return new GrammarBuilder("toml").add(
                Rule.of(CLASS_NAME, "(^[ \\t]*\\[\\[?[ \\t]*)" + dotted).lookbehind(),
                Rule.of(PROPERTY, "(^[ \\t]*|[{,][ \\t]*)" + dotted + "(?=[ \\t]*=)").lookbehind(),
                // greedy: a string or comment wins over a key found inside it (a line of a multi-line string)
                new Delimited("toml-delimited", "[#'\"]")
                        .add(COMMENT, "#[^\\n]*+")
                        .add(STRING, "\"\"\"(?:[^\"\\\\]|\\\\[\\s\\S]?|\"(?!\"\"))*+(?:\"\"\"|\\z)", escapes)
                        .add(STRING, "\"(?:[^\"\\\\\\n]|\\\\[\\s\\S]?)*+\"?", escapes)
                        .add(STRING, "'''[\\s\\S]*?(?:'''|\\z)|'[^'\\n]*+'?").rule().greedy(),
                // dates and times are values like numbers
                Rule.of(NUMBER, "(?<![\\w.:-])(?:\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d++)?)?"
                        + "(?:[Zz]|[+-]\\d{2}:\\d{2})?)?|\\d{2}:\\d{2}:\\d{2}(?:\\.\\d++)?)(?![\\w:-])"),
                Rule.of(NUMBER, "(?<![\\w.-])[+-]?(?:0x[0-9a-fA-F](?:_?[0-9a-fA-F])*+|0o[0-7](?:_?[0-7])*+|0b[01](?:_?[01])*+"
                        + "|(?:inf|nan)\\b|" + digits + "(?:\\." + digits + ")?(?:[eE][+-]?" + digits + ")?)(?![\\w.])"),
                Rule.of(CONSTANT, Rule.words("true", "false")),
                Rule.of(OPERATOR, "="),
                Rule.of(PUNCTUATION, "[\\[\\]{},.]")).grammar();
    }
}
