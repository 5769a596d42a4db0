package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.CLASS_NAME;
import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.STRING;

import io.noties.prism4j.Prism4j;

/** Go 1.23. */
final class GoGrammar {
    private GoGrammar() {
    }

    static Prism4j.Grammar create() {
        Prism4j.Grammar escapes = JavaScriptGrammar.escapes();
        return CFamily.named("go")
                .keywords("break case chan const continue default defer else fallthrough for func go goto if import "
                        + "interface map package range return select struct switch type var")
                .builtins("append cap clear close complex copy delete imag len make max min new panic print println "
                        + "real recover bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 "
                        + "rune string uint uint8 uint16 uint32 uint64 uintptr any comparable")
                .constants("true false iota nil")
                .definers("struct|interface").noCapWordsTypes()
                .own(
                        // func (s *Server) Name(…): the receiver, then the name
                        Rule.of(FUNCTION, "(\\bfunc[ \\t]++(?:\\([^()\\n]*+\\)[ \\t]*+)?)" + CFamily.NAME).lookbehind(),
                        Rule.of(CLASS_NAME, "(\\btype[ \\t]++)" + CFamily.NAME).lookbehind())
                .build(new Delimited("go-delimited", "[/'\"`]")
                        .add(COMMENT, CFamily.LINE_COMMENT + "|" + CFamily.BLOCK_COMMENT)
                        .add(STRING, "`[^`]*+`?")
                        .add(STRING, CFamily.QUOTED, escapes)
                        .add(STRING, CFamily.CHAR, escapes));
    }
}
