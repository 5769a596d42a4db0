package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MagicCommentsTest {
    @Test
    void nextLineAndRangesMarkLinesAndLeaveTheCode() {
        MagicComments.Result r = MagicComments.apply("a()\n// highlight-next-line\nb()\n  # highlight-start\nc()\nd()\n<!-- highlight-end -->\ne()");
        assertEquals("a()\nb()\nc()\nd()\ne()", r.code());
        assertEquals(Set.of(2, 3, 4), r.marked());
    }

    @Test
    void jsxAndBlockCommentFormsCountToo() {
        MagicComments.Result r = MagicComments.apply("{/* highlight-next-line */}\n<App />\n/* highlight-next-line */\nx;");
        assertEquals("<App />\nx;", r.code());
        assertEquals(Set.of(1, 2), r.marked());
    }

    @Test
    void aCommentThatOnlyMentionsTheWordsStays() {
        String code = "// see highlight-next-line in the docs\nx = 1";
        assertEquals(code, MagicComments.apply(code).code());
        assertEquals(Set.of(), MagicComments.apply(code).marked());
    }

    @Test
    void anUnclosedStartMarksToTheEnd() {
        assertEquals(Set.of(2, 3), MagicComments.apply("a\n// highlight-start\nb\nc").marked());
    }

    @Test
    void aFencedCodeCarriesBothTheInfoLinesAndTheMagicOnes() {
        Code c = Code.fenced(FenceInfo.parse("js {1}"), "one\n// highlight-next-line\ntwo", dev.lectern.diag.SourcePos.of("x.md", 1));
        assertEquals("one\ntwo", c.code());
        assertEquals(Set.of(1, 2), c.marked());
    }
}
