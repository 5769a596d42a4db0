package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/** A guide page's contents list its questions: under their sections, or alone in a guide without sections. */
class GuideContentsTest {
    private static final RenderedSite FIXTURE = new RenderedSite(FixtureSite.site());

    /** The contents as labels, each level of nesting indented by two spaces. */
    static List<String> contents(Document page) {
        return page.select(".toc .toc__link").stream()
                .map(a -> "  ".repeat((int) a.parents().stream().filter(p -> p.tagName().equals("li")).count() - 1) + a.text()).toList();
    }

    @Test
    void aSectionedGuideListsEachSectionWithItsQuestionsUnderIt() {
        Document page = FIXTURE.html("python/index.html");
        assertEquals(List.of("The interpreter", "  What is the GIL?", "Functions and def",
                "  What are *args and **kwargs in def f(*args, **kwargs)?", "Tooling", "  How do virtual environments work?"), contents(page));
        for (Element a : page.select(".toc__link")) {
            assertNotNull(page.getElementById(a.attr("href").substring(1)), a.attr("href"));
            assertEquals(1, a.select("*").size(), "a label is text only: " + a);
        }
        assertEquals("#what-is-the-gil", page.select(".toc__link").get(1).attr("href"));
    }

    @Test
    void aGuideWithoutSectionsListsItsQuestions() {
        Document page = new RenderedSite(new Site("S", "", "", List.of(guide("flat", 3)))).html("flat/index.html");
        assertEquals(List.of("Question 1?", "Question 2?", "Question 3?"), contents(page));
        assertEquals(List.of("#question-1", "#question-2", "#question-3"), page.select(".toc__link").eachAttr("href"));
    }

    @Test
    void aShortListIsOpenAndALongOneFoldedForSmallScreensWithItsCount() {
        assertTrue(FIXTURE.html("python/index.html").selectFirst("details.toc__fold").hasAttr("open"));
        Document page = new RenderedSite(new Site("S", "", "", List.of(guide("long", 11)))).html("long/index.html");
        Element fold = page.selectFirst("details.toc__fold");
        assertFalse(fold.hasAttr("open"));
        assertEquals("On this page (11)", fold.selectFirst("summary").text());
        assertEquals(11, fold.select(".toc__link").size());
    }

    /** A guide of {@code n} questions before any heading: one untitled section. */
    private static Guide guide(String slug, int n) {
        String file = "content/" + slug + ".md";
        List<Question> qs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            qs.add(new Question("question-" + i, "Question " + i + "?", List.of(new Markdown("Answer " + i + ".", SourcePos.of(file, 2 * i + 1))),
                    Meta.NONE, SourcePos.of(file, 2 * i)));
        }
        return new Guide(slug, "Flat", "", "github", List.of(new Section("", "", List.of(), qs, SourcePos.of(file, 1))), SourcePos.of(file, 1));
    }
}
