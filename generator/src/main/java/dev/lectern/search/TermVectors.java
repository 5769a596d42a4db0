package dev.lectern.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Every question and reference as a vector of BM25 term weights, for relating items to each other (the search files
 * are built apart, by {@link SearchIndexer}). An item's weight for a term is Lucene's BM25 weight (idf over all
 * items, k1 = 1.2, b = 0.75) summed over its title, counted {@link #TITLE_BOOST} times, and the opening of its
 * answer ({@link ItemText}): what a question asks is in its title. Words that only say how a question is asked
 * ({@link GenericWords}) are left out, and only the {@link #KEEP} heaviest terms stay, as in Lucene's MoreLikeThis.
 */
final class TermVectors {
    static final float TITLE_BOOST = 3f;
    static final int KEEP = 25;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    final List<ItemText> items;
    final List<String> terms = new ArrayList<>();
    /** Per term: in how many items it occurs, in how many titles, in how many titles as a word of its own (not an identifier's part). */
    int[] df;
    int[] titleDf;
    int[] wholeTitleDf;
    /** Per item: its kept term ids, heaviest first, and their weights; the distinct term ids of its title, sorted. */
    final int[][] top;
    final float[][] weights;
    final int[][] titleTerms;
    /** Per term, how often titles spell it each way ("Decorators" 5, "decorator" 2). */
    final Map<Integer, Map<String, Integer>> spellings = new HashMap<>();

    private final Set<String> generic;
    private final Map<String, Integer> ids = new HashMap<>();
    /** Per item, sorted distinct term ids with their frequencies in the title and in the opening, and the whole-word title terms. */
    private final int[][] termIds;
    private final int[][] titleTf;
    private final int[][] bodyTf;

    private TermVectors(List<ItemText> items, Set<String> generic) {
        this.items = items;
        this.generic = generic;
        int n = items.size();
        top = new int[n][];
        weights = new float[n][];
        titleTerms = new int[n][];
        termIds = new int[n][];
        titleTf = new int[n][];
        bodyTf = new int[n][];
    }

    /** @param generic terms left out ({@link GenericWords#terms}) */
    static TermVectors of(List<ItemText> items, Analysis analysis, Set<String> generic) {
        TermVectors v = new TermVectors(items, generic);
        List<int[]> wholes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<Integer, int[]> tf = new HashMap<>();
            List<Integer> whole = new ArrayList<>();
            v.analyze(analysis, items.get(i).title(), tf, 0, whole);
            v.analyze(analysis, items.get(i).opening(), tf, 1, null);
            int[] keys = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            v.termIds[i] = keys;
            v.titleTf[i] = new int[keys.length];
            v.bodyTf[i] = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                v.titleTf[i][k] = tf.get(keys[k])[0];
                v.bodyTf[i][k] = tf.get(keys[k])[1];
            }
            v.titleTerms[i] = Arrays.stream(keys).filter(t -> tf.get(t)[0] > 0).toArray();
            wholes.add(whole.stream().mapToInt(Integer::intValue).distinct().toArray());
        }
        v.weigh(wholes);
        return v;
    }

    /**
     * Counts the terms of a text into {@code tf[field]}. For a title, also records each term's spelling: the word as
     * written (a possessive 's dropped), or for the parts of an identifier the term itself; {@code whole} gets the
     * terms that are a token of their own.
     */
    private void analyze(Analysis analysis, String text, Map<Integer, int[]> tf, int field, List<Integer> whole) {
        if (text.isEmpty()) return;
        try (TokenStream ts = analysis.prose().tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (generic.contains(t)) continue;
                if (whole == null) {
                    tf.computeIfAbsent(id(t), x -> new int[2])[field]++;
                    continue;
                }
                String written = text.substring(offset.startOffset(), offset.endOffset());
                if (GenericWords.SPELLINGS.contains(written.toLowerCase(Locale.ROOT))) continue;
                int id = id(t);
                tf.computeIfAbsent(id, x -> new int[2])[field]++;
                boolean part = position.getPositionIncrement() == 0;
                if (!part) whole.add(id);
                String spelling = part ? t : withoutApostropheS(written);
                spellings.computeIfAbsent(id, x -> new HashMap<>()).merge(spelling, 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Python's" → "Python" (an apostrophe or a right single quote, then a lower-case s). */
    static String withoutApostropheS(String word) {
        int n = word.length();
        boolean possessive = n >= 2 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019');
        return possessive ? word.substring(0, n - 2) : word;
    }

    private int id(String term) {
        Integer id = ids.get(term);
        if (id != null) return id;
        terms.add(term);
        ids.put(term, terms.size() - 1);
        return terms.size() - 1;
    }

    private void weigh(List<int[]> wholes) {
        int n = items.size();
        df = new int[terms.size()];
        titleDf = new int[terms.size()];
        wholeTitleDf = new int[terms.size()];
        double titleLength = 0;
        double bodyLength = 0;
        for (int i = 0; i < n; i++) {
            for (int t : termIds[i]) df[t]++;
            for (int t : titleTerms[i]) titleDf[t]++;
            for (int t : wholes.get(i)) wholeTitleDf[t]++;
            titleLength += Arrays.stream(titleTf[i]).sum();
            bodyLength += Arrays.stream(bodyTf[i]).sum();
        }
        double avgTitle = Math.max(1, titleLength / Math.max(1, n));
        double avgBody = Math.max(1, bodyLength / Math.max(1, n));
        for (int i = 0; i < n; i++) {
            int[] keys = termIds[i];
            double lt = Arrays.stream(titleTf[i]).sum() / avgTitle;
            double lb = Arrays.stream(bodyTf[i]).sum() / avgBody;
            double[] score = new double[keys.length];
            Integer[] order = new Integer[keys.length];
            for (int k = 0; k < keys.length; k++) {
                score[k] = (TITLE_BOOST * saturate(titleTf[i][k], lt) + saturate(bodyTf[i][k], lb)) * idf(df[keys[k]], n);
                order[k] = k;
            }
            // heaviest first; equal weights in term order, so the vector is the same on every run
            Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a])
                    : terms.get(keys[a]).compareTo(terms.get(keys[b])));
            int keep = Math.min(KEEP, keys.length);
            top[i] = new int[keep];
            weights[i] = new float[keep];
            for (int k = 0; k < keep; k++) {
                top[i][k] = keys[order[k]];
                weights[i][k] = (float) score[order[k]];
            }
        }
    }

    private static double saturate(int tf, double relativeLength) {
        return tf == 0 ? 0 : tf * (K1 + 1) / (tf + K1 * (1 - B + B * relativeLength));
    }

    /** Lucene's BM25 idf. */
    static double idf(int df, int n) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
}
