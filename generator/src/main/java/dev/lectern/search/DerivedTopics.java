package dev.lectern.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Topics for the questions of guides that give no tags, derived from the text. A topic is one term of a small
 * vocabulary: terms that name a subject (not {@link GenericWords}: "explain", "difference", "python"), that the
 * titles of at least {@link #MIN_TITLES} items across all guides use as a word of their own (not only as part of an
 * identifier: {@code __init__} is a topic, its part {@code init} is not), and at most {@link #MAX_SHARE} of them
 * (broader terms group nothing). An item gets the vocabulary terms of its title, heaviest first
 * ({@link TermVectors}: BM25, title-weighted), at most {@link #PER_ITEM}; a topic that ends up with fewer than
 * {@link #MIN_ITEMS} items is dropped. A topic is shown as the spelling titles use most for its term
 * ({@code decor} → "decorators").
 */
final class DerivedTopics {
    static final int MIN_TITLES = 3;
    static final double MAX_SHARE = 0.08;
    /** A small site's every word is in a large share of its titles: the share applies above this many. */
    static final int MAX_SHARE_FLOOR = 12;
    static final int PER_ITEM = 3;
    static final int MIN_ITEMS = 3;

    private DerivedTopics() {
    }

    static Map<String, List<String>> of(TermVectors v) {
        int n = v.items.size();
        boolean[] vocabulary = new boolean[v.terms.size()];
        for (int t = 0; t < vocabulary.length; t++) {
            String term = v.terms.get(t);
            vocabulary[t] = v.wholeTitleDf[t] >= MIN_TITLES && v.titleDf[t] <= Math.max(MAX_SHARE * n, MAX_SHARE_FLOOR)
                    && term.length() >= 3 && term.chars().anyMatch(Character::isLetter);
        }
        Map<Integer, List<Integer>> chosen = new TreeMap<>();
        int[] members = new int[v.terms.size()];
        for (int i = 0; i < n; i++) {
            if (v.items.get(i).tagged()) continue;
            List<Integer> picks = new ArrayList<>();
            Set<Integer> inTitle = new HashSet<>();
            for (int t : v.titleTerms[i]) inTitle.add(t);
            for (int k = 0; k < v.top[i].length && picks.size() < PER_ITEM; k++) {
                int t = v.top[i][k];
                if (vocabulary[t] && inTitle.contains(t)) picks.add(t);
            }
            if (picks.isEmpty()) continue;
            picks.forEach(t -> members[t]++);
            chosen.put(i, picks);
        }
        Map<String, List<String>> out = new TreeMap<>();
        Map<Integer, String> labels = new HashMap<>();
        chosen.forEach((i, picks) -> {
            List<String> names = picks.stream().filter(t -> members[t] >= MIN_ITEMS)
                    .map(t -> labels.computeIfAbsent(t, x -> label(v, x))).distinct().toList();
            if (!names.isEmpty()) out.put(v.items.get(i).id(), names);
        });
        return out;
    }

    /** The spelling titles use most, capitalised words in lower case ("Decorators" → "decorators", "GIL" stays). */
    static String label(TermVectors v, int term) {
        Map<String, Integer> counts = new TreeMap<>();
        v.spellings.getOrDefault(term, Map.of()).forEach((spelling, count) -> counts.merge(fold(spelling), count, Integer::sum));
        String best = v.terms.get(term);
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().length() < best.length()) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static String fold(String spelling) {
        boolean capitalised = spelling.length() > 1 && Character.isUpperCase(spelling.charAt(0))
                && spelling.substring(1).chars().noneMatch(Character::isUpperCase);
        return capitalised ? spelling.toLowerCase(Locale.ROOT) : spelling;
    }
}
