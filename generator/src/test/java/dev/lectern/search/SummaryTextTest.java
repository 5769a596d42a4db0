package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Code;
import dev.lectern.model.Markdown;
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
    void anAnswerThatIsAllCodeShowsItsFirstLines() {
        List<Block> answer = List.of(new Markdown("**Answer:**", POS), new Code("python", "", "# == compares values\n\na == b\n", POS));
        assertEquals("# == compares values a == b", DocCollector.summaryText(answer));
    }

    @Test
    void aSentenceEndingWithAColonIsNotALabel() {
        List<Block> answer = List.of(new Markdown("There are three ways to copy a list:", POS));
        assertEquals("There are three ways to copy a list:", DocCollector.summaryText(answer));
    }
}
