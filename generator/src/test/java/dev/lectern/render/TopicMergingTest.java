package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Guide;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Relations;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * One page per topic however it is written or found: tags that differ in case, plural or punctuation, and a topic the
 * text suggests with a tag's name, share a page; a topic of one question has none.
 */
class TopicMergingTest {
    /** The fixture site plus a guide tagged by another hand ("Closures", "closure", "Meta-Programming"). */
    private static Site site() {
        Site fixture = FixtureSite.site();
        List<Question> qs = List.of(
                question("what-is-a-closure", "What is a closure?", List.of("Closures", "Meta-Programming"), 3),
                question("when-do-closures-capture", "When do closures capture?", List.of("closure"), 6),
                question("what-is-a-macro", "What is a macro?", List.of("metaprogramming", "Macros"), 9));
        List<Guide> guides = new ArrayList<>(fixture.guides());
        guides.add(new Guide("lisp", "Lisp", "", "github", List.of(new Section("s", "S", List.of(), qs, FixtureSite.at("lisp.md", 2))),
                FixtureSite.at("lisp.md", 1)));
        return new Site(fixture.title(), fixture.description(), fixture.baseUrl(), guides);
    }

    private static Question question(String slug, String title, List<String> tags, int line) {
        return new Question(slug, title, List.of(), new Meta(null, tags, List.of()), FixtureSite.at("lisp.md", line));
    }

    /** The text files the SQL guide's index question under "Functions", a tag the Python guide gives. */
    private static final RenderedSite SITE = new RenderedSite(site(),
            new Relations(Map.of(), Map.of("sql/what-is-an-index", List.of("functions", "lookups"))));

    @Test
    void tagsThatDifferOnlyInCasePluralOrPunctuationAreOneTopicPage() {
        Document closures = SITE.html("topics/tag/closures/index.html");
        assertEquals(List.of("What is a closure?", "When do closures capture?"), closures.select(".topic__link").eachText());
        assertFalse(SITE.byPath.containsKey("topics/tag/closure/index.html"));
        Document meta = SITE.html("topics/tag/meta-programming/index.html");
        assertEquals(List.of("What is a closure?", "What is a macro?"), meta.select(".topic__link").eachText());
        assertFalse(SITE.byPath.containsKey("topics/tag/metaprogramming/index.html"));
    }

    @Test
    void aTopicTheTextSuggestsWithATagsNameJoinsTheTagsPage() {
        Document functions = SITE.html("topics/tag/functions/index.html");
        assertEquals(List.of("What are *args and **kwargs in def f(*args, **kwargs)?", "What is an index?"),
                functions.select(".topic__link").eachText());
        assertTrue(functions.selectFirst(".topic__note").text().contains("filed here too"));
        assertFalse(SITE.byPath.containsKey("topics/term/functions/index.html"));
        Element chip = SITE.html("sql/what-is-an-index/index.html").selectFirst(".chip--derived .chips__link");
        assertEquals("../../topics/tag/functions/index.html", chip.attr("href"));
    }

    @Test
    void aTopicOfOneQuestionHasNoPageItsChipIsTextAndTheIndexLinksToTheQuestion() {
        assertFalse(SITE.byPath.containsKey("topics/tag/macros/index.html"));
        assertFalse(SITE.byPath.containsKey("topics/term/lookups/index.html"));
        Element macro = SITE.html("lisp/what-is-a-macro/index.html").selectFirst(".chips");
        assertEquals(List.of("../../topics/tag/meta-programming/index.html"), macro.select("a").eachAttr("href"));
        assertEquals("Macros", macro.select(".chips__text").last().text());
        Document index = SITE.html("topics/index.html");
        Element others = index.getElementById("topics-others");
        Element entry = others.select(".topics__other").stream().filter(e -> e.text().startsWith("Macros")).findFirst().orElseThrow();
        assertEquals("../lisp/what-is-a-macro/index.html", entry.selectFirst("a").attr("href"));
        assertEquals("What is a macro?", entry.selectFirst(".topics__other-question").text());
        assertNull(index.getElementById("topics-tag").selectFirst("a[href*=macros]"));
        assertEquals(List.of(), SITE.brokenLinks());
    }

    @Test
    void theIndexLeadsWithTopicsOfSeveralQuestionsBiggestFirst() {
        Element tags = SITE.html("topics/index.html").getElementById("topics-tag");
        assertEquals(List.of("closures 2", "functions 2", "meta-programming 2"), tags.select(".topics__item").eachText()
                .stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
