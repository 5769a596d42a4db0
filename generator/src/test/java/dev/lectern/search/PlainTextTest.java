package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown becomes the text a reader sees, with code spans verbatim. */
class PlainTextTest {
    @Test
    void anAdmonitionInAListReadsAsItsTitleWithoutItsMarker() {
        assertEquals("1. Boil the water. Water temperature Just off the boil.",
                PlainText.of("1. Boil the water.\n\n    !!! tip \"Water temperature\"\n\n        Just off the boil."));
        assertEquals("keep_warm Off by default.", PlainText.of("`keep_warm`\n\n:   ???+ info\n\n        Off by default."));
        assertEquals("Say !!! loudly", PlainText.of("Say !!! loudly"));
    }

    @Test
    void mathShowsItsTexWithoutDollarsAndPricesStay() {
        assertEquals("Appending is amortized O(1), a lookup O(\\log n).", PlainText.of("Appending is amortized $O(1)$, a lookup $O(\\log n)$."));
        assertEquals("It costs $0.02 and $5 per call; US$5 too.", PlainText.of("It costs $0.02 and $5 per call; US$5 too."));
        assertEquals("E = mc^2", PlainText.of("$$E = mc^2$$"));
        assertEquals("$x$ is code, \\$x$ an escaped dollar: $x$ $x$", PlainText.of("`$x$` is code, `\\$x$` an escaped dollar: `$x$` \\$x$"));
    }

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
    void tableRulesGoWithOrWithoutOuterPipesAndAlignment() {
        assertEquals("a b 1 2", PlainText.of("a | b\n:-- | --:\n1 | 2"));
        assertEquals("x -- y", PlainText.of("x -- y"));
    }

    /** Several of these once took minutes (backtracking or rescanning); 5 s catches a return of that, not speed. */
    @ParameterizedTest
    @ValueSource(strings = {"\n", "  \n", "[", "<!--", "`x ", "*a _b **c ", "<http:", "[a](b \"", "<span ", "- ", "1. "})
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void repeatedHostileFragmentsTakeLinearTime(String fragment) {
        String text = "start " + fragment.repeat(100_000 / fragment.length()) + " end";
        String plain = PlainText.of(text);
        assertTrue(plain.startsWith("start") && plain.endsWith("end"), plain.length() > 80 ? plain.substring(0, 80) : plain);
    }

    @Test
    void summariesCutAtAWord() {
        assertEquals("one two…", PlainText.summary("one two three", 10));
        assertEquals("short", PlainText.summary("short", 10));
    }
}
