package dev.lectern.search;

import java.io.IOException;
import java.util.ArrayList;
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

    private PostingsExport(double lo, double hi) {
        this.lo = lo;
        this.hi = hi;
    }

    /**
     * The export of the index's postings, walked twice ({@link ImpactWalker#eachTerm}) so that only one term's are
     * held at a time: first to find the impact scale ({@link ImpactScale}), then to quantize and encode each term, whose
     * encoded pages (a few bytes a posting) wait for the terms in Java String order.
     */
    static PostingsExport of(LuceneIndex index) throws IOException {
        ImpactScale scale = new ImpactScale(index.postingsBound());
        ImpactWalker.eachTerm(index, (term, p) -> {
            if (!prunable(term, p)) scale.add(withoutWeakPostings(p));
        });
        // the scale spans the 1st percentile to the maximum: the lowest 1% share the bottom code, and every other
        // impact keeps a finer step than a scale down to the very smallest would give
        double[] ends = scale.percentileAndMax();
        double lo = scale.count() == 0 ? 1 : Math.max(1e-4, Math.floor(ends[0] * 1e4) / 1e4);
        double hi = scale.count() == 0 ? 1 : Math.max(lo * 2, Math.ceil(ends[1] * 1e4) / 1e4);
        PostingsExport out = new PostingsExport(lo, hi);
        TreeMap<String, Encoded> encoded = new TreeMap<>();
        ImpactWalker.eachTerm(index, (term, p) -> {
            if (prunable(term, p)) return;
            ImpactWalker.TermPostings kept = withoutWeakPostings(p);
            encoded.put(term, out.encode(kept, kept.size() != p.size() ? p.size() : -1));
        });
        out.assemble(encoded);
        return out;
    }

    /** A term's export: its postings kept, Lucene's df when weak ones were pruned (else -1), its first page, its later pages. */
    private record Encoded(int size, int fullSize, Page first, List<Page> later) {
    }

    private Encoded encode(ImpactWalker.TermPostings p, int fullSize) {
        List<int[]> pages = pages(p);
        List<Page> out = new ArrayList<>(pages.size());
        for (int[] page : pages) {
            StringBuilder d = new StringBuilder();
            StringBuilder i = new StringBuilder();
            write(page, d, i);
            out.add(new Page(d.toString(), i.toString()));
        }
        return new Encoded(p.size(), fullSize, out.get(0), List.copyOf(out.subList(1, out.size())));
    }

    /** The dictionary, the df lists and the shards, term after term in Java String order (the client's). */
    private void assemble(TreeMap<String, Encoded> encoded) {
        StringBuilder deltas = new StringBuilder();
        StringBuilder impacts = new StringBuilder();
        int first = 0;
        int lastPruned = -1;
        for (Map.Entry<String, Encoded> e : encoded.entrySet()) {
            Encoded p = e.getValue();
            if (p.fullSize() >= 0) {
                B64.varint(fullDf, terms.size() - lastPruned);
                B64.varint(fullDf, p.fullSize());
                lastPruned = terms.size();
            }
            B64.varint(df, p.size());
            postings += p.size();
            deltas.append(p.first().deltas());
            impacts.append(p.first().impacts());
            later.addAll(p.later());
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
