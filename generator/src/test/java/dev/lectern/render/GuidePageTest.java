package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class GuidePageTest {
    private static final RenderedSite SITE = new RenderedSite(FixtureSite.site());
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void theGuidePageHoldsEveryWordOfTheGuide() {
        Document page = SITE.html("python/index.html");
        Set<String> onPage = new HashSet<>(words(page.text() + " " + String.join(" ", page.select("img").eachAttr("alt"))));
        // what a reader never sees as text: link and image destinations, raw HTML tags
        String source = FixtureSite.sourceText(FixtureSite.python()).replaceAll("\\]\\([^)]*\\)", "]")
                .replaceAll("</?[a-zA-Z][^>]*>", " ");
        List<String> sourceWords = words(source);
        List<String> missing = sourceWords.stream().filter(w -> !onPage.contains(w)).toList();
        double coverage = 1.0 - (double) missing.size() / sourceWords.size();
        assertTrue(coverage >= 0.995, "coverage " + coverage + ", missing " + missing);
    }

    @Test
    void answerHeadingsSitBelowThePageHeadings() {
        Document guide = SITE.html("python/index.html");
        Element gil = guide.getElementById("what-is-the-gil");
        assertEquals("h3", gil.selectFirst(".question__title").tagName());
        // the answer's "##" headings are its shallowest, so they land one below the question's h3
        assertEquals(List.of("h4", "h4"), gil.select(".question__body h1, .question__body h2, .question__body h3, .question__body h4")
                .stream().map(Element::tagName).toList());
        Document page = SITE.html("python/what-is-the-gil/index.html");
        assertEquals(List.of("Why it exists", "Consequences"), page.select(".prose h2").eachText());
        Document venv = SITE.html("python/how-do-virtual-environments-work/index.html");
        assertEquals(1, venv.select("h1").size(), "an answer's '#' heading becomes h2 on the question page");
        assertEquals("A top-level heading in an answer", venv.selectFirst(".prose h2").text());
    }

    @Test
    void headingIdsAreUniqueAcrossTheBlocksOfAPageAndStable() {
        List<String> ids = new ArrayList<>();
        for (Element e : SITE.html("python/index.html").select("[id]")) ids.add(e.id());
        assertEquals(new HashSet<>(ids).size(), ids.size(), "duplicate ids: " + ids);
        assertTrue(ids.containsAll(List.of("interpreter", "functions", "tooling", "why-it-exists", "consequences")), ids.toString());
    }

    @Test
    void rawHtmlIsKeptButAlignBecomesAClass() {
        Document guide = SITE.html("python/index.html");
        Element div = guide.selectFirst("div.align-center");
        assertEquals("Python badge", div.selectFirst("img").attr("alt"));
        assertTrue(guide.select("[align]").isEmpty());
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }
}
