package dev.lectern.normalize;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Group;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Tabs;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the site's prose writes some words: in lower case or capitalised, counted over titles and Markdown text (code
 * blocks and code spans left out: a string literal says nothing of English). A word written in lower case more often
 * than capitalised is a common word, not a name. One pass over the text, counting only the words asked about.
 */
final class WordCase {
    private final Map<String, int[]> counts = new HashMap<>();
    /** The lengths and first letters of the words asked about: other words are passed over without being copied. */
    private final java.util.BitSet lengths = new java.util.BitSet();
    private final java.util.BitSet firstLetters = new java.util.BitSet();

    private WordCase(Set<String> words) {
        for (String w : words) {
            counts.put(w, new int[2]);
            lengths.set(w.length());
            if (!w.isEmpty()) firstLetters.set(Character.toLowerCase(w.charAt(0)));
        }
    }

    /** The case counts of {@code words} (lower case) over every guide's prose. */
    static WordCase of(List<Guide> guides, Set<String> words) {
        return of(guides, words, null);
    }

    /** As {@link #of(List, Set)}; {@code memo} (may be null) keeps each guide's counts for the next run. */
    static WordCase of(List<Guide> guides, Set<String> words, Memo memo) {
        WordCase wc = new WordCase(words);
        if (words.isEmpty()) return wc;
        for (Guide g : guides) {
            if (memo == null) {
                wc.scan(g);
                continue;
            }
            Map<String, int[]> own = memo.get(List.of("words", new Memo.Same(g), words), () -> {
                WordCase one = new WordCase(words);
                one.scan(g);
                return one.counts;
            });
            own.forEach((word, c) -> {
                int[] sum = wc.counts.get(word);
                sum[0] += c[0];
                sum[1] += c[1];
            });
        }
        return wc;
    }

    private void scan(Guide g) {
        for (Section s : g.sections()) {
            scan(s.intro());
            for (Question q : s.questions()) {
                scan(q.title());
                scan(q.answer());
            }
            scan(s.outro());
        }
    }

    boolean isCommon(String word) {
        int[] c = counts.get(word);
        return c != null && c[0] > c[1];
    }

    private void scan(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Markdown md) scan(md.text());
            else if (b instanceof Callout c) scan(c.body());
            else if (b instanceof Tabs t) t.tabs().forEach(tab -> scan(tab.body()));
            else if (b instanceof Group gr) gr.items().forEach(item -> scan(item.body()));
        }
    }

    private void scan(String text) {
        boolean inCode = false;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0 && !inCode && candidate(text, start, i)) count(text.substring(start, i));
            start = -1;
            if (c == '`') inCode = !inCode;
        }
    }

    /**
     * Whether the word at {@code [start, end)} may be one asked about. Lower case keeps a word's length but for one
     * letter ({@code İ} becomes two characters), so a word holding it is always looked up.
     */
    private boolean candidate(String text, int start, int end) {
        if (!firstLetters.get(Character.toLowerCase(text.charAt(start)))) return false;
        if (lengths.get(end - start)) return true;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\u0130') return true;
        }
        return false;
    }

    private void count(String word) {
        int[] c = counts.get(word.toLowerCase(Locale.ROOT));
        if (c == null) return;
        if (Character.isUpperCase(word.charAt(0))) c[1]++;
        else if (word.chars().noneMatch(Character::isUpperCase)) c[0]++;
    }
}
