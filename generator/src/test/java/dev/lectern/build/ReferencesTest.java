package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.testing.Paths;
import dev.lectern.testing.SiteWalker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A docs tree of its own (fixtures/refs: images in img/ and ./img/, nested folders with ../ links, a PDF download,
 * .md/.mdx cross links with anchors, a question's anchor, broken references) plus a long guide that splits, built
 * through the real pipeline; then the built site is walked as a browser would follow it.
 */
class ReferencesTest {
    @TempDir
    static Path dir;
    static Path content;
    static Path site;
    static Pipeline.Result result;

    @BeforeAll
    static void build() throws IOException {
        content = dir.resolve("content");
        Path fixture = Paths.fixtures().resolve("refs");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = content.resolve(fixture.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        Files.writeString(content.resolve("long.md"), longGuide());
        site = dir.resolve("site");
        result = new Pipeline().build(content, site);
    }

    /** 60 sections of prose, each with an image and a heading, too heavy for one page; the first links to a late heading. */
    static String longGuide() {
        StringBuilder sb = new StringBuilder("# Long reference\n\nEverything about widgets, topic by topic.\n\n"
                + "Jump to [the details of topic 50](#details-of-topic-50).\n\n");
        String prose = "Widgets compose: each part does one thing, and parts plug into each other by their ports. ".repeat(80);
        for (int i = 1; i <= 60; i++) {
            sb.append("## Topic ").append(i).append("\n\n").append(prose).append("\n\n![Chart ").append(i).append("](img/diagram.png)\n\n")
                    .append("### Details of topic ").append(i).append("\n\n").append(prose).append("\n\nSee [the widget question](faq.md#what-is-a-widget).\n\n");
        }
        return sb.toString();
    }

    private static Document page(String relative) throws IOException {
        return Jsoup.parse(site.resolve(relative).toFile(), "UTF-8");
    }

    /**
     * The page (relative to the output) whose main heading is {@code h1}: tests name pages by title, not by URL. The
     * README's title is the site's too: its own page, where the home page is not made from it.
     */
    private static String titled(String h1) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String rel = site.relativize(p).toString().replace('\\', '/');
                if (page(rel).select("main h1").text().equals(h1)) found.add(rel);
            }
        }
        if (found.size() > 1) found.remove("index.html");
        if (found.size() != 1) throw new AssertionError("pages titled " + h1 + ": " + found);
        return found.get(0);
    }

    /** Where the {@code attr} of the first element matching {@code css} on {@code from} leads ("img/logo.png", "g/index.html#x"). */
    private static String target(String from, String css, String attr) throws IOException {
        String url = page(from).select("main " + css).attr(attr);
        assertFalse(url.isEmpty(), css + " on " + from);
        return SiteWalker.target(site, from, url);
    }

    /** The page of the long guide that shows an image or heading with this text. */
    private static String holding(String text) throws IOException {
        for (int n = 1; ; n++) {
            String p = n == 1 ? "long/index.html" : "long/page-" + n + "/index.html";
            if (!Files.exists(site.resolve(p))) break;
            if (!page(p).select("main img[alt=" + text + "], main h3:containsOwn(" + text + ")").isEmpty()) return p;
        }
        throw new AssertionError("no page of the long guide shows " + text);
    }

    private static String warnings() {
        return String.join("\n", result.diagnostics().sorted().stream().filter(d -> d.severity() == Severity.WARNING)
                .map(Diagnostic::format).toList());
    }

    @Test
    void everyImageLinkAndAnchorOfTheBuiltSiteResolvesSaveTheBrokenPageOnes() throws IOException {
        String broken = titled("Broken references");
        String dir = broken.substring(0, broken.length() - "index.html".length());
        String faq = titled("Widget FAQ");
        List<String> walked = SiteWalker.brokenReferences(site);
        assertEquals(List.of(
                broken + ": ../../outside.png (leaves the site)",
                broken + ": IMG/logo.png (no file " + dir + "IMG/logo.png)",
                broken + ": img/also-missing.png (no file " + dir + "img/also-missing.png)",
                broken + ": img/missing.png (no file " + dir + "img/missing.png)",
                broken + ": nowhere.md (no file " + dir + "nowhere.md)",
                broken + ": #no-such-heading (no id 'no-such-heading' on " + broken + ")",
                broken + ": " + page(broken).select("main a:contains(missing anchor)").attr("href") + " (no id 'no-such-question' on " + faq + ")")
                .stream().sorted().toList(), walked);
    }

    @Test
    void everyFileOfTheContentFolderIsPublishedAtItsPathByteForByte() throws IOException {
        for (String f : List.of("img/logo.png", "img/logo.svg", "img/diagram.png", "guide/img/screen.png", "guide/media/demo.mp4",
                "downloads/cheat sheet.pdf")) {
            assertArrayEquals(Files.readAllBytes(content.resolve(f)), Files.readAllBytes(site.resolve(f)), f);
        }
        assertFalse(Files.exists(site.resolve("lectern.yml")), "the site's config is not published");
        assertTrue(Files.readString(site.resolve(titled("Widget FAQ"))).contains("What is a widget?"), "the FAQ's page keeps its place");
        assertTrue(warnings().contains("content/faq/index.html: warning: is not published: its path is the site's own file faq/index.html"),
                warnings());
    }

    @Test
    void imagesAreRewrittenForThePageThatShowsThemQuestionPagesAndLaterPagesIncluded() throws IOException {
        assertEquals("img/logo.png", target(titled("Widget Docs"), "img[alt=Widget Docs logo]", "src"));
        assertEquals("img/logo.svg", target(titled("Widget Docs"), "img[alt=Widget Docs logo (SVG)]", "src"));
        String question = titled("What is a widget?");
        assertEquals(3, question.split("/").length, "a question page is one folder deeper than its guide: " + question);
        assertEquals("img/widget.png", target(question, "img[alt=A widget]", "src"));
        assertEquals("img/widget.png", target(titled("Widget FAQ"), "img[alt=A widget]", "src"));
        String last = holding("Chart 60");
        assertTrue(last.startsWith("long/page-"), "the long guide is split: " + last);
        assertEquals("img/diagram.png", target(last, "img[alt=Chart 60]", "src"));
        String start = titled("Getting started");
        assertEquals("guide/img/screen.png", target(start, "img[alt=The installer]", "src"));
        assertEquals("guide/img/screen-dark.png", target(start, "source", "srcset"));
        assertEquals("guide/img/poster.png", target(start, "video", "poster"));
        assertEquals("guide/media/demo.mp4", target(start, "video", "src"));
        assertEquals("downloads/cheat sheet.pdf", target(start, "a:contains(cheat sheet)", "href"));
        assertEquals("img/diagram.png", target(titled("Tuning"), "img[alt=Throughput chart]", "src"));
        // "/img/logo.png": the content folder's root, written as a relative link so the site works under any base path
        String guide = titled("The guide");
        assertFalse(page(guide).select("main img[alt^=The logo]").attr("src").startsWith("/"));
        assertEquals("img/logo.png", target(guide, "img[alt^=The logo]", "src"));
    }

    @Test
    void linksToDocumentsGoToTheirPagesAndToThePageThatHoldsTheAnchor() throws IOException {
        String home = titled("Widget Docs");
        assertEquals(titled("Getting started") + "#installing", target(home, "a:contains(Getting started)", "href"));
        assertEquals(titled("The guide"), target(home, "a:contains(overview)", "href"));
        assertEquals(titled("The guide"), target(home, "a:contains(index page)", "href"));
        assertEquals(titled("Tuning") + "#cache-size", target(home, "a:contains(Cache size)", "href"));
        assertEquals(home, target(titled("The guide"), "a:contains(docs home)", "href"));
        assertEquals(titled("Getting started") + "#installing", target(titled("Tuning"), "a:contains(Installing)", "href"));
        // a question's anchor: its own page
        assertEquals(titled("What is a widget?"), target(home, "a:contains(What is a widget?)", "href"));
        // a heading on the second page of a long guide, from another document and from the guide's own first page
        assertEquals(holding("Details of topic 38") + "#details-of-topic-38", target(home, "a:contains(Topic 38)", "href"));
        assertEquals(holding("Details of topic 50") + "#details-of-topic-50", target("long/index.html", "a:contains(the details of topic 50)", "href"));
        assertTrue(holding("Details of topic 50").startsWith("long/page-"), "a later page");
        assertEquals("https://example.org/widgets", page(home).select("main a:contains(project site)").attr("href"));
        assertEquals("mailto:team@example.org", page(home).select("main a:contains(mail us)").attr("href"));
        assertEquals("#", page(home).select("main a:contains(back to the top)").attr("href"), "the document's own title: the top of its page");
        // from a question's own page, one folder deeper
        assertEquals(titled("Getting started") + "#installing", target(titled("What is a widget?"), "a:contains(Getting started)", "href"));
        assertEquals(titled("Tuning") + "#cache-size", target(titled("How do I tune a widget?"), "a:contains(Cache size)", "href"));
    }

    @Test
    void aReferenceThatResolvesNowhereIsAWarningAtItsLineAndTheSiteStillBuilds() {
        String w = warnings();
        for (String expected : List.of(
                "content/broken.md:5: warning: 'img/missing.png' refers to img/missing.png, which is not in the content folder",
                "content/broken.md:7: warning: 'nowhere.md' refers to nowhere.md, which is not in the content folder",
                "content/broken.md:7: warning: 'faq.md#no-such-question': faq.md has no heading, section or question with the id 'no-such-question'",
                "content/broken.md:9: warning: '../../outside.png' leads out of the content folder",
                "content/broken.md:9: warning: 'IMG/logo.png' refers to IMG/logo.png, which is not in the content folder",
                "content/broken.md:11: warning: 'img/also-missing.png' refers to img/also-missing.png",
                "content/broken.md:13: warning: '#no-such-heading': broken.md has no heading, section or question with the id 'no-such-heading'")) {
            assertTrue(w.contains(expected), expected + "\n in \n" + w);
        }
        assertTrue(w.contains("did you mean 'img/logo.png'? Case matters on a web server"), w);
        assertEquals(8, result.diagnostics().count(Severity.WARNING), w);
        assertEquals(7, result.site().guides().size(), "every document is published");
    }

    @Test
    void llmsFullTextLinksLeadWhereTheSitePublishesWhatTheyReferTo() throws IOException {
        // llms-full.txt sits at the site's root and holds every document: a link read from its source file's folder
        // must be rewritten to the page or the copy the site has, from the root; the rest stays as written
        String full = Files.readString(site.resolve("llms-full.txt"));
        for (String expected : List.of("![Widget Docs logo](img/logo.png)", "[Getting started](guide/getting-started/#installing)",
                "[the guide's overview](guide/)", "[its index page](guide/)", "[cheat sheet](downloads/cheat%20sheet.pdf)",
                "[the project site](https://example.org/widgets)", "[mail us](mailto:team@example.org)",
                "[the docs home](./)", "![How the parts fit](img/diagram.png)", "[FAQ](faq/)",
                "![The installer](guide/img/screen.png \"The installer\")", "[Tuning](guide/advanced/tuning/#cache-size)",
                "[out of the content folder](../../outside.png)")) {
            assertTrue(full.contains(expected), expected + "\n in \n" + full);
        }
        // a question's anchor leads to the question's own page
        assertTrue(full.matches("(?s).*\\[What is a widget\\?]\\(faq/what-is-a-widget/\\).*"), full);
        assertFalse(full.contains("](guide/getting-started.md") || full.contains("](guide/advanced/tuning.mdx") || full.contains("/index.html)"), full);
        assertTrue(full.contains("[missing document](nowhere.md)"), "what resolves nowhere stays as written");
    }
}
