package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentPathTest {
    @Test
    void aNumericPrefixOrdersANameAndLeavesItsStem() {
        assertEquals(1, ContentPath.number("01-intro.md"));
        assertEquals("intro", ContentPath.stem("01-intro.md"));
        assertEquals(2, ContentPath.number("2_setup.md"));
        assertEquals("setup", ContentPath.stem("2_setup.md"));
        assertEquals(3, ContentPath.number("3. usage.md"));
        assertEquals(10, ContentPath.number("10 folder"));
        assertEquals("folder", ContentPath.stem("10 folder"));
    }

    @Test
    void numbersThatAreTheWholeNameOrADateAreNotPrefixes() {
        assertEquals(-1, ContentPath.number("3.md"));
        assertEquals("3", ContentPath.stem("3.md"));
        assertEquals(-1, ContentPath.number("2024-05-01-notes.md"));
        assertEquals("2024-05-01-notes", ContentPath.stem("2024-05-01-notes.md"));
        assertEquals(-1, ContentPath.number("404.md"));
        assertEquals(-1, ContentPath.number("intro.md"));
    }

    @Test
    void indexAndReadmeInAnyCaseAreLandingPagesIndexFirst() {
        assertEquals(0, ContentPath.landingRank("index.md"));
        assertEquals(0, ContentPath.landingRank("INDEX.mdx"));
        assertEquals(1, ContentPath.landingRank("README.md"));
        assertEquals(1, ContentPath.landingRank("Readme.markdown"));
        assertEquals(-1, ContentPath.landingRank("readme-old.md"));
        assertEquals(-1, ContentPath.landingRank("index.html"));
    }

    @Test
    void namesAreMadeReadable() {
        assertEquals("Getting started", ContentPath.humanise("getting-started.md"));
        assertEquals("Getting started", ContentPath.humanise("02-getting_started.md"));
        assertEquals("Api reference", ContentPath.humanise("api  reference.md"));
    }
}
