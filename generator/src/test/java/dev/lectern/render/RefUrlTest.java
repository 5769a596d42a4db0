package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How an author's URL is taken apart and read against a document's folder. */
class RefUrlTest {
    @Test
    void onlyPathsArePathsSchemesHostsAndFragmentsAreNot() {
        for (String other : new String[] {"https://example.org/a.png", "mailto:a@b.c", "//cdn.example.org/x.js", "#setup", "",
                "data:image/png;base64,AAAA", "?tab=2"}) {
            assertNull(RefUrl.parse(other), other);
        }
        assertEquals(new RefUrl("img/my pic.png", "raw=1", "part 2"), RefUrl.parse("img/my%20pic.png?raw=1#part%202"));
        assertEquals(new RefUrl("a%zz.png", null, null), RefUrl.parse("a%zz.png"), "a '%' that starts no escape stays");
    }

    @Test
    void aPathIsReadFromTheDocumentsFolderAndMayNotLeaveTheContentFolder() {
        assertEquals("img/a.png", RefUrl.parse("../img/a.png").resolveIn("docs/"));
        assertEquals("docs/img/a.png", RefUrl.parse("./img/a.png").resolveIn("docs/"));
        assertEquals("docs/", RefUrl.parse("./").resolveIn("docs/"));
        assertEquals("", RefUrl.parse("..").resolveIn("docs/"));
        assertEquals("guide/", RefUrl.parse("guide/").resolveIn(""));
        assertEquals("img/x.png", RefUrl.parse("/img/x.png").resolveIn("docs/deep/"), "root-relative: the content folder's root");
        assertNull(RefUrl.parse("../../x.png").resolveIn("docs/"));
    }

    @Test
    void aRewrittenLinkNeverStartsWithWhatReadsAsAScheme() {
        assertEquals("./javascript:alert(1).png", References.pathFirst("javascript:alert(1).png"));
        assertEquals("../a:b.png", References.pathFirst("../a:b.png"));
        assertEquals("index.html#a:b", References.pathFirst("index.html#a:b"));
        assertEquals("my%20file.pdf", RefUrl.encode("my file.pdf"));
        assertEquals("%23%3F%25.png", RefUrl.encode("#?%.png"));
    }
}
