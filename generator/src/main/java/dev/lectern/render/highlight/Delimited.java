package dev.lectern.render.highlight;

import io.noties.prism4j.Prism4j;

/**
 * A language's comments and strings as one token. One regex, the alternation of every kind, finds whichever starts
 * first, as the language's own lexer reads them: a quote inside a comment, a hash inside a string. Each match is then
 * told apart by the kinds' own regexes, anchored at its start. (One token per kind would need the engine's greedy
 * mode to settle overlaps, and on text like {@code '"`'"`…} its re-matching turns quadratic.)
 * <p>
 * A kind's regex must not use numbered groups, which the alternation would renumber; name them.
 */
final class Delimited {
    private final StringBuilder alternation = new StringBuilder();
    private final GrammarBuilder kinds;
    private final String firstChars;

    /** @param firstChars a character class ({@code [#'"]}) holding the first character of every kind's match */
    Delimited(String name, String firstChars) {
        kinds = new GrammarBuilder(name);
        this.firstChars = firstChars;
    }

    Delimited add(TokenClass cls, String regex) {
        return add(Rule.of(cls, "\\A(?:" + regex + ")"), regex);
    }

    Delimited add(TokenClass cls, String regex, Prism4j.Grammar inside) {
        return add(Rule.of(cls, "\\A(?:" + regex + ")").inside(inside), regex);
    }

    /** A kind made of several tokens (a key and its colon), given as a grammar of its own. */
    Delimited addStructural(String regex, Prism4j.Grammar inside) {
        return add(Rule.structural("\\A(?:" + regex + ")").inside(inside), regex);
    }

    private Delimited add(Rule kind, String regex) {
        if (alternation.length() > 0) alternation.append('|');
        alternation.append("(?:").append(regex).append(')');
        kinds.add(kind);
        return this;
    }

    /**
     * The token; greedy when earlier tokens (line-anchored ones) may have matched inside a string. The alternation is
     * tried at every position of the text, so a one-character lookahead turns most positions away first.
     */
    Rule rule() {
        return Rule.structural("(?=" + firstChars + ")(?:" + alternation + ")").inside(kinds.grammar());
    }
}
