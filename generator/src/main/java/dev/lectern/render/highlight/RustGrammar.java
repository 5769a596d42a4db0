package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.DECORATOR;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.STRING;
import static dev.lectern.render.highlight.TokenClass.VARIABLE;

import io.noties.prism4j.Prism4j;

/** Rust 2021: raw and byte strings, lifetimes, macros, attributes. */
final class RustGrammar {
    private RustGrammar() {
    }

    static Prism4j.Grammar create() {
        Prism4j.Grammar escapes = JavaScriptGrammar.escapes();
        String path = CFamily.NAME + "(?:::" + CFamily.NAME + ")*+";
        return CFamily.named("rust")
                .keywords("as async await break const continue crate dyn else enum extern fn for if impl in let loop "
                        + "match mod move mut pub ref return self Self static struct super trait type union unsafe use "
                        + "where while yield")
                .builtins("bool char str i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 String Vec "
                        + "Option Result Box Rc Arc Some Ok Err")
                .constants("true false None")
                .definers("struct|enum|trait|type|union")
                .own(
                        Rule.of(DECORATOR, "#!?\\[[ \\t]*+" + path),
                        Rule.of(FUNCTION, "(\\bfn[ \\t]++)" + CFamily.NAME).lookbehind(),
                        Rule.of(FUNCTION, "(?<![\\w$])" + CFamily.NAME + "!(?=[ \\t]*+[(\\[{])"),
                        // 'a and 'static: a character literal is closed and was taken with the strings
                        Rule.of(VARIABLE, "'[A-Za-z_]\\w*+"))
                .build(new Delimited("rust-delimited", "[/'\"br]")
                        .add(COMMENT, CFamily.LINE_COMMENT + "|" + CFamily.BLOCK_COMMENT)
                        .add(STRING, "(?<![\\w$])b?r(?<hashes>#*+)\"[\\s\\S]*?(?:\"\\k<hashes>|\\z)")
                        .add(STRING, "(?:(?<![\\w$])b)?\"(?:[^\"\\\\]|\\\\[\\s\\S]?)*+\"?", escapes)
                        .add(STRING, "(?:(?<![\\w$])b)?" + CFamily.CHAR, escapes));
    }
}
