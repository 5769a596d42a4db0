package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.DECORATOR;
import static dev.lectern.render.highlight.TokenClass.ESCAPE;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.INTERP;
import static dev.lectern.render.highlight.TokenClass.STRING;

import io.noties.prism4j.Prism4j;

/** Kotlin 2 (and Gradle's .kts): string templates, annotations, soft keywords as docs use them. */
final class KotlinGrammar {
    /** ${expr} with no quote or brace inside (so it never nests a string in itself), or $name. */
    private static final String TEMPLATE = "\\$\\{[^{}\\n\"]*+\\}|\\$[A-Za-z_]\\w*+";

    private KotlinGrammar() {
    }

    static Prism4j.Grammar create() {
        GrammarBuilder kotlin = new GrammarBuilder("kotlin");
        Prism4j.Grammar template = new GrammarBuilder("kotlin-template").add(
                Rule.of(INTERP, TEMPLATE).inside(kotlin.grammar()),
                Rule.of(ESCAPE, "\\\\(?:u[0-9a-fA-F]{4}|[\\s\\S])")).grammar();
        Prism4j.Grammar rawTemplate = new GrammarBuilder("kotlin-raw-template")
                .add(Rule.of(INTERP, TEMPLATE).inside(kotlin.grammar())).grammar();
        String name = CFamily.NAME;
        return CFamily.named("kotlin")
                .keywords("abstract actual annotation as break by catch class companion const constructor continue "
                        + "crossinline do else enum expect external final finally for fun if import in infix init "
                        + "inline inner interface internal is lateinit noinline object open operator out override package "
                        + "private protected public reified return sealed super suspend tailrec this throw try typealias "
                        + "val var vararg when where while")
                .builtins("Any Unit Nothing Int Long Short Byte Double Float Boolean Char String Array List MutableList "
                        + "Map MutableMap Set println print listOf mutableListOf mapOf mutableMapOf setOf arrayOf lazy "
                        + "require check error repeat")
                .constants("true false null")
                .definers("class|interface|object|typealias")
                .own(
                        // data and value are names too (val data = …), keywords only before class
                        Rule.of(TokenClass.KEYWORD, "(?<![\\w.])(?:data|value)(?=[ \\t]++class\\b)"),
                        Rule.of(DECORATOR, "(?<![\\w@])@(?:" + name + ":)?" + name + "(?:\\." + name + ")*+"),
                        // fun <T> List<T>.name(…): type parameters and a receiver may come first
                        Rule.of(FUNCTION, "(\\bfun[ \\t]++(?:<[^>\\n]*+>[ \\t]*+)?(?:" + name + "(?:<[^>\\n]*+>)?\\.)?)" + name)
                                .lookbehind())
                .into(kotlin, new Delimited("kotlin-delimited", "[/'\"]")
                        .add(COMMENT, CFamily.LINE_COMMENT + "|" + CFamily.BLOCK_COMMENT)
                        .add(STRING, "\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)", rawTemplate)
                        .add(STRING, "\"(?:[^\"\\\\\\n$]|\\\\[\\s\\S]?|\\$\\{[^{}\\n\"]*+\\}?|\\$)*+\"?", template)
                        .add(STRING, CFamily.CHAR, JavaScriptGrammar.escapes()))
                .grammar();
    }
}
