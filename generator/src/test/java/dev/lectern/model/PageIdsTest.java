package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one heading-id rule (GitHub's), and the theme's ids taken before any content claims one. */
class PageIdsTest {
    @Test
    void anIdIsTheLowerCaseTextWithoutPunctuationAndWithDashes() {
        assertEquals("common-use-cases", PageIds.headingId("Common Use Cases:"));
        assertEquals("when-to-override-__new__", PageIds.headingId("When to Override __new__:"));
        assertEquals("class-methods-classmethod", PageIds.headingId("Class Methods (@classmethod):"));
        assertEquals("-core-concepts", PageIds.headingId("🎯 Core Concepts"));
        assertEquals("heading", PageIds.headingId("🎯"));
    }

    @Test
    void theThemesIdsAreNeverGivenToContent() {
        PageIds ids = new PageIds();
        for (String id : Reserved.THEME_IDS) assertEquals("user-content-" + id, ids.claim(id));
        assertEquals("user-content-lectern-main-1", ids.heading("Lectern Main"));
        assertEquals("x", ids.claim("x"));
        assertEquals("x-1", ids.claim("x"));
    }
}
