package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Code;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Reference;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A guide too long for one page goes on over page-2/, page-3/, … and every link into it (sidebar, pager, breadcrumbs,
 * a question's way back, the guide's own #links, topic pages, questions.json) lands on the page that holds its target.
 */
class LongGuidePagesTest {
    private static final String F = "content/long.md";
    private static final Site SITE = new Site("Long", "", "", List.of(longGuide()));
    private static final RenderedSite RENDERED = new RenderedSite(SITE);

    /** A short section with a reference table and a link to the last section, then two sections of 12 long answers each. */
    private static Guide longGuide() {
        String code = "def handler(event):\n    return {'status': 200, 'body': event}\n".repeat(400);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("overview", "Overview", List.of(new Markdown(
                "Jump to [the last part](#part-b).\n\n| Question |\n|---|\n| What is a row? |", SourcePos.of(F, 3))),
                List.of(), List.of(), List.of(new Reference("what-is-a-row", "What is a row?", Meta.NONE, SourcePos.of(F, 7))),
                SourcePos.of(F, 2)));
        for (String part : List.of("a", "b")) {
            List<Question> qs = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                qs.add(new Question("question-" + part + i, "Question " + part.toUpperCase() + i, List.of(
                        new Markdown("Answer " + part + i + ", see [the overview](#overview).", SourcePos.of(F, 100 * i)),
                        new Code("python", "", code, SourcePos.of(F, 100 * i + 2))),
                        new Meta(null, List.of("handlers"), List.of()), SourcePos.of(F, 100 * i - 1)));
            }
            sections.add(new Section("part-" + part, "Part " + part.toUpperCase(), List.of(), qs, SourcePos.of(F, 10)));
        }
        return new Guide("long", "Long Guide", "", "github", sections, SourcePos.of(F, 1));
    }

    private static List<Document> guidePages() {
        List<Document> pages = new ArrayList<>();
        pages.add(RENDERED.html("long/index.html"));
        for (int n = 2; RENDERED.byPath.containsKey("long/page-" + n + "/index.html"); n++) pages.add(RENDERED.html("long/page-" + n + "/index.html"));
        return pages;
    }

    @Test
    void theGuideGoesOnOverNumberedPagesWithEveryQuestionOnExactlyOne() {
        List<Document> pages = guidePages();
        assertTrue(pages.size() >= 3, "pages: " + pages.size());
        List<String> questions = new ArrayList<>();
        pages.forEach(p -> p.select("article.question").forEach(a -> questions.add(a.id())));
        List<String> expected = new ArrayList<>();
        for (String part : List.of("a", "b")) for (int i = 1; i <= 12; i++) expected.add("question-" + part + i);
        assertEquals(expected, questions);
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).selectFirst(".doc__count").text().contains("on " + pages.size() + " pages"));
            assertEquals(pages.size(), pages.get(i).select(".doc__page").size());
            assertEquals(String.valueOf(i + 1), pages.get(i).selectFirst(".doc__page[aria-current=page]").text());
            assertEquals(1, pages.get(i).select("h1").size());
        }
    }

    @Test
    void aSectionThatGoesOnIsMarkedContinuedWithAnIdOfItsOwn() {
        List<Element> continued = guidePages().stream().flatMap(p -> p.select("section.guide-section--continued").stream()).toList();
        assertFalse(continued.isEmpty());
        java.util.Set<String> ids = new java.util.HashSet<>();
        guidePages().forEach(p -> p.select(".doc [id]").forEach(e -> assertTrue(ids.add(e.id()), "ids are unique across the guide's pages: " + e.id())));
        for (Element s : continued) {
            assertTrue(s.id().matches("part-[ab]-page-[0-9]+"), s.id());
            assertTrue(s.selectFirst("h2").text().endsWith("(continued)"), s.selectFirst("h2").text());
        }
        long partB = guidePages().stream().filter(p -> p.getElementById("part-b") != null).count();
        assertEquals(1, partB, "a section's anchor is on the one page where it starts");
    }

    @Test
    void eachLaterPageListsItsContinuedSectionWithItsQuestionsInTheContents() {
        List<Document> pages = guidePages();
        for (Document page : pages.subList(1, pages.size())) {
            Element section = page.selectFirst("section.guide-section");
            Element first = page.selectFirst(".toc__fold > ol > li");
            assertNotNull(first, "page " + page.title() + " has contents");
            Element link = first.selectFirst(".toc__link");
            String label = section.selectFirst("h2").text().replace(" (continued)", "").replace("Link to this section", "").strip();
            assertTrue(link.text().startsWith(label), link.text() + " for " + label);
            assertEquals("#" + section.id(), link.attr("href"));
            List<String> questions = section.select("article.question").eachAttr("id").stream().map(id -> "#" + id).toList();
            assertFalse(questions.isEmpty());
            assertEquals(questions, first.select("ol .toc__link").eachAttr("href"));
        }
    }

    @Test
    void everyGuidePageMarksOneEntryOfTheSidebarAsCurrentLeadingToItself() {
        List<Document> pages = guidePages();
        for (int i = 0; i < pages.size(); i++) {
            List<Element> current = pages.get(i).select(".sidebar [aria-current=page]");
            assertEquals(1, current.size(), "page " + (i + 1) + ": " + current);
            String section = current.get(0).attr("href").replaceFirst(".*#", "");
            if (i == 0) {
                assertEquals("Overview", current.get(0).text());
                continue;
            }
            // the section that starts on the page, else the one it continues
            Document page = pages.get(i);
            Element opens = page.selectFirst("section.guide-section:not(.guide-section--continued)");
            String expected = opens != null ? opens.id() : page.selectFirst("section.guide-section--continued").id().replaceFirst("-page-[0-9]+$", "");
            assertEquals(expected, section, "page " + (i + 1));
        }
    }

    @Test
    void thePagerChainsThePagesInOrder() {
        List<Document> pages = guidePages();
        assertNull(pages.get(0).selectFirst("a[rel=prev]"));
        assertEquals("page-2/index.html", pages.get(0).selectFirst(".doc--guide a[rel=next]").attr("href"));
        assertEquals("../index.html", pages.get(1).selectFirst(".doc--guide a[rel=prev]").attr("href"));
        assertNull(pages.get(pages.size() - 1).selectFirst(".doc--guide a[rel=next]"));
        assertTrue(pages.get(0).selectFirst(".doc--guide a[rel=next]").text().startsWith("Next Page 2: Part"));
    }

    @Test
    void linksIntoTheGuideLandOnThePageThatHoldsTheirTarget() {
        assertEquals(List.of(), RENDERED.brokenLinks());
        Document first = guidePages().get(0);
        String toPartB = first.select(".prose a").stream().filter(a -> a.text().equals("the last part")).findFirst().orElseThrow().attr("href");
        assertTrue(toPartB.matches("page-[0-9]+/index\\.html#part-b"), toPartB);
        Document later = RENDERED.html("long/question-b12/index.html");
        assertTrue(later.selectFirst(".question-page__in-guide").attr("href").matches("\\.\\./page-[0-9]+/index\\.html#question-b12"));
        assertEquals("../index.html#overview", later.select(".prose a").stream().filter(a -> a.text().equals("the overview"))
                .findFirst().orElseThrow().attr("href"), "an answer's #link leaves its question page for the guide page");
        Element row = first.getElementById("what-is-a-row");
        assertNotNull(row, "the reference keeps its anchor on the page of its table");
        assertTrue(RENDERED.text("questions.json").contains("\"url\": \"long/#what-is-a-row\""));
    }
}
