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
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;

import io.noties.prism4j.Prism4j;
import java.util.List;

/**
 * Python 3.14. The engine runs tokens in order, each over the text the earlier ones left, so the order is the
 * design: line-anchored soft keywords first (they must see whole lines), then comments and strings (greedy, so the
 * one that starts first wins), then names, then the small tokens.
 */
final class PythonGrammar {
    /** Not preceded by an identifier character: stops a token from starting inside a name. */
    static final String NOT_AFTER_ID = "(?<!" + Rule.NAME_CHAR + ")";
    static final String ID = "[A-Za-z_\\u0080-\\uffff]" + Rule.NAME_CHAR + "*+";
    private static final String END_ID = "(?!" + Rule.NAME_CHAR + ")";

    private static final String[] KEYWORDS = {"and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
    private static final String[] CONSTANTS = {"True", "False", "None", "Ellipsis", "NotImplemented", "__debug__"};
    /** Python's own; any name ending in Error or Warning is matched too (checked after the name, not by backtracking). */
    private static final String[] BUILTINS = {"abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool",
            "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr",
            "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr",
            "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter",
            "len", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow",
            "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
            "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__import__",
            // exceptions and warnings; any other name ending in Error or Warning is one too
            "BaseException", "BaseExceptionGroup", "Exception", "ExceptionGroup", "GeneratorExit",
            "KeyboardInterrupt", "StopAsyncIteration", "StopIteration", "SystemExit", "Warning"};

    private PythonGrammar() {
    }

    static Prism4j.Grammar create() {
        GrammarBuilder python = new GrammarBuilder("python");
        GrammarBuilder expressions = new GrammarBuilder("python-expressions");
        GrammarBuilder caseLine = new GrammarBuilder("python-case");
        GrammarBuilder field = new GrammarBuilder("python-fstring-field");
        GrammarBuilder spec = new GrammarBuilder("python-format-spec");
        Prism4j.Grammar fstring = PythonStrings.fstring(field.grammar(), true);
        Prism4j.Grammar rawFstring = PythonStrings.fstring(field.grammar(), false);
        Prism4j.Grammar escapes = PythonStrings.escapes();

        // everything but the line-level soft keywords, which nested grammars must not reach (no deep nesting)
        expressions.add(
                Rule.of(DECORATOR, "(^[ \\t]*)@[ \\t]*" + ID + "(?:[ \\t]*\\.[ \\t]*" + ID + ")*+").lookbehind(),
                // greedy: a string or comment wins over a line-level token found inside it (a docstring's "case x:")
                new Delimited("python-delimited", "[#'\"rRfFtTbBuU]")
                        .add(COMMENT, "#[^\\n]*+")
                        .add(STRING, NOT_AFTER_ID + "(?i:rf|fr|rt|tr)" + PythonStrings.QUOTED, rawFstring)
                        .add(STRING, NOT_AFTER_ID + "(?i:f|t)" + PythonStrings.QUOTED, fstring)
                        .add(STRING, NOT_AFTER_ID + "(?i:r|rb|br)" + PythonStrings.QUOTED)
                        .add(STRING, "(?:" + NOT_AFTER_ID + "(?i:u|b))?" + PythonStrings.QUOTED, escapes)
                        .rule().greedy(),
                Rule.of(FUNCTION, "(" + NOT_AFTER_ID + "def[ \\t]++)" + ID).lookbehind(),
                Rule.of(CLASS_NAME, "(" + NOT_AFTER_ID + "class[ \\t]++)" + ID).lookbehind(),
                Rule.of(KEYWORD, Rule.words(KEYWORDS)),
                Rule.of(CONSTANT, Rule.words(CONSTANTS)),
                Rule.of(BUILTIN, "(?=[a-zA-Z_])(?<![.\\w\\u0080-\\uffff])(?:" + Rule.trie(List.of(BUILTINS))
                        + "|[A-Z]\\w*+(?<=Error|Warning))" + END_ID),
                // CapWords are classes and types by convention (PEP 8): `Optional[Path]`, `Dog("Rex")`
                Rule.of(CLASS_NAME, "(?=_?[A-Z])" + NOT_AFTER_ID + "_?[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*+" + END_ID),
                Rule.of(FUNCTION, "(?=[A-Za-z_\\u0080-\\uffff])" + NOT_AFTER_ID + ID + "(?=\\()"),
                Rule.of(NUMBER, "(?=[0-9.])" + NOT_AFTER_ID + "(?<!\\.)(?:0[xX](?:_?[0-9a-fA-F])++|0[oO](?:_?[0-7])++|0[bB](?:_?[01])++"
                        + "|(?:\\d(?:_?\\d)*+(?:\\.(?:\\d(?:_?\\d)*+)?)?|\\.\\d(?:_?\\d)*+)(?:[eE][+-]?\\d(?:_?\\d)*+)?[jJ]?)"),
                Rule.of(OPERATOR, "(?=[-+*/%@&|^~<>=!:])(?::=|->|\\*\\*=?|//=?|<<=?|>>=?|[<>!=]=|[-+*/%@&|^]=?|[<>=~])"),
                Rule.of(PUNCTUATION, "\\.\\.\\.|[()\\[\\]{},;.:]"));
        python.add(
                // `case <pattern>:` up to its colon, so that `_` can be the wildcard there and a name elsewhere
                Rule.structural("(^[ \\t]*)case(?=[ \\t]*[^\\s=.,:;)\\]}])(?:[^\\n:#'\"{\\[(]|'[^'\\n]*+'|\"[^\"\\n]*+\""
                        + "|\\{[^}\\n]*+\\}|\\[[^\\]\\n]*+\\]|\\([^)\\n]*+\\))*+:").lookbehind().inside(caseLine.grammar()),
                // soft keywords: a statement at the start of a line that cannot be an expression using the name
                Rule.of(KEYWORD, "(^[ \\t]*)(?:match|case)(?=[ \\t]*[^\\s=.,:;)\\]}][^\\n]*:)").lookbehind(),
                Rule.of(KEYWORD, "(^[ \\t]*)type(?=[ \\t]+" + ID + "[ \\t]*(?:\\[[^\\]\\n]*+\\])?[ \\t]*=(?!=))").lookbehind())
                .addAll(expressions.grammar());
        caseLine.add(
                Rule.of(KEYWORD, "\\Acase"),
                Rule.of(KEYWORD, NOT_AFTER_ID + "(?<!\\.)_" + END_ID))
                .addAll(expressions.grammar());
        // a replacement field {expr!r:>10}: the conversion and spec after the expression, then the expression
        field.add(
                Rule.of(TokenClass.FORMAT, "(\\A\\{" + PythonStrings.FIELD_EXPRESSION + ")(?:![rsa](?::"
                        + PythonStrings.SPEC + ")?|:" + PythonStrings.SPEC + ")(?=\\}\\z)").lookbehind().inside(spec.grammar()))
                .addAll(expressions.grammar());
        spec.add(Rule.of(TokenClass.INTERP, "\\{[^{}]*+\\}").inside(expressions.grammar()));
        return python.grammar();
    }
}
