package dev.lectern.render.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The highlighter over every code block of the real guides: the text must come back exactly, in every grammar. */
class HighlightCorpusTest {
    private static final List<ContentCode.Snippet> BLOCKS = ContentCode.read(Paths.root().resolve("content"));
    private static final Highlighter H = Highlighter.shared();
    /** Every how manyth block each grammar takes in the test of code in the wrong grammar. */
    private static final int STEP = 3;

    @Test
    void theGuidesHaveCodeToTestWith() {
        assertTrue(BLOCKS.size() > 300, "only " + BLOCKS.size() + " code blocks found in content/");
        assertTrue(BLOCKS.stream().filter(b -> b.language().equals("python")).count() > 250);
    }

    @Test
    void everyCodeBlockKeepsItsTextExactlyInItsOwnLanguage() {
        for (ContentCode.Snippet b : BLOCKS) {
            String html = H.strict(b.language(), b.code());
            if (html != null) SpanCheck.assertFaithful(b.code(), html, b.where() + " (" + b.language() + ")");
        }
    }

    /**
     * Code in the wrong grammar is the hardest test of a grammar's robustness, and the guides have plenty of it. Each
     * grammar takes every {@value #STEP}th block, starting at its own place in the list: every grammar still meets a
     * few hundred blocks, and every block a share of the grammars (all blocks in all grammars took 7 s of CPU).
     */
    @Test
    void everyCodeBlockKeepsItsTextExactlyInEveryLanguage() {
        List<List<String>> languages = H.languages();
        for (int l = 0; l < languages.size(); l++) {
            String name = languages.get(l).get(0);
            for (int i = l % STEP; i < BLOCKS.size(); i += STEP) {
                ContentCode.Snippet b = BLOCKS.get(i);
                SpanCheck.assertFaithful(b.code(), H.strict(name, b.code()), b.where() + " as " + name);
            }
        }
    }

    @Test
    void highlightingInParallelGivesTheSameOutput() {
        List<String> sequential = BLOCKS.stream().map(b -> H.highlight(b.language(), b.code())).toList();
        List<String> parallel = BLOCKS.parallelStream().map(b -> H.highlight(b.language(), b.code())).toList();
        assertEquals(sequential, parallel);
    }
}
