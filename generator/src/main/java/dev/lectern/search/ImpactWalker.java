package dev.lectern.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Walks every scored field's terms and postings and computes, per (term, document), Lucene's own BM25 score of that
 * term in that field (its {@link BM25Similarity} with the field's statistics and the document's length norm), times
 * the field's boost, summed over fields. One term space: a word in a title and in code is the same term.
 */
final class ImpactWalker {
    private ImpactWalker() {
    }

    /**
     * One term's postings in document order, as plain arrays (a site a hundred times content/ has some fifteen million
     * postings: boxed maps of them would not fit a small heap), and the fields the term occurs in (bit i = i-th field
     * of {@link LuceneIndex#BOOSTS}).
     */
    static final class TermPostings {
        /** the document has the term in a title, tag or company: never pruned */
        static final byte STRONG = 1;
        /** the document has the term in its title (the client's exact-title test reads only those) */
        static final byte TITLE = 2;
        /** the document has the term in code only */
        static final byte CODE_ONLY = 4;

        int[] docs;
        double[] impacts;
        byte[] flags;
        int size;
        int fields;

        TermPostings(int capacity) {
            docs = new int[capacity];
            impacts = new double[capacity];
            flags = new byte[capacity];
        }

        int size() {
            return size;
        }

        boolean onlyIn(String field) {
            return fields == 1 << List.copyOf(LuceneIndex.BOOSTS.keySet()).indexOf(field);
        }

        /** Whether the document's posting carries the flag (false for a document without one). */
        boolean has(int doc, byte flag) {
            int at = Arrays.binarySearch(docs, 0, size, doc);
            return at >= 0 && (flags[at] & flag) != 0;
        }

        void add(int doc, double impact, byte flag) {
            if (size == docs.length) {
                int capacity = Math.max(4, size * 2);
                docs = Arrays.copyOf(docs, capacity);
                impacts = Arrays.copyOf(impacts, capacity);
                flags = Arrays.copyOf(flags, capacity);
            }
            docs[size] = doc;
            impacts[size] = impact;
            flags[size++] = flag;
        }

        /** Adds one field's postings (documents ascending): the two sorted lists merged, scores of a document summed. */
        void merge(String field, int[] fieldDocs, double[] scores, int n) {
            TermPostings out = new TermPostings(size + n);
            int a = 0;
            int b = 0;
            boolean code = field.equals(LuceneIndex.CODE);
            while (a < size || b < n) {
                if (b == n || a < size && docs[a] < fieldDocs[b]) {
                    out.add(docs[a], impacts[a], flags[a]);
                    a++;
                } else if (a == size || fieldDocs[b] < docs[a]) {
                    out.add(fieldDocs[b], scores[b], code ? CODE_ONLY : flagOf(field, (byte) 0));
                    b++;
                } else {
                    out.add(docs[a], impacts[a] + scores[b], code ? flags[a] : flagOf(field, flags[a]));
                    a++;
                    b++;
                }
            }
            docs = out.docs;
            impacts = out.impacts;
            flags = out.flags;
            size = out.size;
        }

        /** A document seen in a field other than code is no longer code-only; a title, tag or company makes it strong. */
        private static byte flagOf(String field, byte flags) {
            int f = flags & ~CODE_ONLY;
            if (!field.equals(LuceneIndex.BODY)) f |= STRONG;
            if (field.equals(LuceneIndex.TITLE)) f |= TITLE;
            return (byte) f;
        }
    }

    /** What receives each term's postings; the postings are its own to keep. */
    interface Visitor {
        void term(String term, TermPostings postings);
    }

    /** term (in Java String order) → its postings, every term's held at once (for tests; the export visits them). */
    static TreeMap<String, TermPostings> walk(LuceneIndex index) throws IOException {
        TreeMap<String, TermPostings> impacts = new TreeMap<>();
        eachTerm(index, impacts::put);
        return impacts;
    }

    /**
     * Hands {@code visitor} every term once, in Lucene's order (UTF-8 bytes, which is not always Java's String order),
     * with its postings merged over the scored fields. The fields' term lists are read side by side, so only one
     * term's postings are held at a time: a site a hundred times content/ has some fifteen million postings (200 MB
     * walked whole). A term's fields are summed in {@link LuceneIndex#BOOSTS} order, as a field-by-field walk would.
     */
    static void eachTerm(LuceneIndex index, Visitor visitor) throws IOException {
        if (index.reader.leaves().isEmpty()) return; // a site with no documents yet: an empty index
        LeafReader leaf = index.leaf();
        IndexSearcher searcher = new IndexSearcher(index.reader);
        List<FieldTerms> fields = new java.util.ArrayList<>();
        int bit = 1;
        for (Map.Entry<String, Float> field : LuceneIndex.BOOSTS.entrySet()) {
            int mask = bit;
            bit <<= 1;
            Terms terms = leaf.terms(field.getKey());
            CollectionStatistics stats = searcher.collectionStatistics(field.getKey());
            if (terms == null || stats == null) continue;
            fields.add(new FieldTerms(field.getKey(), field.getValue(), mask, stats, terms.iterator(), norms(leaf, field.getKey())));
        }
        int maxDoc = leaf.maxDoc();
        int[] docs = new int[maxDoc];
        double[] scores = new double[maxDoc];
        org.apache.lucene.util.BytesRefBuilder term = new org.apache.lucene.util.BytesRefBuilder();
        for (FieldTerms f : fields) f.next();
        while (true) {
            BytesRef least = null;
            for (FieldTerms f : fields) if (f.current != null && (least == null || f.current.compareTo(least) < 0)) least = f.current;
            if (least == null) return;
            term.copyBytes(least);
            TermPostings postings = new TermPostings(0);
            for (FieldTerms f : fields) {
                if (f.current == null || !f.current.bytesEquals(term.get())) continue;
                postings.fields |= f.mask;
                int n = f.score(searcher, docs, scores);
                postings.merge(f.name, docs, scores, n);
                f.next();
            }
            visitor.term(term.get().utf8ToString(), postings);
        }
    }

    /**
     * A field's length norm per document (1 where it has none), read once: asking Lucene per term would open the norms
     * again for each of the field's terms and walk them doc by doc (half of this walk's samples in a profile of a build).
     */
    private static long[] norms(LeafReader leaf, String field) throws IOException {
        long[] norms = new long[leaf.maxDoc()];
        Arrays.fill(norms, 1L);
        NumericDocValues values = leaf.getNormValues(field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) norms[doc] = values.longValue();
        }
        return norms;
    }

    /** One scored field's terms, read in order beside the other fields'. */
    private static final class FieldTerms {
        private static final BM25Similarity BM25 = new BM25Similarity();
        final String name;
        final float boost;
        final int mask;
        final CollectionStatistics stats;
        final TermsEnum terms;
        final long[] norms;
        BytesRef current;
        private PostingsEnum postings;

        FieldTerms(String name, float boost, int mask, CollectionStatistics stats, TermsEnum terms, long[] norms) {
            this.name = name;
            this.boost = boost;
            this.mask = mask;
            this.stats = stats;
            this.terms = terms;
            this.norms = norms;
        }

        void next() throws IOException {
            current = terms.next();
        }

        /** The current term's documents and BM25 scores (times the boost) into the arrays; returns how many. */
        int score(IndexSearcher searcher, int[] docs, double[] scores) throws IOException {
            Similarity.SimScorer scorer = BM25.scorer(boost, stats,
                    searcher.termStatistics(new Term(name, current), terms.docFreq(), terms.totalTermFreq()));
            postings = terms.postings(postings, PostingsEnum.FREQS);
            int n = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs[n] = doc;
                scores[n++] = scorer.score(postings.freq(), norms[doc]);
            }
            return n;
        }
    }
}
