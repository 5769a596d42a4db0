package dev.lectern.render.highlight;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One token of a grammar: the class it gets and the regex that finds it, with the engine's options. Rules every regex
 * here keeps: it never matches the empty string (the engine would loop), a quantified group is possessive or bounded
 * (no backtracking without bound, no recursion per repetition), and a delimited token (string, comment) matches from
 * its opener even when the closer is missing, so a failed search never rescans the rest of the text.
 */
final class Rule {
    private final String name;
    private final String regex;
    private int flags = Pattern.MULTILINE;
    private boolean lookbehind;
    private boolean greedy;
    private Prism4j.Grammar inside;

    private Rule(String name, String regex) {
        this.name = name;
        this.regex = regex;
    }

    static Rule of(TokenClass cls, String regex) {
        return new Rule(cls.css(), regex);
    }

    /** A token with no class of its own: only its inside grammar's tokens show (a line of a shell session, say). */
    static Rule structural(String regex) {
        return new Rule("", regex);
    }

    /** Characters of a name: ASCII word characters and, cheaper to test than Unicode letters, anything non-ASCII. */
    static final String NAME_CHAR = "[\\w\\u0080-\\uffff]";

    /**
     * Whole words only, not after a '.' or '$' (a member). The words are compiled into a prefix tree
     * ({@code and|as|assert} → {@code a(?:nd|s(?:sert)?)}) behind a lookahead for their first letters: the pattern is
     * tried at every position, and most positions are turned away by that one check.
     */
    static String words(String... words) {
        TreeSet<Character> first = new TreeSet<>();
        for (String w : words) first.add(w.charAt(0));
        StringBuilder firsts = new StringBuilder();
        for (char c : first) firsts.append(c);
        return "(?=[" + firsts + "])(?<![\\w$.\\u0080-\\uffff])" + trie(List.of(words)) + "(?![\\w$\\u0080-\\uffff])";
    }

    /** A regex matching exactly the given literal words (letters, digits, '_' and '-'), one branch per first letter. */
    static String trie(Collection<String> words) {
        Map<Character, List<String>> byFirst = new TreeMap<>();
        boolean empty = false;
        for (String w : words) {
            if (w.isEmpty()) empty = true;
            else byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w.substring(1));
        }
        List<String> branches = new ArrayList<>();
        for (var e : byFirst.entrySet()) {
            List<String> rest = e.getValue();
            branches.add(e.getKey() + (rest.size() == 1 ? rest.get(0) : trie(rest)));
        }
        if (branches.isEmpty()) return "";
        // an optional group is greedy: "assert" is tried before "as" ends the match
        String group = "(?:" + String.join("|", branches) + ")";
        return empty ? group + "?" : group;
    }

    /** Group 1 is context that must precede the token and is not part of it; it must always take part in a match. */
    Rule lookbehind() {
        lookbehind = true;
        return this;
    }

    /**
     * The engine searches the whole text for this token, so it wins over tokens found earlier that it overlaps if it
     * starts first: a docstring over a {@code case x:} line inside it. The earlier tokens then run once more after it,
     * which is cheap only if they are not greedy: one greedy token per grammar.
     */
    Rule greedy() {
        greedy = true;
        return this;
    }

    Rule ignoreCase() {
        flags |= Pattern.CASE_INSENSITIVE;
        return this;
    }

    /**
     * The token's text is tokenized again with this grammar. If that grammar can reach this token again, its first
     * token must take the opener ({@code $(}, {@code case}), or the whole text would match again, without end.
     */
    Rule inside(Prism4j.Grammar grammar) {
        inside = grammar;
        return this;
    }

    Prism4j.Token token() {
        return Prism4j.token(name, Prism4j.pattern(Pattern.compile(regex, flags), lookbehind, greedy, null, inside));
    }
}
