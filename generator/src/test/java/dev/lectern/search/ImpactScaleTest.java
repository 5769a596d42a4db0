package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The impact scale's ends are found without holding every impact: the same values a sort of all of them gives. */
class ImpactScaleTest {
    @Test
    void theRankedImpactAndTheLargestAreThoseOfASortedCopy() {
        Random random = new Random(13);
        List<ImpactWalker.TermPostings> terms = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (int t = 0; t < 300; t++) {
            ImpactWalker.TermPostings p = new ImpactWalker.TermPostings(0);
            int n = random.nextInt(60);
            for (int d = 0; d < n; d++) {
                // ties and repeats as real impacts have them: a few distinct values among many
                double impact = random.nextInt(4) == 0 ? 1.25 : Math.round(random.nextDouble() * 500) / 100.0;
                p.add(d, impact, (byte) 0);
                all.add(impact);
            }
            terms.add(p);
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        for (int rank : new int[] {0, 1, sorted.length / 100, sorted.length / 2, sorted.length - 1}) {
            assertArrayEquals(new double[] {sorted[rank], sorted[sorted.length - 1]},
                    percentileAndMax(terms, sorted.length, rank), "rank " + rank);
        }
    }

    @Test
    void aScaleSizedForMoreImpactsThanComeGivesTheRankOfThoseThatCame() {
        Random random = new Random(14);
        // the walk knows only an upper bound of the impacts it will see (Lucene's postings before merging and pruning)
        ImpactScale scale = new ImpactScale(30_000);
        double[] all = new double[10_000];
        for (int i = 0; i < all.length; i++) {
            all[i] = Math.round(random.nextDouble() * 900) / 100.0;
            scale.add(all[i]);
        }
        java.util.Arrays.sort(all);
        assertArrayEquals(new double[] {all[all.length / 100], all[all.length - 1]}, scale.percentileAndMax());
    }

    @Test
    void noImpactsGiveAScaleOfZeros() {
        assertArrayEquals(new double[] {0, 0}, percentileAndMax(List.of(), 0, 0));
    }

    /** The impact at index {@code rank} of all {@code count} impacts in ascending order, and the largest. */
    private static double[] percentileAndMax(List<ImpactWalker.TermPostings> postings, int count, int rank) {
        ImpactScale scale = new ImpactScale(count, rank);
        postings.forEach(scale::add);
        return scale.percentileAndMax(rank);
    }
}
