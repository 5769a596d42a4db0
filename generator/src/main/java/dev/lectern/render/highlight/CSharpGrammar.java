package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.DECORATOR;
import static dev.lectern.render.highlight.TokenClass.ESCAPE;
import static dev.lectern.render.highlight.TokenClass.INTERP;
import static dev.lectern.render.highlight.TokenClass.STRING;

import io.noties.prism4j.Prism4j;

/** C# 12: verbatim, interpolated and raw strings; attributes; contextual keywords where they are keywords in docs. */
final class CSharpGrammar {
    private static final String KEYWORDS = "abstract as async await base bool break byte case catch char checked class "
            + "const continue decimal default delegate do double dynamic else enum event explicit extern finally fixed "
            + "float for foreach get goto if implicit in init int interface internal is lock long namespace new "
            + "nint nuint object operator out override params partial private protected public readonly record ref "
            + "required return sbyte sealed set short sizeof stackalloc static string struct switch this throw try "
            + "typeof uint ulong unchecked unsafe ushort using var virtual void volatile when where while with yield";
    /** An interpolated string's holes: closed, and holding no quote, so a hole never opens a string inside itself. */
    private static final String HOLE = "\\{[^{}\\n\"]*+\\}";

    private CSharpGrammar() {
    }

    static Prism4j.Grammar create() {
        GrammarBuilder cs = new GrammarBuilder("csharp");
        Prism4j.Grammar escapes = JavaScriptGrammar.escapes();
        Prism4j.Grammar interpolated = new GrammarBuilder("csharp-interpolated").add(
                Rule.of(ESCAPE, "\\{\\{|\\}\\}|\\\\[\\s\\S]"),
                Rule.of(INTERP, HOLE).inside(cs.grammar())).grammar();
        // verbatim and raw strings: a backslash is a backslash
        Prism4j.Grammar verbatim = new GrammarBuilder("csharp-verbatim").add(
                Rule.of(ESCAPE, "\\{\\{|\\}\\}|\"\""),
                Rule.of(INTERP, HOLE).inside(cs.grammar())).grammar();
        Delimited strings = new Delimited("csharp-delimited", "[/'\"$@]")
                .add(COMMENT, CFamily.LINE_COMMENT + "|" + CFamily.BLOCK_COMMENT)
                .add(STRING, "\\$*+\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)", verbatim)
                .add(STRING, "(?:\\$@|@\\$?)\"(?:[^\"]|\"\")*+\"?", verbatim)
                .add(STRING, "\\$\"(?:[^\"\\\\\\n{]|\\\\[\\s\\S]?|\\{\\{|" + HOLE + "|\\{)*+\"?", interpolated)
                .add(STRING, CFamily.QUOTED, escapes)
                .add(STRING, CFamily.CHAR, escapes);
        return CFamily.named("csharp").keywords(KEYWORDS).constants("true false null")
                .builtins("Console Task List Dictionary IEnumerable Math nameof")
                .definers("class|struct|enum|interface|record|new|namespace")
                .own(CFamily.DIRECTIVE,
                        // [HttpGet("/")] at a line's start: an attribute, not an index
                        Rule.of(DECORATOR, "(^[ \\t]*+\\[(?:[A-Za-z]++:[ \\t]*+)?)" + CFamily.NAME + "(?:\\." + CFamily.NAME + ")*+(?=[\\](,])")
                                .lookbehind())
                .into(cs, strings).grammar();
    }
}
