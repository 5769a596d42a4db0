package dev.lectern.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The walked postings → the client's term dictionary, postings shards and later pages.
 *
 * <p>Impacts are quantized on one log scale for the whole index: {@code q = round(31 · ln(x/lo) / ln(hi/lo))}, decoded
 * as {@code lo · (hi/lo)^(q/31)}, with {@code lo} the 1st percentile of all impacts and {@code hi} the largest: on
 * content/ a step of about 16% (±8%). Measured against 6 bits over 1,400 two-word queries on content/, 5 bits keep
 * top-10 overlap at 0.90 and the same top hit 84% of the time (mostly ties reordered); 4 bits dropped the same top hit
 * to 62% to save 5 KB. The sixth bit of a posting's character says the term is in the document's title.
 *
 * <p>A term's postings are ordered by impact, highest first, and cut into pages of {@link #FIRST_PAGE},
 * {@link #FIRST_PAGE}·{@link #PAGE_GROWTH}, … postings (within a page, by document, for small deltas). The first page
 * of every term goes into the term-range shards of about {@link #SHARD_CHARS} characters, so a query loads the one or
 * two that hold its terms and their completions whatever the size of the site; a term's later pages are files of
 * their own, numbered in term order, which the client loads only while a document beyond the pages it has could still
 * enter the top results (every later posting weighs at most the last one loaded). A first query stays bounded as the
 * site grows: its first pages and its ten results, not whole postings lists.
 */
final class PostingsExport {
    static final int IMPACT_LEVELS = 31;
    static final int TITLE_FLAG = 32;
    static final int SHARD_CHARS = 12_000;
    static final int FIRST_PAGE = 256;
    static final int PAGE_GROWTH = 4;
    /** Static pruning: in a term found in at least this many documents... */
    static final int COMMON_DF = 20;
    /** ...postings below this fraction of the term's best impact are dropped. */
    static final double WEAK_POSTING = 0.15;
    /** ...or below this fraction when the term is only in the document's code */
    static final double WEAK_CODE_POSTING = 0.3;

    final List<String> terms = new ArrayList<>();
    final StringBuilder df = new StringBuilder();
    /** (ordinal delta, Lucene's df) for the terms whose postings were pruned: the client's idf uses the true df */
    final StringBuilder fullDf = new StringBuilder();
    /** per shard: the ordinal of its first term and its terms' first pages */
    final List<Shard> shards = new ArrayList<>();
    /** every term's pages after the first, in term order */
    final List<Page> later = new ArrayList<>();
    final double lo;
    final double hi;
    int postings;

    record Shard(int firstTerm, String deltas, String impacts) {
    }

    /** Postings in document order: document-id deltas (the first from -1) and one impact character each. */
    record Page(String deltas, String impacts) {
    }

    /** Consumes {@code walked}: its postings are pruned in place ({@link #prunable}, {@link #withoutWeakPostings}). */
    PostingsExport(TreeMap<String, ImpactWalker.TermPostings> walked) {
        Map<String, Integer> fullSize = new HashMap<>();
        int count = 0;
        for (var it = walked.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, ImpactWalker.TermPostings> e = it.next();
            if (prunable(e.getKey(), e.getValue())) {
                it.remove();
                continue;
            }
            ImpactWalker.TermPostings p = withoutWeakPostings(e.getValue());
            if (p.size() != e.getValue().size()) fullSize.put(e.getKey(), e.getValue().size());
            e.setValue(p);
            count += p.size();
        }
        TreeMap<String, ImpactWalker.TermPostings> kept = walked;
        // the scale spans the 1st percentile to the maximum: the lowest 1% share the bottom code, and every other
        // impact keeps a finer step than a scale down to the very smallest would give
        double[] scale = percentileAndMax(kept.values(), count, count / 100);
        lo = count == 0 ? 1 : Math.max(1e-4, Math.floor(scale[0] * 1e4) / 1e4);
        hi = count == 0 ? 1 : Math.max(lo * 2, Math.ceil(scale[1] * 1e4) / 1e4);
        StringBuilder deltas = new StringBuilder();
        StringBuilder impacts = new StringBuilder();
        int first = 0;
        int lastPruned = -1;
        for (Map.Entry<String, ImpactWalker.TermPostings> e : kept.entrySet()) {
            ImpactWalker.TermPostings p = e.getValue();
            Integer full = fullSize.get(e.getKey());
            if (full != null) {
                B64.varint(fullDf, terms.size() - lastPruned);
                B64.varint(fullDf, full);
                lastPruned = terms.size();
            }
            B64.varint(df, p.size());
            postings += p.size();
            List<int[]> pages = pages(p);
            write(pages.get(0), deltas, impacts);
            for (int[] page : pages.subList(1, pages.size())) {
                StringBuilder d = new StringBuilder();
                StringBuilder i = new StringBuilder();
                write(page, d, i);
                later.add(new Page(d.toString(), i.toString()));
            }
            terms.add(e.getKey());
            if (deltas.length() + impacts.length() >= SHARD_CHARS) {
                shards.add(new Shard(first, deltas.toString(), impacts.toString()));
                deltas.setLength(0);
                impacts.setLength(0);
                first = terms.size();
            }
        }
        if (deltas.length() > 0 || shards.isEmpty()) shards.add(new Shard(first, deltas.toString(), impacts.toString()));
    }

    /**
     * The impact at index {@code rank} of all {@code count} impacts in ascending order, and the largest. Only the
     * {@code rank + 1} smallest are held (a heap whose top is the largest of them), not every impact: a site a hundred
     * times content/ has some fifteen million, and a sorted copy of them took a quarter of a gigabyte.
     */
    static double[] percentileAndMax(java.util.Collection<ImpactWalker.TermPostings> postings, int count, int rank) {
        if (count == 0) return new double[] {0, 0};
        java.util.PriorityQueue<Double> smallest = new java.util.PriorityQueue<>(rank + 2, java.util.Comparator.reverseOrder());
        double max = Double.NEGATIVE_INFINITY;
        for (ImpactWalker.TermPostings p : postings) {
            for (int k = 0; k < p.size(); k++) {
                double x = p.impacts[k];
                if (Double.compare(x, max) > 0) max = x;
                if (smallest.size() <= rank) smallest.add(x);
                else if (Double.compare(x, smallest.peek()) < 0) {
                    smallest.poll();
                    smallest.add(x);
                }
            }
        }
        return new double[] {smallest.peek(), max};
    }

    /** The sizes of a term's pages: {@link #FIRST_PAGE}, then each {@link #PAGE_GROWTH} times the one before, the last what is left. */
    static List<Integer> pageSizes(int df) {
        List<Integer> sizes = new ArrayList<>();
        long size = FIRST_PAGE;
        for (int left = df; left > 0 || sizes.isEmpty(); left -= (int) Math.min(left, size), size *= PAGE_GROWTH) {
            sizes.add((int) Math.min(left, size));
        }
        return sizes;
    }

    /** A term's postings as pages of packed (document, impact character), highest impacts first, each page by document. */
    private List<int[]> pages(ImpactWalker.TermPostings p) {
        long[] byImpact = new long[p.size()];
        for (int k = 0; k < p.size(); k++) {
            if (p.docs[k] >= 1 << 23) throw new IllegalStateException("more than 8 million search documents");
            int code = quantize(p.impacts[k]) | ((p.flags[k] & ImpactWalker.TermPostings.TITLE) != 0 ? TITLE_FLAG : 0);
            // highest impact first, then document order: (31 - impact) in the high bits
            byImpact[k] = ((long) (IMPACT_LEVELS - (code & IMPACT_LEVELS)) << 40) | ((long) p.docs[k] << 8) | code;
        }
        java.util.Arrays.sort(byImpact);
        List<int[]> out = new ArrayList<>();
        int at = 0;
        for (int size : pageSizes(byImpact.length)) {
            long[] page = java.util.Arrays.copyOfRange(byImpact, at, at + size);
            at += size;
            // by document within the page: the sort key below keeps the document in bits 8..39
            for (int i = 0; i < page.length; i++) page[i] &= (1L << 40) - 1;
            java.util.Arrays.sort(page);
            out.add(java.util.Arrays.stream(page).mapToInt(x -> (int) x).toArray());
        }
        return out;
    }

    /** Appends a page's postings (document in bits 8 and up, impact character below) as deltas and characters. */
    private static void write(int[] page, StringBuilder deltas, StringBuilder impacts) {
        int last = -1;
        for (int packed : page) {
            int doc = packed >>> 8;
            B64.varint(deltas, doc - last);
            B64.code(impacts, packed & 63);
            last = doc;
        }
    }

    /**
     * A compound identifier that occurs in a single document's code and nowhere else ({@code self.min_stack},
     * {@code sorted_grades}) stays out of the export: its parts are indexed, and the client matches an identifier
     * missing from the dictionary by all of its parts. Dunders and sigil names ({@code __abstract__}, {@code **config})
     * are always kept. About a quarter of the dictionary on the content/ corpus.
     */
    static boolean prunable(String term, ImpactWalker.TermPostings p) {
        if (p.size() != 1 || !p.onlyIn(LuceneIndex.CODE)) return false;
        if (term.startsWith("_") || term.startsWith("*") || term.startsWith("@")) return false;
        if (term.indexOf('_') < 0 && term.indexOf('.') < 0) return false;
        List<String> parts = Identifiers.split(term);
        if (parts == null) return false;
        return parts.stream().skip(1).filter(x -> x.length() >= Analysis.MIN_LENGTH).count() >= 2;
    }

    /**
     * The postings of a common term ({@code use}, {@code python}, {@code return}) that score below
     * {@link #WEAK_POSTING} of its best one and come from answer text or code only: a passing mention in a long
     * answer. They can hardly lift a document into any top ten, and they are about a sixth of all postings. A title,
     * tag or company is never pruned, and the client weighs words by the true df ({@link #fullDf}), so a common word
     * stays a small share of a query.
     */
    static ImpactWalker.TermPostings withoutWeakPostings(ImpactWalker.TermPostings p) {
        if (p.size() < COMMON_DF) return p;
        double max = java.util.Arrays.stream(p.impacts, 0, p.size()).max().orElse(0);
        ImpactWalker.TermPostings kept = new ImpactWalker.TermPostings(p.size());
        kept.fields = p.fields;
        for (int k = 0; k < p.size(); k++) {
            boolean codeOnly = (p.flags[k] & ImpactWalker.TermPostings.CODE_ONLY) != 0;
            boolean weak = p.impacts[k] < (codeOnly ? WEAK_CODE_POSTING : WEAK_POSTING) * max;
            if (!weak || (p.flags[k] & ImpactWalker.TermPostings.STRONG) != 0) kept.add(p.docs[k], p.impacts[k], p.flags[k]);
        }
        return kept;
    }

    int quantize(double impact) {
        double q = Math.log(impact / lo) / Math.log(hi / lo) * IMPACT_LEVELS;
        return (int) Math.max(0, Math.min(IMPACT_LEVELS, Math.round(q)));
    }

    double dequantize(int q) {
        return lo * Math.pow(hi / lo, q / (double) IMPACT_LEVELS);
    }

    static String number(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
