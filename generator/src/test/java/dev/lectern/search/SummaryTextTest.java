package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Code;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Reference;
import dev.lectern.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A result's snippet says something: never a bare label. */
class SummaryTextTest {
    private static final SourcePos POS = SourcePos.of("faq.md", 3);

    @Test
    void aLabelParagraphIsLeftOutAndTheProseAfterItLeads() {
        List<Block> answer = List.of(new Markdown("**Answer:**", POS), new Markdown("A set keeps *one* of each value.", POS),
                new Markdown("Example:", POS), new Code("python", "", "s = {1, 1, 2}\n", POS));
        assertEquals("A set keeps one of each value.", DocCollector.summaryText(answer));
    }

    @Test
    void aLabelRunIntoItsParagraphIsLeftOutToo() {
        assertEquals("Sets keep one of each.", DocCollector.summaryText(List.of(new Markdown("**Answer**:\nSets keep one of each.", POS))));
        assertEquals("Sets keep one of each.", DocCollector.summaryText(List.of(new Markdown("**Short answer:** Sets keep one of each.", POS))));
        assertEquals("Sets keep one of each.", DocCollector.summaryText(List.of(new Markdown("**Answer**: Sets keep one of each.", POS))));
        // bold that is not a label stays: it is the text
        assertEquals("Sets keep one of each value, always.", DocCollector.summaryText(List.of(new Markdown("**Sets** keep one of each value, always.", POS))));
        assertEquals("A long bold opening sentence here: and more.",
                DocCollector.summaryText(List.of(new Markdown("**A long bold opening sentence here:** and more.", POS))));
    }

    @Test
    void anAnswerThatIsAllCodeShowsItsFirstLines() {
        List<Block> answer = List.of(new Markdown("**Answer:**", POS), new Code("python", "", "# == compares values\n\na == b\n", POS));
        assertEquals("# == compares values a == b", DocCollector.summaryText(answer));
    }

    @Test
    void aSentenceEndingWithAColonIsNotALabel() {
        List<Block> answer = List.of(new Markdown("There are three ways to copy a list:", POS));
        assertEquals("There are three ways to copy a list:", DocCollector.summaryText(answer));
    }

    @Test
    void aTableRowShowsItsOwnCellsNotItsSectionsName() {
        Section s = new Section("quick", "Quick **Reference**", List.of(), List.of(), POS);
        Reference row = new Reference("r", "How do weak references work?", new Meta(Meta.Difficulty.HARD, List.of("Memory", "GC"),
                List.of("Initech", "Hooli")), POS);
        assertEquals("Memory, GC · Asked at Initech, Hooli", DocCollector.rowText(row, s));
        assertEquals("Quick Reference", DocCollector.rowText(new Reference("b", "What is a list?", Meta.NONE, POS), s));
    }
}
