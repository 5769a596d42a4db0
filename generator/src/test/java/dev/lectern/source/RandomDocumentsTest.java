package dev.lectern.source;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lectern.diag.Diagnostic;
import dev.lectern.model.Guide;
import dev.lectern.source.read.DialectReader;
import dev.lectern.source.read.Document;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Documents stitched at random from every dialect's syntax (unbalanced tags, stray fences, odd indents) never make a
 * reader throw. The seed is fixed, so a failure reproduces; the failing document is printed.
 */
class RandomDocumentsTest {
    private static final String[] PIECES = {
        "# Title", "## Section", "### Q1: Why?", "#### 2. How?", "**3. Bold question?**", "text with *args and __init__",
        "```python", "```", "~~~", "    ```", "    code", "        deeper", "??? success \"View Answer\"", "???+ note",
        "!!! tip \"T\"", "=== \"Tab\"", ":::note[Title]", ":::", "::::danger", "> [!NOTE]", "> quote", ">", "- item",
        "  - nested", "1. one", "| a | b |", "|---|---|", "| 1 | 2 |", "<details>", "<summary>Why?</summary>",
        "</details>", "<Accordion title=\"1. What?\">", "</Accordion>", "<AccordionGroup>", "</AccordionGroup>",
        "<Note>", "</Note>", "<Note>inline</Note>", "<Tabs>", "<Tab title=\"x\">", "</Tab>", "</Tabs>", "<CodeGroup>",
        "</CodeGroup>", "<Frame />", "<div align=\"center\">", "</div>", "<Accordion", "title=\"broken\">", "import X from 'y';",
        "{/* comment */}", "**Difficulty:** 🔴 Hard | **Tags:** `A` | **Asked by:** Google", "---", "", "", "",
        "Back", "Learn More", "Explore More", "What is this?", "Explain that.", "\t\ttabbed", "```python\\n    a\\n    b\\n    c\\n    d\\n    e\\n```",
    };

    @Test
    void noReaderThrowsOnRandomMixturesOfDialectSyntax() {
        Dialects dialects = new Dialects();
        Random random = new Random(20261121);
        for (int n = 0; n < 1500; n++) {
            StringBuilder sb = new StringBuilder();
            int lines = 1 + random.nextInt(60);
            for (int i = 0; i < lines; i++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                sb.append(random.nextInt(5) == 0 ? "    " : "").append(piece).append('\n');
            }
            String text = sb.toString();
            for (String name : dialects.names()) {
                DialectReader reader = dialects.byName(name);
                List<Diagnostic> diags = new ArrayList<>();
                try {
                    FrontMatter fm = FrontMatter.split(text, "r.md", diags);
                    Guide g = reader.read(new Document("r.md", "r", fm, Line.split(fm.body(), fm.bodyFirstLine()), diags));
                    assertNotNull(g);
                } catch (RuntimeException | StackOverflowError e) {
                    fail(name + " reader threw " + e + " on document #" + n + ":\n" + text, e);
                }
            }
        }
    }
}
