package dev.lectern.search;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The English words of the corpus whose stem differs from the word ({@code decorators} → {@code decor}). The client
 * completes prefixes and forgives typos against words as typed, not stems ({@code decoratr} is one edit from
 * {@code decorator}, three from {@code decor}), then stems what it found with its own analyzer to reach the term.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    static List<String> stemmedWords(List<SearchDoc> docs, Analysis analysis, Set<String> terms) {
        Set<String> tokens = new TreeSet<>();
        for (SearchDoc d : docs) {
            collect(d.title(), tokens);
            collect(d.body(), tokens);
            d.tags().forEach(t -> collect(t, tokens));
            d.companies().forEach(c -> collect(c, tokens));
        }
        TreeSet<String> words = new TreeSet<>();
        for (String token : tokens) {
            String w = withoutPossessive(token);
            if (!Identifiers.isPlainWord(w)) continue;
            String lower = Identifiers.lower(w);
            if (lower.length() < Analysis.MIN_LENGTH || lower.length() > Analysis.MAX_LENGTH) continue;
            if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)) continue;
            List<String> stem = Analysis.terms(analysis.prose(), w);
            if (stem.size() == 1 && !stem.get(0).equals(lower) && terms.contains(stem.get(0))) words.add(lower);
        }
        return List.copyOf(words);
    }

    private static void collect(String text, Set<String> tokens) {
        Matcher m = Analysis.TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
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
