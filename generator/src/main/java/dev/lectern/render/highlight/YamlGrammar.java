package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.CONSTANT;
import static dev.lectern.render.highlight.TokenClass.ESCAPE;
import static dev.lectern.render.highlight.TokenClass.META;
import static dev.lectern.render.highlight.TokenClass.NUMBER;
import static dev.lectern.render.highlight.TokenClass.PROPERTY;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;
import static dev.lectern.render.highlight.TokenClass.VARIABLE;

import io.noties.prism4j.Prism4j;

/**
 * YAML. Scalars are typed only when they are a whole value: {@code true} is a constant after {@code key: }, while
 * {@code it is true} stays plain text, as YAML reads it.
 */
final class YamlGrammar {
    /** Where a value starts: a line, a flow collection item, or after "key: ", "- ", "? ". */
    private static final String VALUE_START = "((?:^|[\\[{,]|[-:?][ \\t])[ \\t]*+)";
    /** The value ends here: the line ends, a flow collection goes on, or a comment starts. */
    private static final String VALUE_END = "(?=[ \\t]*+(?:$|[,\\]}]|#))";
    private static final String DOUBLE_QUOTED = "\"(?:[^\"\\\\]|\\\\[\\s\\S]?)*+\"?";
    private static final String SINGLE_QUOTED = "'(?:[^']|'')*+'?";
    private static final String TAG = "(?<![^\\s\\[{,])!!?[\\w!./:%-]*+";

    private YamlGrammar() {
    }

    static Prism4j.Grammar create() {
        Prism4j.Grammar escapes = new GrammarBuilder("yaml-escapes")
                .add(Rule.of(ESCAPE, "\\\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\\s\\S])")).grammar();
        Prism4j.Grammar quoted = new GrammarBuilder("yaml-quoted").add(
                Rule.of(STRING, "\\A" + DOUBLE_QUOTED).inside(escapes),
                Rule.of(STRING, "\\A" + SINGLE_QUOTED)).grammar();
        // a plain key ends at the colon, and inside {…} or […] also at the flow indicators: each try stays short
        String key = "(?:\"(?:[^\"\\\\\\n]|\\\\.)*+\"|'(?:[^'\\n]|'')*+'|[^\\s#:\"'\\[\\]{},&*!|>%@`-]";
        String blockKey = key + "[^\\n:]*+)";
        String flowKey = key + "[^\\n:{}\\[\\],]*+)";
        return new GrammarBuilder("yaml").add(
                // a block scalar (`key: |`, `- >-`): the lines indented deeper than the line that starts it
                Rule.of(STRING, "(^([ \\t]*+)(?:-[ \\t]+)*+(?:[^\\s#][^\\n#]*?:[ \\t]+)?[|>][1-9]?[-+]?[1-9]?[ \\t]*+(?:#[^\\n]*+)?)"
                        + "(?:\\n(?:\\2[ \\t]+[^\\n]*+|[ \\t]*+(?=\\n|\\z)))++").lookbehind(),
                Rule.of(COMMENT, "(^|[ \\t])#[^\\n]*+").lookbehind(),
                Rule.of(META, "^(?:---|\\.\\.\\.)(?=[ \\t]|$)|^%[^\\n]*+"),
                Rule.of(PROPERTY, "(^[ \\t]*+(?:[-?][ \\t]+)*+)" + blockKey + "(?=[ \\t]*:(?:[ \\t]|$))").lookbehind(),
                Rule.of(PROPERTY, "([{,][ \\t]*+)" + flowKey + "(?=[ \\t]*:(?:[ \\t]|$))").lookbehind(),
                // greedy: a quoted scalar wins over a comment or key found inside it; one token for both quotings
                Rule.structural(VALUE_START + "(?:" + DOUBLE_QUOTED + "|" + SINGLE_QUOTED + ")").lookbehind().greedy()
                        .inside(quoted),
                Rule.of(VARIABLE, "(?<![^\\s\\[{,])[&*][^\\s,\\[\\]{}]++"),
                // a tag and the plain scalar it types (`!!str 123` is text, not a number)
                Rule.structural(TAG + "(?:[ \\t]++[^\\s\"'#\\[\\]{},&*!|>][^\\n#,\\[\\]{}]*+)?")
                        .inside(new GrammarBuilder("yaml-tag").add(Rule.of(META, "\\A" + TAG)).grammar()),
                Rule.of(CONSTANT, VALUE_START + "(?:true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF"
                        + "|null|Null|NULL|~)" + VALUE_END).lookbehind(),
                Rule.of(NUMBER, VALUE_START + "[-+]?(?:0x[0-9a-fA-F_]++|0o[0-7_]++|\\d[\\d_]*+(?:\\.[\\d_]*+)?(?:[eE][-+]?\\d++)?"
                        + "|\\.\\d[\\d_]*+(?:[eE][-+]?\\d++)?|\\.(?:inf|Inf|INF|nan|NaN|NAN))" + VALUE_END).lookbehind(),
                // one dash at a time: the rest of the line is a new fragment, where ^ matches again
                Rule.of(PUNCTUATION, "(^[ \\t]*+)-(?=[ \\t]|$)").lookbehind(),
                Rule.of(PUNCTUATION, "(?<=[ \\t])[|>][1-9]?[-+]?(?=[ \\t]*$)|:(?=[ \\t]|$)|[\\[\\]{},?]")).grammar();
    }
}
