package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A guide of 120 questions and no sections: each question page's sidebar lists 50 around it, and links on for the rest. */
class NavWindowTest {
    private static final RenderedSite SITE = new RenderedSite(new Site("Many", "", "", List.of(guide())));

    private static Guide guide() {
        List<Question> qs = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            qs.add(new Question("q" + i, "Question " + i + "?", List.of(new Markdown("Answer " + i + ".", SourcePos.of("m.md", 2 * i + 1))),
                    Meta.NONE, SourcePos.of("m.md", 2 * i)));
        }
        return new Guide("many", "Many", "", "plaintext", List.of(new Section("", "", List.of(), qs, SourcePos.of("m.md", 1))),
                SourcePos.of("m.md", 1));
    }

    private static List<Element> sidebarQuestions(Document page) {
        return page.select(".sidebar a[href]").stream().filter(a -> a.text().startsWith("Question ")).toList();
    }

    @Test
    void aLongListShowsFiftyQuestionsAroundTheCurrentOneAndLinksToTheRest() {
        Document page = SITE.html("many/q60/index.html");
        List<Element> listed = sidebarQuestions(page);
        assertEquals(NavTree.WINDOW, listed.size());
        assertEquals("Question 35?", listed.get(0).text());
        assertEquals("Question 60?", page.selectFirst(".sidebar [aria-current=page]").text());
        List<String> more = page.select(".sidebar a").eachText().stream().filter(t -> t.startsWith("\u2026")).toList();
        assertEquals(List.of("\u2026 34 earlier questions", "\u2026 36 more questions"), more);
    }

    @Test
    void theWindowStopsAtTheEndsOfTheList() {
        List<Element> first = sidebarQuestions(SITE.html("many/q1/index.html"));
        assertEquals("Question 1?", first.get(0).text());
        assertEquals(NavTree.WINDOW, first.size());
        List<Element> last = sidebarQuestions(SITE.html("many/q120/index.html"));
        assertEquals("Question 120?", last.get(last.size() - 1).text());
        assertEquals(NavTree.WINDOW, last.size());
        assertTrue(SITE.html("many/q120/index.html").select(".sidebar a").eachText().contains("\u2026 70 earlier questions"));
    }

    @Test
    void theMoreLinksLandOnTheGuidePageAtTheFirstHiddenQuestion() {
        assertEquals(List.of(), SITE.brokenLinks());
        Document page = SITE.html("many/q60/index.html");
        Element after = page.select(".sidebar a").stream().filter(a -> a.text().endsWith("more questions")).findFirst().orElseThrow();
        assertEquals("../index.html#q85", after.attr("href"));
        Element before = page.select(".sidebar a").stream().filter(a -> a.text().endsWith("earlier questions")).findFirst().orElseThrow();
        assertEquals("../index.html#q34", before.attr("href"));
    }

    @Test
    void countsAreGroupedByThousandsWhateverTheLocale() {
        assertEquals("1 question", NavTree.count(1, "question"));
        assertEquals("0 questions", NavTree.count(0, "question"));
        assertEquals("999 questions", NavTree.count(999, "question"));
        assertEquals("1,000 questions", NavTree.count(1_000, "question"));
        assertEquals("1,234,567 questions", NavTree.count(1_234_567, "question"));
    }
}
