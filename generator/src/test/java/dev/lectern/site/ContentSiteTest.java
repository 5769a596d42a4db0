package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Guide;
import dev.lectern.testing.BuiltSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The five guides in {@code content/}, built end to end: question counts, and no dialect syntax or mojibake on any page. */
class ContentSiteTest {
    private final BuiltSite site = BuiltSite.content();

    @Test
    void everyGuideHasTheQuestionsItsSourceAsks() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Guide g : site.result.site().guides()) counts.put(g.slug(), g.questionCount());
        assertEquals(Map.of("data-engineering-python", 21, "python-interview-questions", 90, "stark-python-questions", 495,
                "python-interview-pdf", 50, "python-fundamentals", 46), counts);
    }

    @Test
    void everyLinkImageAndAnchorOfEveryPageResolvesInTheBuiltSite() {
        assertEquals(List.of(), dev.lectern.testing.SiteWalker.brokenReferences(site.output));
    }

    @Test
    void guidesAreReadInTheirOwnDialects() {
        Map<String, String> dialects = new TreeMap<>();
        for (Guide g : site.result.site().guides()) dialects.put(g.slug(), g.dialect());
        assertEquals(Map.of("data-engineering-python", "github", "python-interview-questions", "mkdocs",
                "stark-python-questions", "plaintext", "python-interview-pdf", "pdf", "python-fundamentals", "mintlify"), dialects);
    }

    @Test
    void noPageTextOutsideCodeShowsDialectSyntaxOrMojibake() {
        List<String> forbidden = List.of("???", "!!!", ":::", "[!NOTE]", "<Accordion", "</Accordion", "theme={null}",
                "â€", "â”", "Ã", "ðŸ", "üê", "\uF8FF", "\uFFFD");
        List<String> found = new ArrayList<>();
        for (Path p : site.pages()) {
            Document doc = site.page(site.output.relativize(p).toString());
            doc.select("pre, code").remove();
            String text = doc.body().text();
            for (String f : forbidden) {
                int at = text.indexOf(f);
                if (at >= 0) found.add(site.output.relativize(p) + ": '" + f + "' in …" + text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)) + "…");
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found.subList(0, Math.min(found.size(), 30))));
    }

    @Test
    void noPageAnywhereShowsMojibakeEvenInCode() {
        List<String> found = new ArrayList<>();
        for (Path p : site.pages()) {
            String html = site.read(site.output.relativize(p).toString());
            for (String f : List.of("â€", "â”", "ðŸ", "üê", "\uF8FF")) {
                if (html.contains(f)) found.add(site.output.relativize(p) + ": " + f);
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void everyQuestionHasItsOwnPage() {
        int questions = site.result.site().questionCount();
        long questionPages = site.pages().stream().map(site.output::relativize)
                .filter(p -> p.getNameCount() == 3 && !p.getName(1).toString().matches("page-[0-9]+")).count();
        assertEquals(questions, questionPages);
    }
}
