package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.DECORATOR;
import static dev.lectern.render.highlight.TokenClass.ESCAPE;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.INTERP;
import static dev.lectern.render.highlight.TokenClass.META;
import static dev.lectern.render.highlight.TokenClass.STRING;
import static dev.lectern.render.highlight.TokenClass.VARIABLE;

import io.noties.prism4j.Prism4j;

/** PHP 8 as docs show it: a file or snippet of PHP code (the HTML around {@code <?php … ?>} stays plain). */
final class PhpGrammar {
    private static final String VARIABLE_REF = "\\$+[A-Za-z_]\\w*+";

    private PhpGrammar() {
    }

    static Prism4j.Grammar create() {
        GrammarBuilder php = new GrammarBuilder("php");
        Prism4j.Grammar interpolated = new GrammarBuilder("php-interpolated").add(
                Rule.of(INTERP, "\\{\\$[^{}\\n\"]*+\\}").inside(php.grammar()),
                Rule.of(VARIABLE, VARIABLE_REF),
                Rule.of(ESCAPE, "\\\\(?:u\\{[0-9a-fA-F]++\\}|x[0-9a-fA-F]{1,2}|[0-7]{1,3}|[\\s\\S])")).grammar();
        return CFamily.named("php")
                .keywords("abstract and array as break callable case catch class clone const continue declare default "
                        + "do echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile enum extends "
                        + "final finally fn for foreach function global goto if implements include include_once "
                        + "instanceof insteadof interface isset list match namespace new or print private protected "
                        + "public readonly require require_once return static switch throw trait try unset use var "
                        + "while xor yield")
                .builtins("int float string bool void mixed never iterable object self parent count strlen var_dump "
                        + "print_r json_encode json_decode sprintf printf implode explode in_array array_map array_filter")
                .constants("true false null TRUE FALSE NULL")
                .definers("class|interface|trait|enum|extends|implements|new|instanceof")
                .own(
                        Rule.of(META, "<\\?(?:php|=)?|\\?>"),
                        Rule.of(VARIABLE, VARIABLE_REF),
                        Rule.of(DECORATOR, "(#\\[)" + CFamily.NAME + "(?:\\\\" + CFamily.NAME + ")*+").lookbehind(),
                        Rule.of(FUNCTION, "(\\bfunction[ \\t]++&?)" + CFamily.NAME).lookbehind())
                .into(php, new Delimited("php-delimited", "[/#'\"]")
                        .add(COMMENT, CFamily.LINE_COMMENT + "|#(?!\\[)[^\\n]*+|" + CFamily.BLOCK_COMMENT)
                        .add(STRING, "'(?:[^'\\\\]|\\\\[\\s\\S]?)*+'?")
                        .add(STRING, "\"(?:[^\"\\\\]|\\\\[\\s\\S]?)*+\"?", interpolated))
                .grammar();
    }
}
