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

    private WordCase(Set<String> words) {
        words.forEach(w -> counts.put(w, new int[2]));
    }

    /** The case counts of {@code words} (lower case) over every guide's prose. */
    static WordCase of(List<Guide> guides, Set<String> words) {
        WordCase wc = new WordCase(words);
        if (words.isEmpty()) return wc;
        for (Guide g : guides) {
            for (Section s : g.sections()) {
                wc.scan(s.intro());
                for (Question q : s.questions()) {
                    wc.scan(q.title());
                    wc.scan(q.answer());
                }
                wc.scan(s.outro());
            }
        }
        return wc;
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
            if (start >= 0 && !inCode) count(text.substring(start, i));
            start = -1;
            if (c == '`') inCode = !inCode;
        }
    }

    private void count(String word) {
        int[] c = counts.get(word.toLowerCase(Locale.ROOT));
        if (c == null) return;
        if (Character.isUpperCase(word.charAt(0))) c[1]++;
        else if (word.chars().noneMatch(Character::isUpperCase)) c[0]++;
    }
}
