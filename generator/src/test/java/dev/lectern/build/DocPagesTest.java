package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Guide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents without questions are pages, not guides: no question counts, no answer folding, no expand-all button, an
 * on-page contents of their h2 and h3 headings; the home page, footer, search and 404 pages speak of what the site has.
 */
class DocPagesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/pages");

    @TempDir
    Path out;

    @Test
    void aSiteOfDocPagesHasNoQuestionChrome() throws IOException {
        Pipeline.Result r = new Pipeline().build(FIXTURES.resolve("docs-only"), out.resolve("site"));
        assertTrue(r.site().guides().stream().noneMatch(Guide::isGuide), "no document has questions");
        Document page = page(r, "getting-started.md");
        assertTrue(page.select(".doc__count, [data-expand-all], details.question__answer, .question").isEmpty(), page.select("main").outerHtml());
        assertEquals(List.of("Install", "  From source", "  With a package manager", "Configure", "First sync"), toc(page));
        for (Element link : page.select(".toc__link")) {
            assertFalse(page.select("[id=" + link.attr("href").substring(1) + "]").isEmpty(), "toc target " + link.attr("href"));
        }
        Document home = html("index.html");
        assertFalse(home.select("main").text().toLowerCase().contains("question"), home.select("main").text());
        assertTrue(home.select(".guide-card__count").isEmpty());
        assertEquals("2 pages.", home.selectFirst(".home__count").ownText().strip());
        assertTrue(home.select("footer a[href*=topics]").isEmpty(), "no link to an empty topics page");
        assertFalse(Files.exists(out.resolve("site/topics/index.html")), "no topics page without questions");
        for (String p : List.of("search/index.html", "404.html")) {
            Document d = html(p);
            d.select("[hidden]").remove(); // the search filters show only the facets the results have
            String text = d.select("main").text().toLowerCase();
            assertFalse(text.contains("question") || text.contains("guide"), p + ": " + text);
        }
    }

    @Test
    void guidesAndPagesSideBySideEachShowWhatTheyHave() throws IOException {
        Pipeline.Result r = new Pipeline().build(FIXTURES.resolve("mixed"), out.resolve("site"));
        Document faq = page(r, "faq.md");
        assertEquals("3 questions", faq.selectFirst(".doc__count").ownText().strip());
        assertEquals(1, faq.select("[data-expand-all]").size());
        assertEquals(List.of("Syncing", "  Why does a sync skip some files?", "  Can two hosts edit the same note?", "Security",
                "  Does Tidewater encrypt notes at rest?"), toc(faq), "a guide's contents lists its sections with their questions");
        Document doc = page(r, "getting-started.md");
        assertTrue(doc.select(".doc__count, [data-expand-all]").isEmpty());
        Document home = html("index.html");
        assertEquals("3 questions in 1 guide, and 1 page.", home.selectFirst(".home__count").ownText().strip());
        List<String> counts = home.select(".guide-card").stream()
                .map(card -> card.select(".guide-card__count").text()).toList();
        assertEquals(2, counts.size());
        assertTrue(counts.contains("3 questions") && counts.contains(""), counts.toString());
        assertEquals(1, home.select("footer a[href$=topics/index.html]").size(), "a site with questions has topics");
    }

    @Test
    void frontMatterKindOverridesDetection() throws IOException {
        Path content = Files.createDirectories(out.resolve("content"));
        String questions = "# Notes\n\n## Part\n\n### Why?\n\nBecause.\n";
        Files.writeString(content.resolve("as-page.md"), "---\nkind: page\n---\n" + questions);
        Files.writeString(content.resolve("as-guide.md"), "---\nkind: guide\n---\n# Plain\n\n## Part\n\nText.\n");
        Files.writeString(content.resolve("odd.md"), "---\nkind: tutorial\n---\n" + questions);
        Pipeline.Result r = new Pipeline().build(content, out.resolve("site"));
        assertEquals(Guide.Kind.PAGE, kind(r, "as-page.md"));
        assertEquals(Guide.Kind.GUIDE, kind(r, "as-guide.md"));
        assertEquals(Guide.Kind.GUIDE, kind(r, "odd.md"), "an unknown kind is detected");
        assertTrue(r.diagnostics().sorted().stream().anyMatch(d -> d.format().contains("odd.md:2")
                && d.format().contains("unknown kind 'tutorial'")), r.diagnostics().sorted().toString());
        Document asPage = page(r, "as-page.md");
        assertTrue(asPage.select("main [data-expand-all], main .question, main details:not(.toc__fold)").isEmpty(), "a page's questions are headings");
        assertEquals("Because.", asPage.select("h3:contains(Why?) + p").text(), asPage.select("main").html());
    }

    private static Guide.Kind kind(Pipeline.Result r, String source) {
        return r.site().guides().stream().filter(x -> x.source().equals(source)).findFirst().orElseThrow().kind();
    }

    private Document page(Pipeline.Result r, String source) throws IOException {
        Guide g = r.site().guides().stream().filter(x -> x.source().equals(source)).findFirst().orElseThrow();
        return html(g.slug() + "/index.html");
    }

    private Document html(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve("site").resolve(path)));
    }

    /** The on-page contents as labels, each level of nesting indented by two spaces. */
    private static List<String> toc(Document page) {
        return page.select(".toc__link").stream()
                .map(a -> "  ".repeat((int) a.parents().stream().filter(p -> p.tagName().equals("li")).count() - 1) + a.text().strip()).toList();
    }
}
