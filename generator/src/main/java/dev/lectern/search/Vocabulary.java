package dev.lectern.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * For each stemmed term, the word readers most often wrote for it ({@code decor} → {@code decorator}). The client
 * completes prefixes and forgives typos against words as typed, not stems ({@code decoratr} is one edit from
 * {@code decorator}, three from {@code decor}), then stems what it found with its own analyzer to reach the term.
 * One word per stem keeps the list small; the client's fuzzy prefix match covers the other forms as they are typed.
 * A stem that is itself the commonest form needs no word: the client matches it as it is.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    /** The words of the documents' titles, bodies, tags and companies (counted here; the build counts them as it indexes). */
    static List<String> stemmedWords(List<SearchDoc> docs, Analysis analysis, Set<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        org.apache.lucene.analysis.Analyzer counting = Analysis.counting(counts);
        for (SearchDoc d : docs) {
            Analysis.terms(counting, d.title());
            Analysis.terms(counting, d.body());
            d.tags().forEach(t -> Analysis.terms(counting, t));
            d.companies().forEach(c -> Analysis.terms(counting, c));
        }
        return stemmedWords(counts, analysis, terms);
    }

    /** @param counts plain words (lower case) → how often the texts write them ({@link #count}) */
    static List<String> stemmedWords(Map<String, Integer> counts, Analysis analysis, Set<String> terms) {
        Map<String, String> best = new TreeMap<>();
        Map<String, Integer> bestCount = new HashMap<>();
        for (String word : new TreeSet<>(counts.keySet())) {
            List<String> stem = Analysis.terms(analysis.prose(), word);
            if (stem.size() != 1 || !terms.contains(stem.get(0))) continue;
            String term = stem.get(0);
            int n = counts.get(word);
            String current = best.get(term);
            if (current == null || n > bestCount.get(term) || n == bestCount.get(term) && word.length() < current.length()) {
                best.put(term, word);
                bestCount.put(term, n);
            }
        }
        // a term whose commonest form is the term itself ("python") is its own word: listing a rarer form ("pythons")
        // would hide it from the client's typo match, which reads such a term only through its listed word
        best.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return List.copyOf(new TreeSet<>(best.values()));
    }

    /** Counts a token (its possessive already removed) when it is a plain word, lower-cased, and no stop word. */
    static void count(String token, Map<String, Integer> counts) {
        if (!Identifiers.isPlainWord(token)) return;
        String lower = Identifiers.lower(token);
        if (lower.length() < Analysis.MIN_LENGTH || lower.length() > Analysis.MAX_LENGTH) return;
        if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)) return;
        counts.merge(lower, 1, Integer::sum);
    }

    /** Lucene's EnglishPossessiveFilter rule: a trailing {@code 's}, {@code ’s} or {@code ＇s} goes. */
    static String withoutPossessive(String token) {
        int n = token.length();
        if (n >= 2 && (token.charAt(n - 1) == 's' || token.charAt(n - 1) == 'S')) {
            char q = token.charAt(n - 2);
            if (q == '\'' || q == '\u2019' || q == '\uFF07') return token.substring(0, n - 2);
        }
        return token;
    }
}
