package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The published stylesheet loses its comments and nothing else. */
class CssCommentsTest {
    @Test
    void commentsGoAndTheRulesStay() {
        assertEquals("a { color: red; }\nb { margin: 0; }\n",
                CssComments.strip("/* The links. */\na { color: red; } /* why */\n/* A long\n   comment. */\nb { margin: 0; }\n"));
    }

    @Test
    void aCommentBetweenTwoTokensLeavesASpace() {
        assertEquals("a b{}", CssComments.strip("a/**/b{}"));
        assertEquals("a{margin:0 1px}", CssComments.strip("a{margin:0/* x */ 1px}"));
    }

    @Test
    void commentOpenersInStringsAndUrlsAreText() {
        String css = "a::before { content: \"/* not a comment */\"; }\nb { background: url(img/*.png); }\n"
                + "c { content: '\\'/*'; }\n";
        assertEquals(css, CssComments.strip(css));
    }

    @Test
    void anUnclosedCommentEndsTheSheet() {
        assertEquals("a{}\n", CssComments.strip("a{}\n/* unclosed"));
    }
}
