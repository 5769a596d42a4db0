package dev.lectern.source.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence the PDF split at a page break is one paragraph again; nothing else is joined. */
class PageBreaksTest {
    private static String join(String text, List<Diagnostic> notes) {
        StringBuilder sb = new StringBuilder();
        for (Line l : PageBreaks.join(Line.split(text, 1), "notes.md", notes)) sb.append(l.text()).append('\n');
        return sb.toString();
    }

    @Test
    void aSentenceSplitAtAPageBreakIsJoinedWithANoteAtItsLine() {
        List<Diagnostic> notes = new ArrayList<>();
        String text = "Intro.\n\nWe shipped the billing service with a small team and a\n\n\nvery short deadline, on time.\n\nNext part.\n";
        assertEquals("Intro.\n\nWe shipped the billing service with a small team and a\nvery short deadline, on time.\n\nNext part.\n",
                join(text, notes));
        assertEquals(1, notes.size());
        assertEquals(dev.lectern.diag.Severity.NOTE, notes.get(0).severity());
        assertEquals(6, notes.get(0).pos().line());
        assertTrue(notes.get(0).message().contains("joined 1 paragraph"), notes.get(0).message());
    }

    @Test
    void finishedSentencesStructureAndCodeStayApart() {
        List<Diagnostic> notes = new ArrayList<>();
        String text = String.join("\n",
                "A finished sentence.", "", "lower case after a full stop stays a paragraph of its own.", "",
                "# A heading", "", "text after a heading", "",
                "| a | b |", "", "text after a table", "",
                "```", "code without end", "", "more code", "```", "",
                "    indented code line", "", "text after indented code", "",
                "A label:", "", "then a lower-case paragraph", "") + "\n";
        assertEquals(text, join(text, notes));
        assertEquals(List.of(), notes);
    }

    @Test
    void manyJoinsGiveOneNoteWithTheCount() {
        List<Diagnostic> notes = new ArrayList<>();
        join("One half of it\n\nand the other.\n\nTwo halves,\n\nthen the end.\n", notes);
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).message().contains("joined 2 paragraphs"), notes.get(0).message());
        assertEquals(3, notes.get(0).pos().line());
    }
}
