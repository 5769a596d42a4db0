package dev.lectern.search;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The ends of the impact scale ({@link PostingsExport}): the impact at rank count/100 of all impacts in ascending order
 * (the 1st percentile), and the largest, from impacts seen a term at a time. Only the smallest impacts that rank can
 * reach are held (a heap whose top is the largest of them), not every impact: a site a hundred times content/ has some
 * fifteen million, and a sorted copy of them took a quarter of a gigabyte. As their number is known only at the end,
 * the heap is sized for an upper bound of it given first (the postings Lucene holds, before fields merge and pruning).
 */
final class ImpactScale {
    private final int highestRank;
    private final PriorityQueue<Double> smallest;
    private double max = Double.NEGATIVE_INFINITY;
    private long count;

    /** For at most {@code bound} impacts. */
    ImpactScale(long bound) {
        this(bound, (int) Math.min(Integer.MAX_VALUE - 2, bound / 100));
    }

    /** For at most {@code bound} impacts, of which the rank asked will be at most {@code highestRank}. */
    ImpactScale(long bound, int highestRank) {
        this.highestRank = highestRank;
        this.smallest = new PriorityQueue<>(Math.min(highestRank, 1 << 16) + 2, Comparator.reverseOrder());
    }

    void add(ImpactWalker.TermPostings p) {
        for (int k = 0; k < p.size(); k++) add(p.impacts[k]);
    }

    void add(double x) {
        count++;
        if (Double.compare(x, max) > 0) max = x;
        if (smallest.size() <= highestRank) smallest.add(x);
        else if (Double.compare(x, smallest.peek()) < 0) {
            smallest.poll();
            smallest.add(x);
        }
    }

    /** How many impacts were added. */
    long count() {
        return count;
    }

    /** The impact at rank count/100 and the largest; zeros for no impacts. Call once: it lets go of the heap's top. */
    double[] percentileAndMax() {
        return percentileAndMax((int) (count / 100));
    }

    /** The impact at {@code rank} (from 0, ascending) and the largest; zeros for no impacts. Call once. */
    double[] percentileAndMax(int rank) {
        if (count == 0) return new double[] {0, 0};
        if (rank > highestRank || rank >= count) throw new IllegalStateException("rank " + rank + " of " + count + " impacts is beyond the bound");
        while (smallest.size() > rank + 1) smallest.poll();
        return new double[] {smallest.peek(), max};
    }
}
