package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AnnotationTest {
    @Test
    void aBangMarkerTakesItsWholeComment() {
        Annotation a = Annotation.in("  port: 8080 # (1)!");
        assertEquals(1, a.n());
        assertEquals("  port: 8080", a.keep());
        assertEquals("x = 1;", Annotation.in("x = 1; // (12)!").keep());
        assertEquals("<p>", Annotation.in("<p> <!-- (3)! -->").keep());
    }

    @Test
    void aPlainMarkerKeepsTheCommentText() {
        Annotation a = Annotation.in("run() # starts it (2)");
        assertEquals(2, a.n());
        assertEquals("run() # starts it ", a.keep());
        assertEquals("run() # starts it ", Annotation.in("run() # starts it (2)!").keep(), "a comment with words keeps them");
    }

    @Test
    void parenthesesOutsideACommentAreNoMarker() {
        assertNull(Annotation.in("print(1)"));
        assertNull(Annotation.in("f(x)(2)"));
        assertNull(Annotation.in("# ()"));
        assertNull(Annotation.in("# (0)"));
        assertNull(Annotation.in(""));
    }
}
