package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Abbreviations the text defines, and an author's groups, make each form find the documents written in the other. */
class SynonymsTest {
    private static SearchDoc doc(String title, String body) {
        return new SearchDoc(SearchDoc.Kind.QUESTION, 0, "", title, "g/q/", -1, body, "", "", List.of(), List.of(), "", "");
    }

    /** What a document means, as the indexer asks it: its title and body. */
    private static String also(Synonyms s, SearchDoc d) {
        return s.also(d.title() + " " + d.body());
    }

    @Test
    void anAbbreviationDefinedInTheTextAndItsLongFormMeanEachOther() {
        SearchDoc defines = doc("Why are pages fast abroad?", "A Content Delivery Network (CDN) keeps copies near readers.");
        SearchDoc shortOnly = doc("How do I purge the CDN?", "Use the console.");
        SearchDoc longOnly = doc("Uptime", "Support answers in an hour; the service level agreement (SLA) says so.");
        SearchDoc reversed = doc("Parts", "Every build has a BOM (bill of materials).");
        SearchDoc joiner = doc("Trade", "Each crate ships with a Certificate of Origin (CO).");
        Synonyms s = Synonyms.of(List.of(defines, shortOnly, longOnly, reversed, joiner), List.of());
        assertEquals("cdn content delivery network", also(s, defines));
        assertEquals("content delivery network", also(s, shortOnly));
        assertEquals("service level agreement sla", also(s, longOnly));
        assertEquals("bill of materials bom", also(s, reversed));
        assertEquals("certificate of origin co", also(s, joiner));
        assertEquals("sla", also(s, doc("Terms", "Read the service level agreement first.")));
    }

    @Test
    void parenthesesThatAreNotAnAbbreviationDefineNothing() {
        Synonyms s = Synonyms.of(List.of(doc("A", "Install it (Optional) with the package manager (OK) or by hand (Linux)."),
                doc("B", "We compile with GCC (the GNU compiler). Python (CPython) is the reference.")), List.of());
        assertTrue(s.isEmpty(), () -> also(s, doc("x", "package manager ok gcc gnu compiler cpython python")));
    }

    @Test
    void anAuthorsGroupsMeanEachOtherWordForWordAndPhraseForPhrase() {
        Synonyms s = Synonyms.of(List.of(), List.of(List.of("hashmap", "dictionary", "dict"), List.of("string interpolation", "f-string")));
        assertEquals("dict hashmap", also(s, doc("What is a dictionary?", "A mapping.")));
        assertEquals("string interpolation", also(s, doc("Formatting", "Prefer an f-string.")));
        assertEquals("f-string", also(s, doc("Strings", "String interpolation in Python.")));
        assertEquals("", also(s, doc("Strings", "A string is text; interpolation is elsewhere.")));
    }
}
