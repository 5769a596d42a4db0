package dev.lectern.source.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberingTest {
    @Test
    void questionNumbersAreStrippedChallengesKeepTheirLabel() {
        assertEquals("What is `is`?", Numbering.strip("Q1: What is `is`?"));
        assertEquals("Why?", Numbering.strip("**12. Why?**"));
        assertEquals("Challenge 2: Rate Limiter", Numbering.strip("Challenge 2: Rate Limiter"));
        assertTrue(Numbering.isNumbered("Challenge 2: Rate Limiter"));
        assertFalse(Numbering.isNumbered("Python 3.12 features"));
        assertFalse(Numbering.isNumbered("2024"));
    }

    @Test
    void theLeadingNumberIsReadThroughBold() {
        assertEquals(10, Numbering.number("**10. Implement a Trie**"));
        assertEquals(-1, Numbering.number("Quick Reference"));
    }
}
