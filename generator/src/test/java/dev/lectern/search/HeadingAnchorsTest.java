package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings get GitHub's ids, unique per page after the page's section and question slugs. */
class HeadingAnchorsTest {
    @Test
    void anIdIsTheLowerCaseTextWithoutPunctuationAndWithDashes() {
        assertEquals("common-use-cases", HeadingAnchors.githubId("Common Use Cases:"));
        assertEquals("when-to-override-__new__", HeadingAnchors.githubId("When to Override __new__:"));
        assertEquals("class-methods-classmethod", HeadingAnchors.githubId("Class Methods (@classmethod):"));
        assertEquals("-core-concepts", HeadingAnchors.githubId("🎯 Core Concepts"));
    }

    @Test
    void repeatedAndReservedIdsGetNumbers() {
        HeadingAnchors anchors = new HeadingAnchors(List.of("key-points"));
        assertEquals("common-use-cases", anchors.next("Common Use Cases:"));
        assertEquals("common-use-cases-1", anchors.next("Common Use Cases"));
        assertEquals("key-points-1", anchors.next("Key Points"));
        assertEquals("heading", anchors.next("🎯"));
    }
}
