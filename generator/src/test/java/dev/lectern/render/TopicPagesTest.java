package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Reference;
import dev.lectern.model.Relations;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Topic pages, chips that link to them, and related questions, on the fixture site plus a guide with references. */
class TopicPagesTest {
    private static final String GIL = "python/what-is-the-gil/index.html";
    private static final Relations RELATIONS = new Relations(
            Map.of("python/what-is-the-gil", List.of("sql/what-is-a-join", "notes/what-is-a-view", "sql/what-is-an-index")),
            Map.of("sql/what-is-an-index", List.of("Indexes", "lookups"), "notes/what-is-a-view", List.of("indexes")));
    private static final RenderedSite SITE = new RenderedSite(site(), RELATIONS);

    /** The fixture's two guides and a third whose only section lists short questions (references) in its prose. */
    static Site site() {
        Site fixture = FixtureSite.site();
        Section refs = new Section("list", "Question list", List.of(new Markdown("- What is a view?\n- What is a trigger?", FixtureSite.at("notes.md", 4))),
                List.of(), List.of(), List.of(
                        new Reference("what-is-a-view", "What is a view?", new Meta(Meta.Difficulty.EASY, List.of("SQL", "Views"), List.of()), FixtureSite.at("notes.md", 4)),
                        new Reference("what-is-a-trigger", "What is a trigger?", new Meta(null, List.of("sql"), List.of("Google")), FixtureSite.at("notes.md", 5))),
                FixtureSite.at("notes.md", 3));
        List<Guide> guides = new ArrayList<>(fixture.guides());
        guides.add(new Guide("notes", "Notes", "", "github", List.of(refs), FixtureSite.at("notes.md", 1)));
        return new Site(fixture.title(), fixture.description(), fixture.baseUrl(), guides);
    }

    @Test
    void everyTagCompanyAndDifficultyHasAPageListingItsQuestionsAcrossGuides() {
        Document sql = SITE.html("topics/tag/sql/index.html");
        assertEquals("sql", sql.selectFirst("h1").text());
        assertEquals("Tag", sql.selectFirst(".topic__kind").text());
        assertEquals(List.of("SQL Questions", "Notes"), sql.select(".topic__guide-title").eachText());
        assertEquals(List.of("What is a JOIN?", "What is a view?", "What is a trigger?"), sql.select(".topic__link").eachText());
        assertEquals("3 questions", sql.selectFirst(".doc__count").text());
        assertEquals(List.of("What is the GIL?"), SITE.html("topics/company/google/index.html").select(".topic__link").eachText().subList(0, 1));
        assertEquals(List.of("What are *args and **kwargs in def f(*args, **kwargs)?", "What is a view?"),
                SITE.html("topics/difficulty/easy/index.html").select(".topic__link").eachText());
    }

    @Test
    void aQuestionLinksToItsPageAndAReferenceToItsAnchorOnTheGuidePage() {
        Document sql = SITE.html("topics/tag/sql/index.html");
        assertEquals(List.of("../../../sql/what-is-a-join/index.html", "../../../notes/index.html#what-is-a-view",
                "../../../notes/index.html#what-is-a-trigger"), sql.select(".topic__link").eachAttr("href"));
        assertNotNull(SITE.html("notes/index.html").getElementById("what-is-a-view"));
    }

    @Test
    void labelsThatDifferInCaseShareOneTopicNamedByItsCommonestForm() {
        assertTrue(SITE.byPath.containsKey("topics/tag/sql/index.html"));
        assertEquals("sql", SITE.html("topics/tag/sql/index.html").selectFirst("h1").text());
        assertEquals("Indexes", SITE.html("topics/term/indexes/index.html").selectFirst("h1").text());
        assertEquals(2, SITE.html("topics/term/indexes/index.html").select(".topic__link").size());
    }

    @Test
    void theTopicsIndexListsEveryTopicByKindWithItsCount() {
        Document index = SITE.html("topics/index.html");
        assertEquals(List.of("Difficulty", "Tags", "Companies", "Topics derived from the text", "Other topics"),
                index.select(".topics__title").eachText());
        Element difficulty = index.getElementById("topics-difficulty");
        assertEquals(List.of("Easy 2"), difficulty.select(".topics__item").eachText(), "a difficulty of one question is among the others");
        assertTrue(index.getElementById("topics-others").select(".topics__other").eachText().contains("Medium difficulty: What is the GIL?"));
        Element tags = index.getElementById("topics-tag");
        assertEquals("sql 3", tags.selectFirst(".topics__item").text(), "biggest first");
        assertTrue(index.getElementById("topics-term").selectFirst(".topics__note").text().startsWith("Derived from the text"));
        int pages = (int) SITE.byPath.keySet().stream().filter(p -> p.startsWith("topics/") && !p.equals("topics/index.html")).count();
        assertEquals(pages, index.select(".topics__link").size());
    }

    @Test
    void chipsOnQuestionAndGuidePagesLinkToTheirTopicPagesAndATopicOfOneQuestionIsText() {
        Document gil = SITE.html(GIL);
        assertEquals(List.of("../../topics/company/google/index.html"), gil.select(".chips a").eachAttr("href"));
        assertEquals(List.of("Difficulty: Medium", "Tags: concurrency", "cpython"), gil.select(".chips__text").eachText());
        Element onGuide = SITE.html("python/index.html").getElementById("what-is-the-gil");
        assertEquals(List.of("../topics/company/google/index.html"), onGuide.select(".chips a").eachAttr("href"));
        assertEquals(List.of(), SITE.brokenLinks());
    }

    @Test
    void derivedTopicsHavePagesThatSaySoAndChipsOnTheQuestionPage() {
        Document page = SITE.html("topics/term/indexes/index.html");
        assertEquals("Topic derived from the text", page.selectFirst(".topic__kind").text());
        assertTrue(page.selectFirst(".topic__note").text().startsWith("Derived from the text"));
        Document index = SITE.html("sql/what-is-an-index/index.html");
        assertEquals(List.of("Indexes", "lookups"), index.select(".chip--derived").eachText().stream()
                .map(t -> t.replace("Topic derived from the text: ", "")).toList());
        assertEquals(List.of("../../topics/term/indexes/index.html"), index.select(".chip--derived a").eachAttr("href"));
        assertNull(SITE.html("sql/index.html").selectFirst(".chip--derived"), "guide pages stay light");
    }

    @Test
    void relatedQuestionsAreListedWithTheirGuideAndReferencesLeftOut() {
        Element related = SITE.html(GIL).selectFirst(".related");
        assertEquals(List.of("What is a JOIN?", "What is an index?"), related.select(".related__link").eachText());
        assertEquals("../../sql/what-is-a-join/index.html", related.selectFirst(".related__link").attr("href"));
        assertEquals(List.of("SQL Questions", "SQL Questions"), related.select(".related__guide").eachText());
        assertNull(SITE.html("python/what-are-args-and-kwargs/index.html").selectFirst(".related"));
    }

    @Test
    void withoutRelationsThereAreNoRelatedListsAndNoDerivedTopics() {
        RenderedSite plain = new RenderedSite(site(), Relations.NONE);
        assertNull(plain.html(GIL).selectFirst(".related"));
        assertFalse(plain.byPath.keySet().stream().anyMatch(p -> p.startsWith("topics/term/")));
        assertNull(plain.html("topics/index.html").getElementById("topics-term"));
    }
}
