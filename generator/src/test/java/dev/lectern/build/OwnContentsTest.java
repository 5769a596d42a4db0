package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide's own table of contents (a section of nothing but links to the guide's own sections and questions, as
 * READMEs have) is folded into the theme's contents with a note; a list that holds anything more is kept as written.
 */
class OwnContentsTest {
    private static final String GUIDE = """
            # Kitchen Handbook

            Answers for new cooks.

            ## %s

            %s

            ---

            ## Knives

            ### How do I hone a knife?

            Draw it along the steel at a twenty degree angle.

            ## Ovens

            ### Why preheat an oven?

            So the first minutes bake like the rest.
            """;
    private static final String OWN_LINKS = """
            - [Knives](#knives)
              - [How do I hone a knife?](#how-do-i-hone-a-knife)
            - [Ovens](#ovens)
              1. [Why preheat an oven?](#why-preheat-an-oven)""";

    @TempDir
    Path dir;

    private Pipeline.Result build(String heading, String list) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("kitchen.md"), GUIDE.formatted(heading, list));
        Files.writeString(content.resolve("about.md"), "# About\n\nA second page, so the guide is not the home page.\n");
        return new Pipeline().build(content, dir.resolve("site"));
    }

    private Document page() throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site/kitchen/index.html")));
    }

    private static List<Diagnostic> about(Pipeline.Result r, String words) {
        return r.diagnostics().sorted().stream().filter(d -> d.message().contains(words)).toList();
    }

    @Test
    void aSectionOfLinksToTheGuidesOwnSectionsAndQuestionsIsFoldedIntoTheContentsWithANote() throws IOException {
        // its heading's wording does not matter: its structure does
        Pipeline.Result r = build("Map of this handbook", OWN_LINKS);
        Document page = page();
        assertTrue(page.select(".doc__body h2:contains(Map of this handbook)").isEmpty(), page.select(".doc__body").html());
        assertTrue(page.select(".doc__body a[href=#knives]:not(.heading-anchor)").isEmpty(), "the list is not on the page");
        assertEquals(List.of("Knives", "How do I hone a knife?", "Ovens", "Why preheat an oven?"), page.select(".toc .toc__link").eachText());
        List<Diagnostic> notes = about(r, "own table of contents");
        assertEquals(1, notes.size(), r.diagnostics().sorted().toString());
        assertEquals(Severity.NOTE, notes.get(0).severity());
        assertTrue(notes.get(0).format().startsWith("kitchen.md:5: note: ") || notes.get(0).format().contains("kitchen.md:5: note: "), notes.get(0).format());
        assertTrue(notes.get(0).message().contains("4 links"), notes.get(0).message());
        assertEquals(0, r.diagnostics().count(Severity.WARNING) + r.diagnostics().count(Severity.ERROR), r.diagnostics().sorted().toString());
    }

    @Test
    void aListWithALinkElsewhereIsKeptAsWritten() throws IOException {
        Pipeline.Result r = build("Contents", OWN_LINKS + "\n- [The style guide](https://example.org/style)");
        Document page = page();
        assertFalse(page.select(".doc__body h2:contains(Contents)").isEmpty());
        assertFalse(page.select(".doc__body a[href=https://example.org/style]").isEmpty());
        assertEquals(List.of(), about(r, "own table of contents"));
    }

    @Test
    void aListWithProseIsKeptAsWritten() throws IOException {
        Pipeline.Result r = build("Contents", "Start with the knives.\n\n" + OWN_LINKS);
        assertTrue(page().select(".doc__body").text().contains("Start with the knives."));
        assertEquals(List.of(), about(r, "own table of contents"));
    }

    @Test
    void aListWithALinkToNoAnchorOfTheGuideIsKeptAsWritten() throws IOException {
        Pipeline.Result r = build("Contents", OWN_LINKS + "\n- [Pans](#pans)");
        assertFalse(page().select(".doc__body h2:contains(Contents)").isEmpty());
        assertEquals(List.of(), about(r, "own table of contents"));
    }
}
