package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingLevelsTest {
    @Test
    void headingsMoveBelowThePageHeadingAndNeverSkipALevel() {
        // a PDF answer under an h1 question title: authored ##, #####, ###, ##
        HeadingLevels levels = new HeadingLevels(0, 2);
        assertEquals(2, levels.next(2));
        assertEquals(3, levels.next(5), "h5 after h2 becomes h3");
        assertEquals(3, levels.next(3));
        assertEquals(2, levels.next(2));
    }

    @Test
    void theFirstHeadingStartsRightBelowThePageHeading() {
        HeadingLevels levels = new HeadingLevels(0, 4);
        assertEquals(4, levels.next(6), "no jump from the h3 question title to h6");
        assertEquals(5, levels.next(6));
        assertEquals(6, levels.next(6));
    }
}
