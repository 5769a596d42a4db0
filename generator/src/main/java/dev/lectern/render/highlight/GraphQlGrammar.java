package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.BUILTIN;
import static dev.lectern.render.highlight.TokenClass.CLASS_NAME;
import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.CONSTANT;
import static dev.lectern.render.highlight.TokenClass.DECORATOR;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.KEYWORD;
import static dev.lectern.render.highlight.TokenClass.NUMBER;
import static dev.lectern.render.highlight.TokenClass.OPERATOR;
import static dev.lectern.render.highlight.TokenClass.PROPERTY;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;
import static dev.lectern.render.highlight.TokenClass.VARIABLE;

import io.noties.prism4j.Prism4j;

/** GraphQL (October 2021 spec): schemas and operations. A name before a colon is a field or argument being given. */
final class GraphQlGrammar {
    private static final String NAME = "[A-Za-z_]\\w*+";

    private GraphQlGrammar() {
    }

    static Prism4j.Grammar create() {
        return new GrammarBuilder("graphql").add(
                new Delimited("graphql-delimited", "[#\"]")
                        .add(COMMENT, "#[^\\n]*+")
                        .add(STRING, "\"\"\"(?:[^\"\\\\]|\\\\[\\s\\S]?|\"(?!\"\"))*+(?:\"\"\"|\\z)", JavaScriptGrammar.escapes())
                        .add(STRING, "\"(?:[^\"\\\\\\n]|\\\\[\\s\\S]?)*+\"?", JavaScriptGrammar.escapes()).rule(),
                Rule.of(VARIABLE, "\\$" + NAME),
                Rule.of(DECORATOR, "@" + NAME),
                // the name an operation or fragment is given: query GetUser(…), fragment UserFields on User
                Rule.of(FUNCTION, "(\\b(?:query|mutation|subscription|fragment)[ \\t]++)" + NAME).lookbehind(),
                Rule.of(CLASS_NAME, "(\\b(?:type|input|enum|interface|union|scalar|on|implements|extend[ \\t]++type)[ \\t]++)" + NAME)
                        .lookbehind(),
                Rule.of(KEYWORD, Rule.words("query", "mutation", "subscription", "fragment", "on", "type", "input", "enum",
                        "interface", "union", "scalar", "schema", "extend", "implements", "directive", "repeatable")),
                Rule.of(CONSTANT, Rule.words("true", "false", "null")),
                Rule.of(BUILTIN, Rule.words("ID", "Int", "Float", "String", "Boolean")),
                Rule.of(PROPERTY, "(?<![\\w$@])" + NAME + "(?=[ \\t]*+:)"),
                // CapWords are types; ALL_CAPS are enum values, left plain
                Rule.of(CLASS_NAME, "(?<![\\w$@])[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*+"),
                Rule.of(NUMBER, "(?<![\\w.])-?\\d++(?:\\.\\d++)?(?:[eE][+-]?\\d++)?"),
                Rule.of(OPERATOR, "\\.\\.\\.|[!=|&]"),
                Rule.of(PUNCTUATION, "[{}()\\[\\]:,]")).grammar();
    }
}
