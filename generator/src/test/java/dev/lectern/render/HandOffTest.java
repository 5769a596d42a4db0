package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Markdown;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a guide page makes of an answer goes to its own page once, and nothing is kept that no page takes. */
class HandOffTest {
    private static final Parser PARSER = Parser.builder().build();
    private final Markdown block = new Markdown("Some *answer*.", SourcePos.of("guide.md", 3));

    @Test
    void theGuidePageKeepsAndTheQuestionPageTakesOnce() {
        HandOff<Markdown, Document> parses = new HandOff<>();
        Document doc = PARSER.parse(block.text());
        parses.keep(block, doc);
        assertSame(doc, parses.take(block));
        assertNull(parses.take(block), "taken once: a second page would render a tree another thread may be rendering");
    }

    @Test
    void aQuestionPageFirstMeansTheGuideKeepsNothing() {
        HandOff<Markdown, Document> parses = new HandOff<>();
        assertNull(parses.take(block));
        parses.keep(block, PARSER.parse(block.text()));
        assertNull(parses.take(block));
    }

    @Test
    void equalBlocksAreStillTwoBlocks() {
        HandOff<Markdown, Document> parses = new HandOff<>();
        Markdown twin = new Markdown(block.text(), block.pos());
        parses.keep(block, PARSER.parse(block.text()));
        assertNull(parses.take(twin));
    }

    @Test
    void anAnswerRendersTheSameFromAKeptTreeAsFromItsText() {
        MarkdownEngine md = new MarkdownEngine(CodeHighlighter.PLAIN);
        BlockRenderer blocks = new BlockRenderer(md, CodeHighlighter.PLAIN);
        List<dev.lectern.model.Block> answer = List.of(new Markdown("## Detail\n\nA [link](#detail) and `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
                SourcePos.of("guide.md", 10)));
        HandOff<Markdown, Document> parses = new HandOff<>();
        String guide = blocks.render(answer, 4, PageScope.quiet(), PageLinks.NONE, DocDefinitions.NONE, parses, true);
        String fresh = blocks.render(answer, 2, PageScope.quiet(), PageLinks.NONE, DocDefinitions.NONE);
        String reused = blocks.render(answer, 2, PageScope.quiet(), PageLinks.NONE, DocDefinitions.NONE, parses, false);
        assertEquals(fresh, reused);
        assertEquals(guide.replace("<h4", "<h2").replace("</h4>", "</h2>"), reused, "only the heading level differs");
    }
}
