package dev.lectern.search;

import java.io.IOException;
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

    /** One term's postings: document → impact, and the fields it occurs in (bit i = i-th field of {@link LuceneIndex#BOOSTS}). */
    static final class TermPostings {
        final TreeMap<Integer, Double> docs = new TreeMap<>();
        /** the documents that have the term in a title, tag or company: never pruned */
        final java.util.Set<Integer> strong = new java.util.HashSet<>();
        /** the documents that have the term in their title (the client's exact-title test reads only those) */
        final java.util.Set<Integer> title = new java.util.HashSet<>();
        /** the documents that have the term in code only */
        final java.util.Set<Integer> codeOnly = new java.util.HashSet<>();
        int fields;

        boolean onlyIn(String field) {
            return fields == 1 << List.copyOf(LuceneIndex.BOOSTS.keySet()).indexOf(field);
        }
    }

    /** term (in Java String order) → its postings. */
    static TreeMap<String, TermPostings> walk(LuceneIndex index) throws IOException {
        TreeMap<String, TermPostings> impacts = new TreeMap<>();
        if (index.reader.leaves().isEmpty()) return impacts; // a site with no documents yet: an empty index
        LeafReader leaf = index.leaf();
        IndexSearcher searcher = new IndexSearcher(index.reader);
        BM25Similarity bm25 = new BM25Similarity();
        int bit = 1;
        for (Map.Entry<String, Float> field : LuceneIndex.BOOSTS.entrySet()) {
            String f = field.getKey();
            int mask = bit;
            bit <<= 1;
            Terms terms = leaf.terms(f);
            CollectionStatistics stats = searcher.collectionStatistics(f);
            if (terms == null || stats == null) continue;
            NumericDocValues norms = null;
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            for (BytesRef bytes = te.next(); bytes != null; bytes = te.next()) {
                Similarity.SimScorer scorer = bm25.scorer(field.getValue(), stats,
                        searcher.termStatistics(new Term(f, bytes), te.docFreq(), te.totalTermFreq()));
                TermPostings postings = impacts.computeIfAbsent(bytes.utf8ToString(), k -> new TermPostings());
                postings.fields |= mask;
                pe = te.postings(pe, PostingsEnum.FREQS);
                norms = leaf.getNormValues(f);
                for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                    long norm = norms.advanceExact(doc) ? norms.longValue() : 1L;
                    boolean seen = postings.docs.containsKey(doc);
                    postings.docs.merge(doc, (double) scorer.score(pe.freq(), norm), Double::sum);
                    if (f.equals(LuceneIndex.CODE)) {
                        if (!seen) postings.codeOnly.add(doc);
                    } else {
                        postings.codeOnly.remove(doc);
                        if (!f.equals(LuceneIndex.BODY)) postings.strong.add(doc);
                        if (f.equals(LuceneIndex.TITLE)) postings.title.add(doc);
                    }
                }
            }
        }
        return impacts;
    }
}
