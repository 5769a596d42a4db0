package dev.lectern.source.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CalloutKind;
import dev.lectern.model.Code;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockScannerTest {
    private final List<Diagnostic> diags = new ArrayList<>();

    private List<Block> scan(String text) {
        return new BlockScanner("t.md", diags).scan(Line.split(text, 1));
    }

    @Test
    void commentsInsideCodeAreNeverHeadingsOrContainers() {
        List<Block> blocks = scan("```python\n# not a heading\n!!! note\n<Note>\n```\n");
        assertEquals(1, blocks.size());
        assertEquals("# not a heading\n!!! note\n<Note>", ((Code) blocks.get(0)).code());
    }

    @Test
    void anAdmonitionFenceKeepsLinesThatAuthorsLeftAtColumnZero() {
        List<Block> blocks = scan("??? success \"View Answer\"\n\n    ```python\n    s = \"\"\"\nimport sys\n    \"\"\"\n    ```\n\n    After.\n\nOutside.\n");
        Callout c = (Callout) blocks.get(0);
        assertEquals(2, c.body().size());
        assertEquals("s = \"\"\"\nimport sys\n\"\"\"", ((Code) c.body().get(0)).code());
        assertEquals("Outside.", ((Markdown) blocks.get(1)).text());
    }

    @Test
    void githubAlertKindsMapToCanonicalCallouts() {
        assertEquals(CalloutKind.DANGER, ((Callout) scan("> [!CAUTION]\n> Hot.\n").get(0)).kind());
        assertEquals(CalloutKind.IMPORTANT, ((Callout) scan("> [!important]\n> Read.\n").get(0)).kind());
        assertInstanceOf(Markdown.class, scan("> [!TODO]\n> Not an alert.\n").get(0));
    }

    @Test
    void mdxChildrenAreDedentedSoTheirTablesAndFencesParse() {
        List<Block> blocks = scan("<Accordion title=\"Q?\">\n    | a | b |\n    |---|---|\n    | 1 | 2 |\n\n    ```python\n    x = 1\n    ```\n</Accordion>\n");
        Callout c = (Callout) blocks.get(0);
        assertEquals("Q?", c.title());
        assertEquals(Callout.Collapse.CLOSED, c.collapse());
        assertTrue(((Markdown) c.body().get(0)).text().startsWith("| a | b |"));
        assertEquals("x = 1", ((Code) c.body().get(1)).code());
    }

    @Test
    void nestedSameNameComponentsCloseAtTheirOwnTag() {
        List<Block> blocks = scan("<Note>\nouter\n<Note>\ninner\n</Note>\nafter inner\n</Note>\ntail\n");
        Callout outer = (Callout) blocks.get(0);
        assertEquals(3, outer.body().size());
        assertEquals("tail", ((Markdown) blocks.get(1)).text());
    }

    @Test
    void markdownNestedHundredsDeepBecomesPlainTextWithAWarning() {
        List<Block> blocks = scan(">".repeat(500) + " deep\n");
        assertInstanceOf(Code.class, blocks.get(0));
        assertTrue(diags.stream().anyMatch(d -> d.message().contains("nested 500 levels")), diags.toString());
    }

    @Test
    void orderedListMarkersStackedOnOneLineCountAsNesting() {
        List<Block> blocks = scan("1. ".repeat(500) + "deep\n");
        assertInstanceOf(Code.class, blocks.get(0));
        assertTrue(diags.stream().anyMatch(d -> d.message().contains("nested 500 levels")), diags.toString());
        diags.clear();
        assertInstanceOf(Code.class, scan("- 1) * 2. + ".repeat(100) + "mixed\n").get(0));
    }

    @Test
    void aParagraphOfThousandsOfInlineElementsBecomesPlainTextWithAWarning() {
        assertInstanceOf(Code.class, scan("Spans: " + "<span>".repeat(100_000) + "\n").get(0));
        assertInstanceOf(Code.class, scan("`a` ".repeat(5_000) + "\n").get(0));
        assertTrue(diags.stream().anyMatch(d -> d.message().contains("10,000 inline elements")), diags.toString());
    }

    @Test
    void longTablesListsAndFencedCodeKeepTheirInlineElements() {
        assertInstanceOf(Markdown.class, scan("| a | b |\n|---|---|\n" + "| [x](y) `z` | <b>w</b> |\n".repeat(2_000)).get(0));
        assertInstanceOf(Markdown.class, scan("- `a` and [b](c)\n".repeat(2_000)).get(0));
        assertInstanceOf(Markdown.class, scan("- item\n\n  ```\n" + "<span>`x`\n".repeat(2_000) + "  ```\n").get(0));
        assertTrue(diags.stream().noneMatch(d -> d.message().contains("inline elements")), diags.toString());
    }

    @Test
    void aTableOfThousandsOfRowsIsCutIntoTablesUnderCopiesOfItsHeaderKeepingEachRowsLine() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 600; i++) rows.append("| k").append(i).append(" | v |\n");
        List<Block> blocks = scan("Before.\n| key | value |\n|:--|--:|\n" + rows + "After.\n");
        assertEquals(3, blocks.size());
        Markdown second = (Markdown) blocks.get(1);
        assertTrue(second.text().startsWith("| key | value |\n|:--|--:|\n| k250 | v |\n"), second.text().substring(0, 60));
        assertEquals(252, second.pos().line(), "row k250 is line 254; the header copy borrows the two lines before it");
        assertTrue(((Markdown) blocks.get(0)).text().startsWith("Before.\n| key | value |"));
        assertTrue(((Markdown) blocks.get(2)).text().endsWith("| k599 | v |\nAfter."));
        assertTrue(diags.stream().anyMatch(d -> d.message().contains("cut into 3 tables of 250 rows") && d.pos().line() == 252),
                diags.toString());
        diags.clear();
        assertEquals(1, scan("| a |\n|---|\n" + "| x |\n".repeat(250)).size());
        assertTrue(diags.isEmpty(), diags.toString());
    }

    @Test
    void aNumberedSentenceIsNotNesting() {
        assertInstanceOf(Markdown.class, scan("1. In 2024. 3. things happened\n").get(0));
    }

    /** Each unclosed opener once rescanned the rest of the file: 40,000 took a minute. The bound catches a hang. */
    @Test
    @org.junit.jupiter.api.Timeout(30)
    void thousandsOfUnclosedTagsAndFencesAreReadInLinearTime() {
        List<Block> notes = scan("<Note>\nnote\n".repeat(20_000) + "</Note>\n");
        assertEquals(20_000, notes.size());
        assertTrue(diags.stream().anyMatch(d -> d.message().contains("<Note> is never closed")), diags.toString());
        // an opener with an info string closes nothing, so each fence stays open: 10,000 admonitions and the last fence
        List<Block> admonitions = scan("!!! note\n    ~~~python\n    fenced\n".repeat(10_000) + "```\n");
        assertEquals(10_001, admonitions.size());
        assertTrue(diags.stream().anyMatch(d -> d.message().contains("code fence is never closed")), diags.toString());
    }

    @Test
    void containersNestedTooDeepStopBeingContainersWithAWarning() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) sb.append("<Note>\n");
        sb.append("x\n");
        for (int i = 0; i < 40; i++) sb.append("</Note>\n");
        List<Block> blocks = scan(sb.toString());
        assertEquals(1, blocks.size());
        assertTrue(diags.stream().anyMatch(d -> d.message().contains("nested more than")), diags.toString());
    }

    @Test
    void atxHeadingsLoseTheirClosingHashes() {
        Heading h = (Heading) scan("## Title ##\n").get(0);
        assertEquals(2, h.level());
        assertEquals("Title", h.text());
        assertEquals("C#", ((Heading) scan("### C#\n").get(0)).text());
    }
}
