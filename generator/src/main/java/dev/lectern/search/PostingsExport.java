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
 * as {@code lo · (hi/lo)^(q/31)}; 5 bits keep every impact within ±6% (measured: 8 bits cost 2× the bytes and change
 * no ranking in the relevance set). Shards are contiguous term ranges of about {@link #SHARD_CHARS} characters.
 */
final class PostingsExport {
    static final int IMPACT_LEVELS = 31;
    static final int SHARD_CHARS = 16_000;
    /** Static pruning: in a term found in at least this many documents... */
    static final int COMMON_DF = 20;
    /** ...postings below this fraction of the term's best impact are dropped. */
    static final double WEAK_POSTING = 0.15;

    final List<String> terms = new ArrayList<>();
    final StringBuilder df = new StringBuilder();
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
        double min = Double.MAX_VALUE;
        double max = 0;
        for (ImpactWalker.TermPostings p : kept.values()) {
            for (double v : p.docs.values()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        lo = kept.isEmpty() ? 1 : Math.max(1e-4, Math.floor(min * 1e4) / 1e4);
        hi = kept.isEmpty() ? 1 : Math.max(lo * 2, Math.ceil(max * 1e4) / 1e4);
        StringBuilder deltas = new StringBuilder();
        StringBuilder impacts = new StringBuilder();
        int first = 0;
        for (Map.Entry<String, ImpactWalker.TermPostings> e : kept.entrySet()) {
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
     * {@link #WEAK_POSTING} of its best one: a passing mention in a long answer. They can hardly lift a document into
     * any top ten, and they are a fifth of all postings; the client counts a common word as optional (by its df) so
     * that dropping them never hides a document from a multi-word query.
     */
    static ImpactWalker.TermPostings withoutWeakPostings(ImpactWalker.TermPostings p) {
        if (p.docs.size() < COMMON_DF) return p;
        double floor = WEAK_POSTING * java.util.Collections.max(p.docs.values());
        ImpactWalker.TermPostings kept = new ImpactWalker.TermPostings();
        kept.fields = p.fields;
        p.docs.forEach((doc, impact) -> {
            if (impact >= floor) kept.docs.put(doc, impact);
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
