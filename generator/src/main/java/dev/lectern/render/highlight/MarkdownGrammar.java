package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.ESCAPE;
import static dev.lectern.render.highlight.TokenClass.KEYWORD;
import static dev.lectern.render.highlight.TokenClass.META;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;

import io.noties.prism4j.Prism4j;

/**
 * Markdown and MDX as written in docs: front matter, headings, fenced and inline code (as strings: they are quoted
 * text), admonition markers ({@code !!! note}, {@code :::tip}), list and quote markers, links, HTML and JSX tags,
 * and MDX's import/export lines as JavaScript. Emphasis stays plain: no token class means it.
 */
final class MarkdownGrammar {
    private MarkdownGrammar() {
    }

    static Prism4j.Grammar create(Prism4j.Grammar jsx) {
        Prism4j.Grammar link = new GrammarBuilder("markdown-link").add(
                Rule.of(STRING, "(\\]\\()[^\\s)]++").lookbehind(),
                Rule.of(PUNCTUATION, "!?\\[|\\]\\(?|\\)")).grammar();
        return new GrammarBuilder("markdown").add(
                // \A: the whole text is one fragment when the first token runs
                Rule.of(META, "\\A---[ \\t]*+\\n[\\s\\S]*?(?:\\n---[ \\t]*+(?=\\n|\\z)|\\z)"),
                Rule.of(STRING, "^[ \\t]*+(?<fence>`{3,}+|~{3,}+)[^\\n]*+(?:\\n[\\s\\S]*?(?:\\n[ \\t]*+\\k<fence>[ \\t]*+(?=\\n|\\z)|\\z))?"),
                Rule.structural("^(?:import|export)[ \\t][^\\n]*+").inside(jsx),
                Rule.of(COMMENT, "<!--[\\s\\S]*?(?:-->|\\z)|\\{/\\*[\\s\\S]*?(?:\\*/\\}|\\z)"),
                Rule.of(KEYWORD, "^[ \\t]{0,3}#{1,6}(?=[ \\t]|$)[^\\n]*+"),
                Rule.of(KEYWORD, "^[ \\t]*+(?:!!!\\+?|\\?\\?\\?\\+?|:{3,}+)[^\\n]*+"),
                Rule.of(PUNCTUATION, "^[ \\t]{0,3}(?:[-*_][ \\t]*+){3,}+$"),
                Rule.of(PUNCTUATION, "^[ \\t]*+>(?:[ \\t]*+>)*+"),
                Rule.of(PUNCTUATION, "(^[ \\t]*+)(?:[-*+]|\\d{1,9}[.)])(?=[ \\t])(?:[ \\t]++\\[[ xX]\\])?").lookbehind(),
                Rule.of(STRING, "``(?:[^`\\n]|`(?!`))*+(?:``)?|`[^`\\n]++`"),
                Rule.of(STRING, "<[A-Za-z][\\w+.-]*+:[^\\s<>]*+>"),
                Rule.structural(MarkupGrammar.JSX_TAG).inside(MarkupGrammar.tag(jsx)),
                Rule.structural("!?\\[[^\\[\\]\\n]*+\\]\\([^()\\s]*+(?:[ \\t]++\"[^\"\\n]*+\")?\\)").inside(link),
                Rule.of(ESCAPE, "\\\\[!-/:-@\\[-`{-~]"),
                MarkupGrammar.entity()).grammar();
    }
}
