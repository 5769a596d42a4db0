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
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The sidebar stays bounded on a big site: 120 guides, the first of 200 sections of two questions each. Every page
 * lists at most a window of guides, of its guide's sections and of its questions, and "… N more" links lead to where
 * the rest is listed in full.
 */
class NavBoundTest {
    private static final int GUIDES = 120;
    private static final int SECTIONS = 200;
    private static final RenderedSite SITE = new RenderedSite(new Site("Big", "", "", guides()));

    private static List<Guide> guides() {
        List<Guide> out = new ArrayList<>();
        for (int g = 0; g < GUIDES; g++) {
            String file = "g" + g + ".md";
            List<Section> sections = new ArrayList<>();
            for (int s = 0; s < (g == 0 ? SECTIONS : 1); s++) {
                List<Question> qs = new ArrayList<>();
                for (int q = 0; q < 2; q++) {
                    String slug = "q" + s + "-" + q;
                    qs.add(new Question(slug, "Question " + s + "." + q + "?", List.of(new Markdown("Answer.", SourcePos.of(file, 4 * s + 2 * q + 3))),
                            Meta.NONE, SourcePos.of(file, 4 * s + 2 * q + 2)));
                }
                sections.add(new Section("s" + s, "Section " + s, List.of(), qs, SourcePos.of(file, 4 * s + 1)));
            }
            out.add(new Guide("g" + g, "Guide " + g, "", "github", sections, SourcePos.of(file, 1)));
        }
        return out;
    }

    private static Elements sidebarLinks(Document page) {
        return page.select(".sidebar a[href]:not(.sidebar__close)");
    }

    @Test
    void noPageListsMoreThanAWindowOfGuidesSectionsAndQuestions() {
        int bound = 3 * NavTree.WINDOW + 10;
        for (var a : SITE.artifacts) {
            if (!a.path().endsWith(".html")) continue;
            int links = sidebarLinks(SITE.html(a.path())).size();
            assertTrue(links <= bound, a.path() + " lists " + links + " links in its sidebar");
        }
    }

    @Test
    void otherGuidesAreOneLinkEachAndThoseBeyondTheWindowLeadHome() {
        Document page = SITE.html("g0/q150-0/index.html");
        assertEquals(NavTree.WINDOW, page.select(".sidebar .nav__guide:not(.nav__guide--more)").size());
        Element more = page.selectFirst(".sidebar .nav__more");
        assertEquals("\u2026 70 more guides", more.text());
        assertEquals("../../index.html", more.attr("href"));
        // the home page lists every guide, so each is two clicks away
        assertEquals(GUIDES, SITE.html("index.html").select(".guide-card").size());
    }

    @Test
    void theGuidesSectionsAreAWindowAroundThePagesOneWithLinksToTheRest() {
        Document page = SITE.html("g0/q150-0/index.html");
        Element guide = page.selectFirst(".sidebar .nav__guide details[open]");
        List<String> sections = guide.select("> ul > li > a, > ul > li > details > summary").eachText();
        assertEquals("\u2026 125 earlier sections", sections.get(1));
        assertEquals("Section 125", sections.get(2));
        assertEquals("\u2026 25 more sections", sections.get(sections.size() - 1));
        assertEquals(NavTree.WINDOW + 3, sections.size(), "Overview, a window of sections, two more-links");
        Element current = page.selectFirst(".sidebar [aria-current=page]");
        assertEquals("Question 150.0?", current.text());
        assertEquals("Section 150", current.closest("details").selectFirst("summary").text());
        // the more-links land on the guide page that holds the next hidden section
        Element earlier = page.select(".sidebar a").stream().filter(a -> a.text().endsWith("earlier sections")).findFirst().orElseThrow();
        String target = earlier.attr("href");
        String file = "g0/q150-0/" + target.substring(0, target.indexOf('#'));
        Document landing = SITE.html(java.nio.file.Path.of(file).normalize().toString());
        assertTrue(landing.getElementById(target.substring(target.indexOf('#') + 1)) != null, target);
    }

    @Test
    void theQuestionsAreAWindowAroundThePageAcrossSections() {
        Document page = SITE.html("g0/q150-0/index.html");
        List<String> questions = sidebarLinks(page).eachText().stream().filter(t -> t.startsWith("Question ")).toList();
        assertEquals(NavTree.WINDOW, questions.size());
        // the 50 questions around the page's own, whatever sections they sit in
        assertEquals("Question 137.1?", questions.get(0));
        assertEquals("Question 162.0?", questions.get(questions.size() - 1));
    }
}
