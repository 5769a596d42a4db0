package dev.lectern.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The walked postings → the client's term dictionary and postings shards.
 *
 * <p>Impacts are quantized on one log scale for the whole index: {@code q = round(31 · ln(x/lo) / ln(hi/lo))}, decoded
 * as {@code lo · (hi/lo)^(q/31)}, with {@code lo} the 1st percentile of all impacts and {@code hi} the largest: on
 * content/ a step of about 16% (±8%). Measured against 6 bits over 1,400 two-word queries on content/, 5 bits keep
 * top-10 overlap at 0.90 and the same top hit 84% of the time (mostly ties reordered); 4 bits dropped the same top hit
 * to 62% to save 5 KB. Shards are contiguous term ranges of about {@link #SHARD_CHARS} characters, so a query loads
 * the one or two that hold its terms and their completions.
 */
final class PostingsExport {
    static final int IMPACT_LEVELS = 31;
    static final int SHARD_CHARS = 12_000;
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
    /** per shard: the ordinal of its first term, its doc-delta stream and its impact stream */
    final List<Shard> shards = new ArrayList<>();
    final double lo;
    final double hi;
    int postings;

    record Shard(int firstTerm, String deltas, String impacts) {
    }

    PostingsExport(TreeMap<String, ImpactWalker.TermPostings> walked) {
        TreeMap<String, ImpactWalker.TermPostings> kept = new TreeMap<>();
        walked.forEach((term, p) -> {
            if (!prunable(term, p)) kept.put(term, withoutWeakPostings(p));
        });
        List<Double> all = new ArrayList<>();
        for (ImpactWalker.TermPostings p : kept.values()) all.addAll(p.docs.values());
        java.util.Collections.sort(all);
        // the scale spans the 1st percentile to the maximum: the lowest 1% share the bottom code, and every other
        // impact keeps a finer step than a scale down to the very smallest would give
        lo = all.isEmpty() ? 1 : Math.max(1e-4, Math.floor(all.get(all.size() / 100) * 1e4) / 1e4);
        hi = all.isEmpty() ? 1 : Math.max(lo * 2, Math.ceil(all.get(all.size() - 1) * 1e4) / 1e4);
        StringBuilder deltas = new StringBuilder();
        StringBuilder impacts = new StringBuilder();
        int first = 0;
        int lastPruned = -1;
        for (Map.Entry<String, ImpactWalker.TermPostings> e : kept.entrySet()) {
            int full = walked.get(e.getKey()).docs.size();
            if (full != e.getValue().docs.size()) {
                B64.varint(fullDf, terms.size() - lastPruned);
                B64.varint(fullDf, full);
                lastPruned = terms.size();
            }
            B64.varint(df, e.getValue().docs.size());
            int last = -1;
            for (Map.Entry<Integer, Double> posting : e.getValue().docs.entrySet()) {
                B64.varint(deltas, posting.getKey() - last);
                B64.code(impacts, quantize(posting.getValue()));
                last = posting.getKey();
                postings++;
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
     * A compound identifier that occurs in a single document's code and nowhere else ({@code self.min_stack},
     * {@code sorted_grades}) stays out of the export: its parts are indexed, and the client matches an identifier
     * missing from the dictionary by all of its parts. Dunders and sigil names ({@code __abstract__}, {@code **config})
     * are always kept. About a quarter of the dictionary on the content/ corpus.
     */
    static boolean prunable(String term, ImpactWalker.TermPostings p) {
        if (p.docs.size() != 1 || !p.onlyIn(LuceneIndex.CODE)) return false;
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
        if (p.docs.size() < COMMON_DF) return p;
        double max = java.util.Collections.max(p.docs.values());
        ImpactWalker.TermPostings kept = new ImpactWalker.TermPostings();
        kept.fields = p.fields;
        kept.strong.addAll(p.strong);
        kept.codeOnly.addAll(p.codeOnly);
        p.docs.forEach((doc, impact) -> {
            boolean weak = impact < (p.codeOnly.contains(doc) ? WEAK_CODE_POSTING : WEAK_POSTING) * max;
            if (!weak || p.strong.contains(doc)) kept.docs.put(doc, impact);
        });
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
