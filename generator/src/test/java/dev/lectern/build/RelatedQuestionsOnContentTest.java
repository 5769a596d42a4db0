package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Guide;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.testing.BuiltSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Related questions on the question pages of the real content/: the same question as the other guides ask it. */
class RelatedQuestionsOnContentTest {
    private static final BuiltSite SITE = BuiltSite.content();
    private static final Pattern GIL = Pattern.compile("\\bGIL\\b|Global Interpreter Lock");
    /** About decorators in general: not the @property decorator, not a context manager written as one. */
    private static final Pattern DECORATORS = Pattern.compile("(?i)\\bdecorators?\\b(?!-based)");
    private static final Pattern NOT_DECORATORS = Pattern.compile("(?i)property|decorator-based");
    private static final Pattern DEEP_COPY = Pattern.compile("(?i)deep ?copy|shallow");

    /** A question page's related links as paths from the site root ("guide/slug/"). */
    private static List<String> related(Guide g, Question q) {
        Path page = SITE.output.resolve(g.slug() + "/" + q.slug() + "/index.html");
        List<String> out = new ArrayList<>();
        for (Element a : SITE.page(SITE.output.relativize(page).toString()).select(".related .related__link")) {
            Path target = page.getParent().resolve(a.attr("href")).normalize();
            assertTrue(Files.isRegularFile(target), page + " → " + a.attr("href"));
            out.add(SITE.output.relativize(target.getParent()).toString().replace('\\', '/') + "/");
        }
        return out;
    }

    @Test
    void relatedListsHoldAtMostFiveQuestionsAndOnlyOfOtherGuides() {
        int lists = 0;
        for (Guide g : SITE.result.site().guides()) {
            for (Section s : g.sections()) {
                for (Question q : s.questions()) {
                    List<String> related = related(g, q);
                    assertTrue(related.size() <= 5, g.slug() + "/" + q.slug() + " " + related);
                    assertTrue(related.stream().noneMatch(r -> r.startsWith(g.slug() + "/")), g.slug() + "/" + q.slug() + " " + related);
                    if (!related.isEmpty()) lists++;
                }
            }
        }
        assertTrue(lists > SITE.result.site().questionCount() / 2, "questions with related ones: " + lists);
    }

    @Test
    void theGilQuestionsOfAllFiveGuidesFindEachOther() {
        assertEquals(5, findEachOther(GIL, null).size());
    }

    /** The PDF guide has no decorator question (only a context manager "decorator-based"), so four guides. */
    @Test
    void theDecoratorQuestionsOfFourGuidesFindEachOther() {
        assertEquals(Set.of("data-engineering-python", "python-fundamentals", "python-interview-questions", "stark-python-questions"),
                findEachOther(DECORATORS, NOT_DECORATORS));
    }

    /** The PDF guide has no deep-copy question either. */
    @Test
    void theDeepAndShallowCopyQuestionsOfFourGuidesFindEachOther() {
        assertEquals(Set.of("data-engineering-python", "python-fundamentals", "python-interview-questions", "stark-python-questions"),
                findEachOther(DEEP_COPY, null));
    }

    /**
     * Every question whose title matches lists, among its related questions, one of another guide that matches too.
     * Returns the guides that have such questions.
     */
    private static Set<String> findEachOther(Pattern about, Pattern except) {
        Map<String, String> titles = new HashMap<>();
        for (Guide g : SITE.result.site().guides()) {
            for (Section s : g.sections()) s.questions().forEach(q -> titles.put(g.slug() + "/" + q.slug() + "/", q.title()));
        }
        Set<String> guides = new TreeSet<>();
        for (Guide g : SITE.result.site().guides()) {
            for (Section s : g.sections()) {
                for (Question q : s.questions()) {
                    if (!about.matcher(q.title()).find() || except != null && except.matcher(q.title()).find()) continue;
                    guides.add(g.slug());
                    List<String> related = related(g, q);
                    assertTrue(related.stream().anyMatch(r -> about.matcher(titles.getOrDefault(r, "")).find()),
                            g.slug() + ": " + q.title() + " → " + related);
                }
            }
        }
        return guides;
    }
}
