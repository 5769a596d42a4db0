package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings get the page's ids (model.PageIds), unique per page after the theme's ids and the page's section and question slugs. */
class HeadingAnchorsTest {
    @Test
    void repeatedAndReservedIdsGetNumbers() {
        HeadingAnchors anchors = new HeadingAnchors(List.of("key-points"));
        assertEquals("common-use-cases", anchors.next("Common Use Cases:"));
        assertEquals("common-use-cases-1", anchors.next("Common Use Cases"));
        assertEquals("key-points-1", anchors.next("Key Points"));
        assertEquals("heading", anchors.next("🎯"));
        assertEquals("user-content-lectern-main", anchors.next("Lectern Main"), "the theme's ids are not content's, as on the page");
    }
}
