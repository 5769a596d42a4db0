package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Relations;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.model.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Related questions and derived topics on a small hand-made site of three guides, the first one tagged. */
class RelatednessTest {
    private static final Site SITE = new Site("T", "", "", List.of(
            guide("tagged", true,
                    "What are decorators?|A decorator wraps a function and returns a new function.",
                    "How does the GIL affect threads?|The global interpreter lock lets one thread run bytecode at a time.",
                    "How do you bake sourdough bread?|Flour, water, salt and a starter; bake hot."),
            guide("second", false,
                    "Explain decorators in Python|Decorators wrap functions: @wraps keeps the name.",
                    "How do you write a class decorator?|A class decorator takes a class and returns it.",
                    "What are decorators with arguments?|A decorator factory returns a decorator.",
                    "What is a decorator for timing?|It wraps a function and measures its time.",
                    "What is the Global Interpreter Lock (GIL)?|A lock in CPython: one thread runs bytecode at a time.",
                    "What is a list comprehension?|A compact way to build a list from an iterable."),
            guide("third", false,
                    "What are decorators and how are they used?|Decorators wrap a function to add behaviour.",
                    "How do decorators keep metadata?|functools.wraps copies the name and docstring.",
                    "When should you use a decorator?|When behaviour repeats around many functions.",
                    "Explain the GIL and threading|CPython's lock means threads do not run bytecode in parallel.",
                    "Why does the GIL exist?|Reference counting in CPython is not thread-safe without the lock.",
                    "How are dictionaries implemented?|A hash table with open addressing.")));

    private static final Relations RELATIONS = new Relatedness().relate(SITE);

    private static Guide guide(String slug, boolean tagged, String... questions) {
        List<Question> qs = new ArrayList<>();
        for (String q : questions) {
            String[] parts = q.split("\\|");
            Meta meta = tagged ? new Meta(null, List.of("Python"), List.of()) : Meta.NONE;
            qs.add(new Question(Slugs.slug(parts[0]), parts[0], List.of(new Markdown(parts[1], SourcePos.of(slug, 2))), meta, SourcePos.of(slug, 1)));
        }
        return new Guide(slug, slug, "", "github", List.of(new Section("s", "Section", List.of(), qs, SourcePos.of(slug, 1))), SourcePos.of(slug, 1));
    }

    @Test
    void relatedListsHoldOnlyQuestionsOfOtherGuidesAndAtMostFive() {
        assertFalse(RELATIONS.related().isEmpty());
        RELATIONS.related().forEach((id, related) -> {
            String guide = id.substring(0, id.indexOf('/'));
            assertTrue(related.size() <= 5, id + " " + related);
            assertTrue(related.stream().noneMatch(r -> r.startsWith(guide + "/")), id + " " + related);
        });
        assertEquals(5, RELATIONS.relatedTo("tagged/what-are-decorators").size(), "seven candidates, five shown");
    }

    @Test
    void theSameQuestionInOtherGuidesComesFirst() {
        List<String> gil = RELATIONS.relatedTo("tagged/how-does-the-gil-affect-threads");
        assertEquals(Set.of("second/what-is-the-global-interpreter-lock-gil", "third/explain-the-gil-and-threading"),
                Set.copyOf(gil.subList(0, 2)), gil.toString());
        assertTrue(RELATIONS.relatedTo("third/what-are-decorators-and-how-are-they-used").get(0).contains("decorator"));
    }

    @Test
    void questionsWithNothingAlikeElsewhereGetNoRelatedList() {
        assertEquals(List.of(), RELATIONS.relatedTo("tagged/how-do-you-bake-sourdough-bread"));
        assertEquals(List.of(), RELATIONS.relatedTo("third/how-are-dictionaries-implemented"));
        assertTrue(RELATIONS.relatedTo("tagged/what-are-decorators").stream().noneMatch(id -> id.contains("gil")));
    }

    @Test
    void topicsAreDerivedOnlyForGuidesWithoutTagsAndFromSubjectWords() {
        assertTrue(RELATIONS.derivedTopics().keySet().stream().noneMatch(id -> id.startsWith("tagged/")));
        assertEquals(List.of("decorators"), RELATIONS.topicsOf("third/what-are-decorators-and-how-are-they-used"));
        assertEquals(List.of("GIL"), RELATIONS.topicsOf("second/what-is-the-global-interpreter-lock-gil"));
        Set<String> all = new java.util.TreeSet<>();
        RELATIONS.derivedTopics().values().forEach(all::addAll);
        // "explain", "what", "use" say how a question is asked; a word in fewer than three titles groups nothing
        assertEquals(Set.of("decorators", "GIL"), all);
    }

    @Test
    void relatingTheSameSiteTwiceGivesTheSameResult() {
        assertEquals(RELATIONS, new Relatedness().relate(SITE));
    }
}
