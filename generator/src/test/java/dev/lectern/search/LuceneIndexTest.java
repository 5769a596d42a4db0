package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index tells its builder each document it has taken, so that the document's text need not wait for all the others. */
class LuceneIndexTest {
    @Test
    void eachDocumentIsReportedOnceInOrderAsItIsAdded() throws IOException {
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            docs.add(new SearchDoc(SearchDoc.Kind.QUESTION, 0, "s", "Question " + i, "g/q" + i + "/", -1, "Answer text " + i,
                    "", "", List.of(), List.of(), "", ""));
        }
        List<Integer> added = new ArrayList<>();
        List<SearchDoc> text = new ArrayList<>(docs);
        try (LuceneIndex lucene = LuceneIndex.build(text, SearchIndexer.also(docs, List.of()), new Analysis(), new java.util.HashMap<>(), i -> {
            added.add(i);
            text.set(i, text.get(i).indexed()); // as the search stage does: the text goes once the index has it
        })) {
            assertEquals(List.of(0, 1, 2, 3, 4), added);
            assertEquals(5, lucene.leaf().maxDoc());
            // the index kept every document's words although the list let go of the text as it went
            assertEquals(5, lucene.leaf().terms(LuceneIndex.BODY).iterator().seekExact(new org.apache.lucene.util.BytesRef("answer"))
                    ? lucene.leaf().docFreq(new org.apache.lucene.index.Term(LuceneIndex.BODY, "answer")) : 0);
        }
        assertEquals("", text.get(0).body());
    }
}
