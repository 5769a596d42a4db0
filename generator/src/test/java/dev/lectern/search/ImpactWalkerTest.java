package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The walk reads the fields' term lists side by side: every term once, with its postings of every field. */
class ImpactWalkerTest {
    private static SearchDoc doc(String title, String body, String code, List<String> tags) {
        return new SearchDoc(SearchDoc.Kind.QUESTION, 0, "s", title, "g/q/", -1, body, code, "", tags, List.of(), "", "");
    }

    @Test
    void eachTermComesOnceInLucenesOrderWithThePostingsOfAllItsFields() throws IOException {
        List<SearchDoc> docs = List.of(
                doc("Binary search trees", "A tree keeps keys in order.", "tree.insert(key)", List.of("trees")),
                doc("Heaps", "A heap is a tree too; search it by level.", "", List.of()),
                doc("Hash maps", "Keys hash to buckets.", "buckets = [None] * size", List.of("hashing")));
        List<String> seen = new ArrayList<>();
        Map<String, ImpactWalker.TermPostings> visited = new TreeMap<>();
        try (LuceneIndex lucene = LuceneIndex.build(docs, SearchIndexer.also(docs, List.of()), new Analysis())) {
            ImpactWalker.eachTerm(lucene, (term, postings) -> {
                seen.add(term);
                visited.put(term, postings);
            });
            long postings = visited.values().stream().mapToLong(ImpactWalker.TermPostings::size).sum();
            assertTrue(postings <= lucene.postingsBound(), postings + " postings, bound " + lucene.postingsBound());
        }
        List<String> inByteOrder = new ArrayList<>(seen);
        inByteOrder.sort((a, b) -> new BytesRef(a).compareTo(new BytesRef(b)));
        assertEquals(inByteOrder, seen, "Lucene's order");
        assertEquals(visited.size(), seen.size(), "each term once");
        // "tree" is in a title, a body and code: one term, its documents merged over the fields, scores summed
        ImpactWalker.TermPostings tree = visited.get("tree");
        assertEquals(2, tree.size());
        assertEquals(0, tree.docs[0]);
        assertEquals(1, tree.docs[1]);
        assertTrue(tree.has(0, ImpactWalker.TermPostings.TITLE) && !tree.has(1, ImpactWalker.TermPostings.TITLE));
        assertTrue(tree.impacts[0] > tree.impacts[1], "a title and code outweigh a body alone");
        assertTrue(visited.get("size").onlyIn(LuceneIndex.CODE), "size is only in code");
    }
}
