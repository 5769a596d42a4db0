package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.BUILTIN;
import static dev.lectern.render.highlight.TokenClass.CLASS_NAME;
import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.CONSTANT;
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

/** Ruby 3: string interpolation, symbols, instance and global variables, {@code key:} hash keys. */
final class RubyGrammar {
    private static final String NAME = "[A-Za-z_]\\w*+";
    /** #{…} with no quote or brace inside, so it never opens a string within itself. */
    private static final String HOLE = "#\\{[^{}\\n\"]*+\\}";

    private RubyGrammar() {
    }

    static Prism4j.Grammar create() {
        GrammarBuilder ruby = new GrammarBuilder("ruby");
        // #{ and } first, or the rest would read as a comment
        GrammarBuilder hole = new GrammarBuilder("ruby-hole").add(Rule.of(PUNCTUATION, "\\A#\\{|\\}\\z"));
        Prism4j.Grammar interpolated = new GrammarBuilder("ruby-interpolated").add(
                Rule.of(INTERP, HOLE).inside(hole.grammar()),
                Rule.of(ESCAPE, "\\\\(?:u\\{[0-9a-fA-F ]++\\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{1,2}|[0-7]{1,3}|[\\s\\S])")).grammar();
        ruby.add(
                new Delimited("ruby-delimited", "[#=\"'`]")
                        .add(COMMENT, "#[^\\n]*+|^=begin(?![\\w])[\\s\\S]*?(?:^=end(?![\\w])[^\\n]*+|\\z)")
                        .add(STRING, "\"(?:[^\"\\\\#]|\\\\[\\s\\S]?|" + HOLE + "|#)*+\"?|`[^`]*+`?", interpolated)
                        .add(STRING, "'(?:[^'\\\\]|\\\\[\\s\\S]?)*+'?").rule(),
                Rule.of(FUNCTION, "(\\bdef[ \\t]++(?:self\\.)?)" + NAME + "[?!=]?").lookbehind(),
                Rule.of(CLASS_NAME, "(\\b(?:class|module)[ \\t]++)[A-Z]\\w*+(?:::[A-Z]\\w*+)*+").lookbehind(),
                Rule.of(KEYWORD, Rule.words("BEGIN", "END", "alias", "and", "begin", "break", "case", "class", "def",
                        "do", "else", "elsif", "end", "ensure", "for", "if", "in", "module", "next", "not", "or", "redo",
                        "rescue", "retry", "return", "self", "super", "then", "undef", "unless", "until", "when", "while",
                        "yield", "__method__")),
                Rule.of(KEYWORD, "(?<![\\w.])defined\\?"),
                Rule.of(CONSTANT, Rule.words("true", "false", "nil")),
                Rule.of(BUILTIN, Rule.words("puts", "print", "p", "pp", "require", "require_relative", "include", "extend",
                        "attr_accessor", "attr_reader", "attr_writer", "private", "protected", "public", "raise", "lambda",
                        "proc", "loop")),
                Rule.of(VARIABLE, "@@?" + NAME + "|\\$(?:" + NAME + "|[!@&`'+~=/\\\\,;.<>_*$?:\"0-9])"),
                // a symbol :name, but not the second colon of A::B; a hash key name:
                Rule.of(CONSTANT, "(?<![:\\w]):" + NAME + "[?!]?"),
                Rule.of(PROPERTY, "(?<![\\w:])" + NAME + "[?!]?:(?![:\\w])"),
                Rule.of(CLASS_NAME, "(?<![\\w$])[A-Z]\\w*+"),
                Rule.of(FUNCTION, "(?<![\\w$@])" + NAME + "[?!]?(?=\\()"),
                Rule.of(NUMBER, "(?<![\\w.])(?:0[xX][0-9a-fA-F_]++|0[bB][01_]++|\\d[\\d_]*+(?:\\.\\d[\\d_]*+)?(?:[eE][+-]?\\d++)?r?i?)"),
                Rule.of(OPERATOR, "\\.\\.\\.?|::|<=>|===?|=~|!~|=>|->|&&=?|\\|\\|=?|\\*\\*=?|<<=?|>>=?|&\\.|[!<>]=|[-+*/%&|^]=?|[!~?:=<>]"),
                Rule.of(PUNCTUATION, "[{}()\\[\\];,.]"));
        hole.addAll(ruby.grammar());
        return ruby.grammar();
    }
}
