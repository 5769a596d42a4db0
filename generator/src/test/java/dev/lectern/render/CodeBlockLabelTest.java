package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.render.highlight.Highlighter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A fence in a language we do not colour (Mermaid, say) is still code with its label, its text exactly. */
class CodeBlockLabelTest {
    @Test
    void aMermaidFenceIsCodeLabelledMermaid() {
        String code = "graph TD\n  A[Start] --> B{Ok?}\n  B -->|yes| C\n";
        Document d = Jsoup.parse(CodeBlocks.html(Highlighter.shared(), "mermaid", code));
        assertEquals("mermaid", d.selectFirst(".code-block__lang").text());
        assertEquals(code, d.selectFirst("pre > code.language-mermaid").wholeText());
        assertEquals(0, d.select("code span").size());
    }
}
