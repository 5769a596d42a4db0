package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Guide;
import dev.lectern.model.Meta;
import dev.lectern.model.Section;
import dev.lectern.testing.BuiltSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Topic pages of the real content/: one per tag, company and difficulty, plus topics derived from the text. */
class TopicPagesOnContentTest {
    private static final BuiltSite SITE = BuiltSite.content();

    private static Guide mkdocs() {
        return SITE.result.site().guides().stream().filter(g -> g.dialect().equals("mkdocs")).findFirst().orElseThrow();
    }

    /** Per tag, how many questions and references of the guide carry it. */
    private static Map<String, Integer> tagCounts(Guide g) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Section s : g.sections()) {
            s.questions().forEach(q -> count(q.meta(), counts));
            s.references().forEach(r -> count(r.meta(), counts));
        }
        return counts;
    }

    private static void count(Meta m, Map<String, Integer> counts) {
        m.tags().stream().distinct().forEach(t -> counts.merge(t, 1, Integer::sum));
    }

    /** The topics of one kind on the index: label → number of questions, for those with pages. */
    private static Map<String, Integer> listed(String kind) {
        Map<String, Integer> out = new TreeMap<>();
        for (Element item : SITE.page("topics/index.html").getElementById("topics-" + kind).select(".topics__item")) {
            out.put(item.selectFirst(".topics__link").text(), Integer.parseInt(item.selectFirst(".topics__count").text()));
        }
        return out;
    }

    /** The topics of one question each, as "label kind". */
    private static List<String> others() {
        return SITE.page("topics/index.html").select(".topics__other").stream()
                .map(e -> e.selectFirst(".topics__other-link").text() + " " + e.selectFirst(".topics__other-kind").text()).toList();
    }

    @Test
    void eachTagOfTheMkDocsGuideOfSeveralQuestionsHasAPageAndATagOfOneIsListedWithTheOthers() {
        Map<String, Integer> model = tagCounts(mkdocs());
        assertTrue(model.size() > 100, "the MkDocs guide has many tags: " + model.size());
        Map<String, Integer> listed = listed("tag");
        List<String> others = others();
        model.forEach((tag, n) -> {
            if (n > 1) {
                // topics the text suggests for untagged guides may join a tag: never fewer than its tagged questions
                assertTrue(listed.getOrDefault(tag, 0) >= n, tag + " " + n + " " + listed.get(tag));
            } else {
                assertTrue(listed.containsKey(tag) || others.contains(tag + " tag"), tag);
            }
        });
        assertTrue(listed.size() + others.size() >= model.size());
    }

    @Test
    void everyCompanyAndDifficultyHasAPageOrAnEntryWithTheOthers() {
        Map<String, Integer> companies = listed("company");
        List<String> others = others();
        for (Guide g : SITE.result.site().guides()) {
            for (Section s : g.sections()) {
                s.questions().forEach(q -> {
                    q.meta().companies().forEach(c -> assertTrue(companies.containsKey(c) || others.contains(c + " company"), c));
                    if (q.meta().difficulty() != null) assertExists("topics/difficulty/" + q.meta().difficulty().id() + "/index.html");
                });
            }
        }
    }

    @Test
    void everyChipLinksToAnExistingTopicPage() throws Exception {
        int chips = 0;
        for (Path page : SITE.pages()) {
            Document doc = SITE.page(SITE.output.relativize(page).toString());
            for (Element a : doc.select(".chips a[href]")) {
                Path target = page.getParent().resolve(a.attr("href")).normalize();
                assertTrue(target.startsWith(SITE.output.resolve("topics")) && Files.isRegularFile(target), page + " → " + a.attr("href"));
                chips++;
            }
        }
        assertTrue(chips > 2000, "chips checked: " + chips);
    }

    @Test
    void untaggedGuidesGetTopicsDerivedFromTheTextAndTheirPagesSaySo() throws Exception {
        for (Guide g : SITE.result.site().guides()) {
            boolean tagged = !tagCounts(g).isEmpty();
            long withDerived = g.sections().stream().flatMap(s -> s.questions().stream())
                    .filter(q -> SITE.read(g.slug() + "/" + q.slug() + "/index.html").contains("class=\"chip chip--derived")).count();
            if (tagged) {
                assertEquals(0, withDerived, g.slug());
            } else {
                assertTrue(withDerived >= g.questionCount() / 2, g.slug() + ": " + withDerived + " of " + g.questionCount());
            }
        }
        List<Path> derived = new ArrayList<>();
        try (Stream<Path> s = Files.list(SITE.output.resolve("topics/term"))) {
            s.forEach(derived::add);
        }
        assertTrue(derived.size() >= 50, "derived topics: " + derived.size());
        for (Path dir : derived) {
            Document page = SITE.page("topics/term/" + dir.getFileName() + "/index.html");
            assertEquals("Topic derived from the text", page.selectFirst(".topic__kind").text());
            assertTrue(page.select(".topic__link").size() >= 3, dir.toString());
        }
        Document decorators = SITE.page("topics/tag/decorators/index.html");
        assertTrue(decorators.select(".topic__guide").size() >= 3, "a tag joined by the text's topic of its name groups several guides");
        assertTrue(decorators.selectFirst(".topic__note").text().contains("filed here too"));
        assertFalse(Files.exists(SITE.output.resolve("topics/term/decorators")), "one page per topic");
    }

    @Test
    void theTopicsIndexLinksEveryTopicPage() throws Exception {
        Document index = SITE.page("topics/index.html");
        long pages;
        try (Stream<Path> s = Files.walk(SITE.output.resolve("topics"))) {
            pages = s.filter(p -> p.getFileName().toString().equals("index.html")).count() - 1;
        }
        assertEquals(pages, index.select(".topics__link").size());
        assertFalse(index.select(".topics__count").isEmpty());
        assertNull(index.selectFirst(".chip--derived"));
    }

    private static void assertExists(String path) {
        assertTrue(Files.isRegularFile(SITE.output.resolve(path)), path);
    }
}
