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
 *
 * <p>Comparing every pair would grow with the square of the site. Candidates come from an inverted index instead,
 * and only through a question's rarer terms: its commonest terms are skipped as long as, even at their heaviest
 * anywhere, they could not reach the threshold on their own (prefix filtering, as in Bayardo et al.'s All-Pairs), so
 * no match is lost. A term still that common in more than {@link #MAX_POSTINGS} questions suggests none (it still
 * counts in the cosine); and the lists are read rarest term first, up to {@link #MAX_CANDIDATES} candidates, which
 * bounds the work per question on any site: a site a hundred times larger costs a hundred times the time, not ten
 * thousand. The questions that share a question's rarest terms are its likeliest matches; on content/ no question
 * reaches the bound, so nothing is lost there.
 */
final class RelatedQuestions {
    static final int LIMIT = 5;
    static final double MIN_SIMILARITY = 0.3;
    static final int MAX_POSTINGS = 2_000;
    static final int MAX_CANDIDATES = 1_000;

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
        int[] df = new int[v.terms.size()];
        for (int i = 0; i < n; i++) {
            if (!v.items.get(i).question()) continue;
            double sum = 0;
            for (float w : v.weights[i]) sum += (double) w * w;
            norm[i] = Math.sqrt(sum);
            for (int t : v.top[i]) df[t]++;
        }
        // term → its questions in site order (so each guide's are one run), and its heaviest normalised weight
        int[][] postings = new int[df.length][];
        double[] heaviest = new double[df.length];
        for (int t = 0; t < df.length; t++) postings[t] = new int[df[t]];
        int[] filled = new int[df.length];
        for (int i = 0; i < n; i++) {
            if (norm[i] == 0) continue;
            for (int k = 0; k < v.top[i].length; k++) {
                int t = v.top[i][k];
                postings[t][filled[t]++] = i;
                heaviest[t] = Math.max(heaviest[t], v.weights[i][k] / norm[i]);
            }
        }
        int[] guideStart = new int[n];
        for (int i = 1; i < n; i++) guideStart[i] = v.items.get(i).guide() == v.items.get(i - 1).guide() ? guideStart[i - 1] : i;
        Map<String, List<Match>> related = new TreeMap<>();
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        // 1 + the place of each of the current question's terms in its vector; 0 for every other term
        int[] slotOf = new int[df.length];
        int[] candidates = new int[MAX_CANDIDATES];
        int[] sharedSlots = new int[TermVectors.KEEP];
        float[] sharedWeights = new float[TermVectors.KEEP];
        for (int i = 0; i < n; i++) {
            ItemText item = v.items.get(i);
            if (!item.question() || norm[i] == 0) continue;
            int count = 0;
            List<Integer> probes = probes(v, i, norm[i], df, heaviest, min);
            for (int k = probes.size() - 1; k >= 0 && count < MAX_CANDIDATES; k--) {
                int[] p = postings[probes.get(k)];
                // the question's own guide is one run of the list: step over it
                int ownFrom = lowerBound(p, guideStart[i]);
                int ownTo = ownFrom;
                while (ownTo < p.length && v.items.get(p[ownTo]).guide() == item.guide()) ownTo++;
                if (candidates.length < count + p.length) candidates = Arrays.copyOf(candidates, count + p.length);
                count = collect(p, 0, ownFrom, i, seen, candidates, count);
                count = collect(p, ownTo, p.length, i, seen, candidates, count);
            }
            int[] terms = v.top[i];
            float[] weights = v.weights[i];
            for (int k = 0; k < terms.length; k++) slotOf[terms[k]] = k + 1;
            List<double[]> found = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                int j = candidates[c];
                double dot = dot(weights, slotOf, v.top[j], v.weights[j], sharedSlots, sharedWeights);
                double cos = dot / (norm[i] * norm[j]);
                if (dot != 0 && cos >= min) found.add(new double[] {cos, j});
            }
            for (int t : terms) slotOf[t] = 0;
            // most similar first; equal scores in site order, so every build lists the same questions
            found.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
            if (found.isEmpty()) continue;
            related.put(item.id(), found.subList(0, Math.min(LIMIT, found.size())).stream()
                    .map(f -> new Match(v.items.get((int) f[1]).id(), f[0])).toList());
        }
        return related;
    }

    /**
     * The terms of question {@code i} whose lists are searched: all but its commonest, which are left out while their
     * best possible share of a cosine stays under {@code min}; and none listed in more than {@link #MAX_POSTINGS}.
     */
    private static List<Integer> probes(TermVectors v, int i, double norm, int[] df, double[] heaviest, double min) {
        Integer[] byDf = new Integer[v.top[i].length];
        for (int k = 0; k < byDf.length; k++) byDf[k] = k;
        Arrays.sort(byDf, (a, b) -> Integer.compare(df[v.top[i][b]], df[v.top[i][a]]));
        double bound = 0;
        List<Integer> out = new ArrayList<>();
        for (int k : byDf) {
            int t = v.top[i][k];
            double share = v.weights[i][k] / norm * heaviest[t];
            // a small margin: the bound is in doubles, and a match exactly at the threshold must not be lost
            if (out.isEmpty() && bound + share < min - 1e-9) {
                bound += share;
            } else if (df[t] <= MAX_POSTINGS) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The dot product of a question's vector ({@code weights}, its terms' places in {@code slotOf}) with another's
     * ({@code terms}, {@code termWeights}), over the terms the two share, summed in the question's term order: the order
     * it has always been summed in, over all the question's terms (those not shared add nothing), so every cosine keeps
     * its last bit. {@code slots} and {@code shared} are room for the shared terms.
     */
    private static double dot(float[] weights, int[] slotOf, int[] terms, float[] termWeights, int[] slots, float[] shared) {
        int count = 0;
        for (int k = 0; k < terms.length; k++) {
            int slot = slotOf[terms[k]] - 1;
            if (slot < 0) continue;
            int at = count++;
            while (at > 0 && slots[at - 1] > slot) {
                slots[at] = slots[at - 1];
                shared[at] = shared[at - 1];
                at--;
            }
            slots[at] = slot;
            shared[at] = termWeights[k];
        }
        double dot = 0;
        for (int s = 0; s < count; s++) dot += (double) weights[slots[s]] * shared[s];
        return dot;
    }

    /** Adds the questions {@code p[from..to)} not yet seen for question {@code i} after the first {@code count}; the new count. */
    private static int collect(int[] p, int from, int to, int i, int[] seen, int[] candidates, int count) {
        for (int x = from; x < to; x++) {
            if (seen[p[x]] != i) {
                seen[p[x]] = i;
                candidates[count++] = p[x];
            }
        }
        return count;
    }

    /** The first index of sorted {@code a} holding a value at least {@code key}. */
    private static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
