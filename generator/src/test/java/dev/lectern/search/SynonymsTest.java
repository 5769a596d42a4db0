package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Abbreviations the text defines, and an author's groups, make each form find the documents written in the other. */
class SynonymsTest {
    private static SearchDoc doc(String title, String body) {
        return new SearchDoc(SearchDoc.Kind.QUESTION, 0, "", title, "g/q/", -1, body, "", List.of(), List.of(), "", "");
    }

    @Test
    void anAbbreviationDefinedInTheTextAndItsLongFormMeanEachOther() {
        SearchDoc defines = doc("Why is threading slow?", "The Global Interpreter Lock (GIL) lets one thread run at a time.");
        SearchDoc shortOnly = doc("How do I avoid the GIL?", "Use processes.");
        SearchDoc longOnly = doc("Memory", "CPython frees most objects by reference counting; garbage collection (GC) finds cycles.");
        SearchDoc reversed = doc("Parts", "Every build has a BOM (bill of materials).");
        SearchDoc joiner = doc("Inheritance", "Python's Method Resolution Order (MRO) is C3.");
        Synonyms s = Synonyms.of(List.of(defines, shortOnly, longOnly, reversed, joiner), List.of());
        assertEquals("gil global interpreter lock", s.also(defines));
        assertEquals("global interpreter lock", s.also(shortOnly));
        assertEquals("garbage collection gc", s.also(longOnly));
        assertEquals("bill of materials bom", s.also(reversed));
        assertEquals("method resolution order mro", s.also(joiner));
        assertEquals("gc", s.also(doc("Cycles", "When does garbage collection run?")));
    }

    @Test
    void parenthesesThatAreNotAnAbbreviationDefineNothing() {
        Synonyms s = Synonyms.of(List.of(doc("A", "Install it (Optional) with the package manager (OK) or by hand (Linux)."),
                doc("B", "We compile with GCC (the GNU compiler). Python (CPython) is the reference.")), List.of());
        assertTrue(s.isEmpty(), () -> s.also(doc("x", "package manager ok gcc gnu compiler cpython python")));
    }

    @Test
    void anAuthorsGroupsMeanEachOtherWordForWordAndPhraseForPhrase() {
        Synonyms s = Synonyms.of(List.of(), List.of(List.of("hashmap", "dictionary", "dict"), List.of("string interpolation", "f-string")));
        assertEquals("dict hashmap", s.also(doc("What is a dictionary?", "A mapping.")));
        assertEquals("string interpolation", s.also(doc("Formatting", "Prefer an f-string.")));
        assertEquals("f-string", s.also(doc("Strings", "String interpolation in Python.")));
        assertEquals("", s.also(doc("Strings", "A string is text; interpolation is elsewhere.")));
    }
}
