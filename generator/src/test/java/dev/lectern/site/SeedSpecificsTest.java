package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Guide;
import dev.lectern.model.Question;
import dev.lectern.testing.BuiltSite;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What each seed's hazards must come out as (issue #2, "Reading"). */
class SeedSpecificsTest {
    private final BuiltSite site = BuiltSite.content();

    private Guide guide(String slug) {
        return site.result.site().guides().stream().filter(g -> g.slug().equals(slug)).findFirst().orElseThrow();
    }

    private Question question(String guide, String titleStart) {
        return guide(guide).sections().stream().flatMap(s -> s.questions().stream())
                .filter(q -> q.title().startsWith(titleStart)).findFirst().orElseThrow(() -> new AssertionError("no question " + titleStart));
    }

    private Document questionPage(String guide, String titleStart) {
        return site.page(guide + "/" + question(guide, titleStart).slug() + "/index.html");
    }

    @Test
    void tableOfContentsLinksLandOnRealHeadingIds() {
        Document page = site.guideDocument("data-engineering-python");
        Set<String> ids = new HashSet<>();
        page.select("[id]").forEach(e -> ids.add(e.id()));
        List<String> broken = new ArrayList<>();
        for (Element a : page.select("a[href^=#]")) {
            String target = a.attr("href").substring(1);
            if (!ids.contains(target)) broken.add(a.attr("href") + " (" + a.text() + ")");
        }
        assertTrue(page.select("a[href^=#]").size() >= 7, "the table of contents links are on the page");
        assertTrue(broken.isEmpty(), "links to missing ids: " + broken);
    }

    @Test
    void argsAndKwargsStayLiteralInTitlesAndText() {
        Document page = questionPage("data-engineering-python", "What are *args and **kwargs?");
        assertTrue(page.select("h1").text().contains("*args and **kwargs"), page.select("h1").text());
        Document mk = questionPage("python-interview-questions", "Explain *args and **kwargs");
        assertTrue(mk.select("h1").text().contains("*args and **kwargs"), mk.select("h1").text());
    }

    @Test
    void mkdocsMetadataLineBecomesQuestionMetadata() {
        Question gil = question("python-interview-questions", "What is the Global Interpreter Lock (GIL) in Python?");
        assertEquals("hard", gil.meta().difficulty().id());
        assertEquals(List.of("Internals", "Concurrency", "Performance"), gil.meta().tags());
        assertTrue(gil.meta().companies().containsAll(List.of("Google", "Meta", "Amazon", "Apple", "Netflix")), gil.meta().companies().toString());
        assertFalse(gil.title().contains("Interview Question"), gil.title());
        long withDifficulty = guide("python-interview-questions").sections().stream().flatMap(s -> s.questions().stream())
                .filter(q -> q.meta().difficulty() != null).count();
        assertEquals(90, withDifficulty, "every question and code example has its difficulty line");
    }

    @Test
    void quickReferenceTableStaysATableWithAllItsRows() {
        Document page = site.guideDocument("python-interview-questions");
        Element table = page.select("table").stream().filter(t -> t.select("th").text().contains("Question Title")).findFirst().orElseThrow();
        assertEquals(110, table.select("tbody tr").size());
    }

    @Test
    void quickReferenceRowsAndInterviewBulletsAreReferencesWithAnchors() {
        Guide g = guide("python-interview-questions");
        List<dev.lectern.model.Reference> refs = g.sections().stream().flatMap(s -> s.references().stream()).toList();
        assertEquals(150, refs.size(), "110 table rows and 40 interview bullets");
        var pep8 = refs.stream().filter(r -> r.title().equals("What is PEP 8?")).findFirst().orElseThrow();
        assertEquals("easy", pep8.meta().difficulty().id());
        List<String> pages = site.guidePages("python-interview-questions");
        String pep8Page = pages.stream().filter(p -> site.page(p).getElementById(pep8.slug()) != null).findFirst().orElseThrow();
        Element row = site.page(pep8Page).getElementById(pep8.slug());
        assertTrue(row.tagName().equals("tr") && row.text().contains("What is PEP 8?"), "the row carries the anchor");
        long anchoredItems = refs.stream().filter(r -> pages.stream().map(p -> site.page(p).getElementById(r.slug()))
                .anyMatch(e -> e != null && (e.tagName().equals("tr") || e.tagName().equals("li")))).count();
        assertEquals(150, anchoredItems, "every reference has its anchor on a page of the guide");
        String json = site.read("questions.json");
        String url = pep8Page.replace("index.html", "") + "#" + pep8.slug();
        assertTrue(json.contains("\"kind\": \"reference\",") && json.contains("\"url\": \"" + url + "\""), "listed in questions.json at " + url);
    }

    @Test
    void interviewQuestionListsStayInTheGuide() {
        List<Document> pages = site.guidePages("python-interview-questions").stream().map(site::page).toList();
        long bullets = pages.stream().flatMap(p -> p.select("h2, h3").stream()).filter(h -> h.text().startsWith("Questions asked in"))
                .mapToLong(h -> h.parent().select("li").size()).sum();
        assertTrue(pages.stream().anyMatch(p -> p.text().contains("Explain the Global Interpreter Lock (GIL) and its impact on multi-threading.")));
        assertTrue(bullets >= 40, "the 40 interview bullets are on the guide's pages: " + bullets);
    }

    @Test
    void codeStoredOnOneLineWithEscapesIsARealMultiLineBlock() {
        List<Document> pages = site.guidePages("python-interview-questions").stream().map(site::page).toList();
        Element code = pages.stream().flatMap(p -> p.select("pre code").stream()).filter(c -> c.wholeText().contains("import copy"))
                .findFirst().orElseThrow();
        assertTrue(code.wholeText().contains("import copy\nimport time\n"), code.wholeText().substring(0, 80));
        pages.forEach(page -> assertFalse(page.text().contains("\\n    import"), "no literal \\n escapes left"));
    }

    @Test
    void subprocessAnswerIsOneAnswerWithOneCodeBlock() {
        Document page = questionPage("python-interview-questions", "Explain subprocess Module");
        List<Element> blocks = page.select("pre code").stream().filter(c -> c.wholeText().contains("subprocess.Popen")).toList();
        assertEquals(1, blocks.size(), "one code block holds the whole example");
        assertTrue(blocks.get(0).wholeText().contains("import sys\nfor line in sys.stdin:"));
        assertTrue(blocks.get(0).wholeText().contains("# 11. Process Communication"), "comments stay code, not headings");
    }

    /**
     * The repaired ┐ (its byte was lost in the source) lands in the column of its box's intact ┘. Whole lines are not
     * compared: the author miscounted some interior lines where no byte was lost.
     */
    @Test
    void boxDrawingDiagramsLineUpAgain() {
        int boxes = 0;
        List<String> ragged = new ArrayList<>();
        for (Element code : site.guideDocument("python-interview-questions").select("pre code")) {
            int[][] lines = code.wholeText().lines().map(l -> l.codePoints().toArray()).toArray(int[][]::new);
            for (int i = 0; i < lines.length; i++) {
                for (int left = 0; left < lines[i].length; left++) {
                    if (lines[i][left] != '┌') continue;
                    int right = indexOf(lines[i], '┐', left);
                    int k = i + 1;
                    while (k < lines.length && left < lines[k].length && (lines[k][left] == '│' || lines[k][left] == '├')) k++;
                    if (right < 0 || k >= lines.length || left >= lines[k].length || lines[k][left] != '└') continue;
                    boxes++;
                    if (indexOf(lines[k], '┘', left) != right) {
                        ragged.add(new String(lines[i], 0, lines[i].length) + "\n" + new String(lines[k], 0, lines[k].length));
                    }
                }
            }
        }
        assertTrue(boxes >= 20, "found the guide's boxes: " + boxes);
        assertTrue(ragged.isEmpty(), ragged.size() + " boxes whose corners do not line up:\n" + String.join("\n\n", ragged));
    }

    private static int indexOf(int[] line, int c, int from) {
        for (int k = from; k < line.length; k++) if (line[k] == c) return k;
        return -1;
    }

    @Test
    void plainTextDundersStayCodeLikeNeverBold() {
        Document page = site.guideDocument("stark-python-questions");
        assertTrue(page.select("strong").stream().noneMatch(s -> s.text().equals("init")), "__init__ never turns into bold 'init'");
        assertTrue(page.text().contains("__init__"));
    }

    @Test
    void plainTextNavigationLinesAreDroppedWithADiagnostic() {
        Document page = site.guideDocument("stark-python-questions");
        assertFalse(page.select("main p").stream().anyMatch(p -> p.text().equals("Learn More") || p.text().equals("Back")));
        assertTrue(site.result.diagnostics().sorted().stream().anyMatch(d -> d.pos().file().endsWith("stark-python-questions.txt")
                && d.message().contains("Learn More") && d.dropped().contains("Practice Coding Questions")));
    }

    @Test
    void codeFlattenedOntoOneLineRendersAsCode() {
        Document page = site.guideDocument("stark-python-questions");
        assertTrue(page.select("pre code").stream().anyMatch(c -> c.wholeText().contains("@final\nclass Base:")),
                "the flattened final-class example is a code block with its lines back");
    }

    @Test
    void pdfCodeSplitAcrossFencesIsMergedAndLabelled() {
        Document page = site.guideDocument("python-interview-pdf");
        long unlabelled = page.select("pre code").stream().filter(c -> c.className().isEmpty()).count();
        assertEquals(0, unlabelled, "every PDF code block has a detected language");
        assertTrue(site.result.diagnostics().sorted().stream().anyMatch(d -> d.message().startsWith("merged 12 code blocks")),
                "the twelve split blocks are merged");
    }

    @Test
    void mintlifyAnswersKeepTheirTablesListsAndFences() {
        Document page = questionPage("python-fundamentals", "What is Python and what are its key features?");
        assertFalse(page.select("main li").isEmpty(), "lists inside accordions are lists");
        Document guide = site.guideDocument("python-fundamentals");
        assertTrue(guide.select("table").size() >= 9, "tables inside accordions are tables");
        assertTrue(guide.select("pre code.language-python").size() >= 100, "fences inside accordions are code");
        assertFalse(guide.text().contains("Documentation Index"), "the export banner is dropped");
    }
}
