package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** llms.txt maps the site in Markdown; llms-full.txt holds every document as canonical Markdown. */
class LlmsTextTest {
    private static final RenderedSite SITE = new RenderedSite(FixtureSite.site());

    @Test
    void theMapHasTheTitleTheDescriptionAndALinkPerDocument() {
        List<String> lines = SITE.text("llms.txt").lines().toList();
        assertEquals("# Lectern Fixture", lines.get(0));
        assertEquals("> Questions for \"testing\" the renderer.", lines.get(2));
        assertTrue(lines.contains("- [Python Questions](https://example.org/docs/python/): Core Python interview questions."), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("- [SQL Questions](https://example.org/docs/sql/)")), lines.toString());
        assertTrue(lines.contains("The whole site as one Markdown file: [llms-full.txt](https://example.org/docs/llms-full.txt)"), lines.toString());
    }

    @Test
    void theFullTextIsCanonicalMarkdownWhateverTheDialect() {
        String full = SITE.text("llms-full.txt");
        assertTrue(full.startsWith("# Python Questions\n\nAddress: https://example.org/docs/python/\n\n"), full);
        assertTrue(full.contains("### What is the GIL?\n\nDifficulty: medium. Tags: concurrency, cpython. Asked at: Google.\n\n"), full);
        // an author's H2 inside an answer sits below the question's heading
        assertTrue(full.contains("\n#### Why it exists\n"), full);
        // a callout is a quote with its title; tabs are labelled parts; code is fenced as it is
        assertTrue(full.contains("> **Remember the *order***\n>\n> Positional first"), full);
        assertTrue(full.contains("**Python 3**\n\n```python\ndef f(*args, **kwargs):\n    return args, kwargs\n```"), full);
        assertTrue(full.contains("*threads.py*\n\n```python\nimport threading\nprint(\"<tag> & 'quote'\")\n```"), full);
        assertTrue(full.contains("\n---\n\n# SQL Questions\n"), full);
    }
}
