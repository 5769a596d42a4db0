package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuidePagesTest {
    private static final SourcePos POS = SourcePos.of("g.md", 1);

    /** A question whose answer is {@code chars} characters of prose. */
    private static Question question(String slug, int chars) {
        return new Question(slug, slug, List.of(new Markdown("x".repeat(chars), POS)), Meta.NONE, POS);
    }

    private static Section section(String slug, int questions, int chars) {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < questions; i++) qs.add(question(slug + "-q" + i, chars));
        return new Section(slug, slug, List.of(new Markdown("intro", POS)), qs, List.of(new Markdown("outro", POS)), POS);
    }

    private static Guide guide(Section... sections) {
        return new Guide("g", "G", "", "github", List.of(sections), POS);
    }

    @Test
    void aGuideThatFitsIsOnePageAtTheGuideFolder() {
        GuidePages pages = GuidePages.of(guide(section("a", 3, 1000), section("b", 2, 1000)));
        assertEquals(1, pages.pages().size());
        GuidePages.Page only = pages.pages().get(0);
        assertEquals("", only.dir());
        assertEquals(List.of(new GuidePages.Slice(0, true, 0, 3, true), new GuidePages.Slice(1, true, 0, 2, true)), only.slices());
    }

    @Test
    void aLongGuideContinuesOnNumberedPagesWithEveryQuestionOnExactlyOneInOrder() {
        Guide g = guide(section("a", 10, 20_000), section("b", 3, 5_000), section("c", 25, 12_000));
        int budget = 100_000;
        GuidePages pages = GuidePages.of(g, budget);
        assertTrue(pages.pages().size() > 3, "pages: " + pages.pages().size());
        List<String> seen = new ArrayList<>();
        for (GuidePages.Page p : pages.pages()) {
            assertEquals(p.number() == 1 ? "" : "page-" + p.number() + "/", p.dir());
            long weight = 0;
            int items = 0;
            for (GuidePages.Slice s : p.slices()) {
                Section sec = g.sections().get(s.section());
                for (int qi = s.from(); qi < s.to(); qi++) {
                    seen.add(sec.questions().get(qi).slug());
                    weight += GuidePages.weight(sec.questions().get(qi));
                    items++;
                    assertEquals(p, pages.ofQuestion(s.section(), qi));
                }
                if (s.opens()) assertEquals(p, pages.ofSection(s.section()));
                if (s.closes()) assertEquals(p, pages.ofOutro(s.section()));
            }
            assertTrue(items == 1 || weight <= budget, "page " + p.number() + " holds " + weight);
        }
        List<String> all = g.sections().stream().flatMap(s -> s.questions().stream()).map(Question::slug).toList();
        assertEquals(all, seen);
    }

    @Test
    void aSectionThatFitsOnAPageIsNeverSplitAndALongOneCarriesOnMarkedContinued() {
        Guide g = guide(section("a", 4, 15_000), section("b", 4, 15_000), section("c", 12, 15_000));
        GuidePages pages = GuidePages.of(g, 100_000);
        // a and b fit a page each but not together: b starts a fresh page rather than break
        assertEquals(List.of(new GuidePages.Slice(0, true, 0, 4, true)), pages.pages().get(0).slices());
        assertEquals(new GuidePages.Slice(1, true, 0, 4, true), pages.pages().get(1).slices().get(0));
        // c does not fit any page: it starts where there is room and goes on, its title only on its first page
        List<GuidePages.Slice> ofC = pages.pages().stream().flatMap(p -> p.slices().stream()).filter(s -> s.section() == 2).toList();
        assertTrue(ofC.size() > 1);
        assertTrue(ofC.get(0).opens());
        ofC.subList(1, ofC.size()).forEach(s -> assertFalse(s.opens(), s.toString()));
        assertTrue(ofC.get(ofC.size() - 1).closes());
        for (int i = 1; i < ofC.size(); i++) assertEquals(ofC.get(i - 1).to(), ofC.get(i).from());
    }

    @Test
    void aReferenceIsOnThePageOfTheProseThatHoldsIt() {
        Section s = new Section("a", "A", List.of(new Markdown("| q |\n|---|\n| Row |", SourcePos.of("g.md", 2))),
                List.of(question("q0", 90_000), question("q1", 90_000)), List.of(new Markdown("- Item", SourcePos.of("g.md", 50))),
                List.of(new Reference("row", "Row", Meta.NONE, SourcePos.of("g.md", 4)),
                        new Reference("item", "Item", Meta.NONE, SourcePos.of("g.md", 50))), POS);
        GuidePages pages = GuidePages.of(guide(s), 100_000);
        assertEquals(2, pages.pages().size());
        assertEquals("", pages.ofReference(s, 0, s.references().get(0)).dir());
        assertEquals("page-2/", pages.ofReference(s, 0, s.references().get(1)).dir());
    }

    @Test
    void highlightedCodeWeighsMoreThanTheSameTextAsProse() {
        String text = "def f(x):\n    return x + 1\n".repeat(50);
        assertTrue(GuidePages.weight(List.of(new Code("python", "", text, POS)))
                > 2 * GuidePages.weight(List.of(new Markdown(text, POS))));
    }

    @Test
    void pageFoldersAreRecognisedSoNoQuestionTakesOne() {
        assertTrue(GuidePages.isPageDir("page-2"));
        assertFalse(GuidePages.isPageDir("page-two"));
        assertFalse(GuidePages.isPageDir("page-2-2"));
    }
}
