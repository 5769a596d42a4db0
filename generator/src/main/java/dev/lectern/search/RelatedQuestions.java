package dev.lectern.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For each question, the questions of other guides that ask much the same thing: the cosine of their BM25 term
 * vectors ({@link TermVectors}: title-weighted, the heaviest terms only), at least {@link #MIN_SIMILARITY}, most
 * similar first, at most {@link #LIMIT}. A cosine rather than a raw BM25 score, so that one threshold means the same
 * for a one-line question and a long one. References take no part: they have no answer to compare.
 */
final class RelatedQuestions {
    static final int LIMIT = 5;
    static final double MIN_SIMILARITY = 0.3;

    private RelatedQuestions() {
    }

    /** A question of another guide and how alike it is (the cosine). */
    record Match(String id, double similarity) {
    }

    static Map<String, List<String>> of(TermVectors v) {
        Map<String, List<String>> out = new TreeMap<>();
        matches(v, MIN_SIMILARITY).forEach((id, found) -> out.put(id, found.stream().map(Match::id).toList()));
        return out;
    }

    /** Per question id, its matches of at least {@code min}, most similar first, at most {@link #LIMIT}; none for none. */
    static Map<String, List<Match>> matches(TermVectors v, double min) {
        int n = v.items.size();
        double[] norm = new double[n];
        // an inverted list over the kept terms of the questions: term → items, weights
        List<List<int[]>> postings = new ArrayList<>();
        for (int t = 0; t < v.terms.size(); t++) postings.add(null);
        for (int i = 0; i < n; i++) {
            if (!v.items.get(i).question()) continue;
            double sum = 0;
            for (int k = 0; k < v.top[i].length; k++) {
                float w = v.weights[i][k];
                sum += (double) w * w;
                int t = v.top[i][k];
                if (postings.get(t) == null) postings.set(t, new ArrayList<>());
                postings.get(t).add(new int[] {i, Float.floatToIntBits(w)});
            }
            norm[i] = Math.sqrt(sum);
        }
        Map<String, List<Match>> related = new TreeMap<>();
        double[] dot = new double[n];
        for (int i = 0; i < n; i++) {
            ItemText item = v.items.get(i);
            if (!item.question() || norm[i] == 0) continue;
            Arrays.fill(dot, 0);
            for (int k = 0; k < v.top[i].length; k++) {
                float w = v.weights[i][k];
                for (int[] p : postings.get(v.top[i][k])) dot[p[0]] += (double) w * Float.intBitsToFloat(p[1]);
            }
            List<double[]> found = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (dot[j] == 0 || v.items.get(j).guide() == item.guide()) continue;
                double cos = dot[j] / (norm[i] * norm[j]);
                if (cos >= min) found.add(new double[] {cos, j});
            }
            // most similar first; equal scores in site order, so every build lists the same questions
            found.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
            if (found.isEmpty()) continue;
            related.put(item.id(), found.subList(0, Math.min(LIMIT, found.size())).stream()
                    .map(f -> new Match(v.items.get((int) f[1]).id(), f[0])).toList());
        }
        return related;
    }
}
