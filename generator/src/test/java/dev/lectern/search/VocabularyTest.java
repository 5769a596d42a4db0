package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words listed for the client's prefix and typo matching: one per stem, the form readers wrote most. */
class VocabularyTest {
    private static SearchDoc doc(String body) {
        return new SearchDoc(SearchDoc.Kind.QUESTION, 0, "", "A question", "g/q/", -1, body, "", "", List.of(), List.of(), "", "");
    }

    @Test
    void aStemIsListedThroughItsCommonestFormAndNotAtAllWhenThatFormIsTheStemItself() {
        // "pythons" stems to "python", but "python" is written more: the term is its own word, so nothing is listed
        // for it (listing "pythons" would hide "python" from the typo match: "pyhton" is two edits from "pythons")
        List<SearchDoc> docs = List.of(doc("Python decorators wrap python functions; many pythons, one decorator."), // decorator and decorators twice each: the shorter wins
                doc("A decorator in Python. Decorators everywhere: python, python."));
        Analysis analysis = new Analysis();
        List<String> words = Vocabulary.stemmedWords(docs, analysis, Set.of("python", "decor", "function", "wrap", "mani", "everywher"));
        assertEquals(List.of("decorator", "everywhere", "functions", "many"), words);
    }
}
