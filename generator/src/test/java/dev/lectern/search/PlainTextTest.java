package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Markdown becomes the text a reader sees, with code spans verbatim. */
class PlainTextTest {
    @Test
    void emphasisGoesButUnpairedStarsStay() {
        assertEquals("What is the GIL?", PlainText.of("**What is the GIL?**"));
        assertEquals("Explain *args and **kwargs", PlainText.of("Explain *args and **kwargs"));
        assertEquals("an important point", PlainText.of("an *important* point"));
    }

    @Test
    void emphasisAroundACodeSpanGoesAndTheSpanKeepsItsStars() {
        assertEquals("Advanced: yield from and send()", PlainText.of("**Advanced: `yield from` and `send()`**"));
        assertEquals("What is *args?", PlainText.of("What is `*args`?"));
        assertEquals("When to Override __new__:", PlainText.of("When to Override `__new__`:"));
        assertEquals("a `tick` inside", PlainText.of("a `` `tick` `` inside"));
    }

    @Test
    void linksKeepTheirTextAndLoseTheirTargets() {
        assertEquals("see the docs and more", PlainText.of("see [the docs](https://docs.python.org/3/) and <https://x.org> more"));
        assertEquals("Python Docs", PlainText.of("![Python Docs](img.png)"));
    }

    @Test
    void tablesTagsAndNavigationListsLeaveOnlyWords() {
        assertEquals("a b 1 2", PlainText.of("| a | b |\n|---|:-:|\n| 1 | 2 |"));
        assertEquals("one two", PlainText.of("<details><summary>one</summary>two</details>"));
        assertEquals("", PlainText.of("- [Core Concepts](#core-concepts)\n- [Memory](#memory)"));
    }

    @Test
    void numberedTitlesKeepTheirNumbers() {
        assertEquals("1. Python Basics", PlainText.of("1. Python Basics"));
    }

    @Test
    void summariesCutAtAWord() {
        assertEquals("one two…", PlainText.summary("one two three", 10));
        assertEquals("short", PlainText.summary("short", 10));
    }
}
