package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.testing.BuiltSite;
import dev.lectern.testing.SearchFiles;
import dev.lectern.testing.TestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages and code stay intact: code that looks like markup reaches every page kind as the author wrote it, an answer's
 * stray or unclosed tags stay inside its own {@code <main>}, and the theme's ids and top-level names stay the theme's.
 * Every check parses the built pages.
 */
@Timeout(300)
class PageIntegrityTest {
    /** Every pattern a string pass over finished HTML could mistake for markup. */
    static final String PY = "page = '<div id=\"content\">'\nlink = 'href=\"#content\"'\nquoted = \"a\" + 'id=\"x\"'\n"
            + "tail = '</div></main></body><!-- &amp;lt;'";
    static final String TEXT = "<div id=\"content\"> <a href=\"#content\">x</a> \"a\" id=\"x\"\n</div></main><!-- &amp;lt; -->";
    static final String INDENTED = "<div id=\"content\">\n<a href=\"#content\">top</a> \"q\" id=\"x\"\n</div></main><!-- &amp;lt;";
    static final List<String> INLINE = List.of("<div id=\"content\">", "href=\"#content\"", "\"a\" id=\"x\"", "</div>", "</main>",
            "<!--", "&amp;lt;");
    static final String TITLE_CODE = "<div id=\"content\">";

    /** Raw HTML that must not reach past its own answer, each followed by a sentence that must stay inside main. */
    static final List<String> STRAYS = List.of("</div>", "</main>", "</body></html>", "<div class=\"open\">", "<table><tr><td>cell",
            "</td></tr></table>", "<div>\n\n</div></div></div>", "<details><summary>s", "</article></section>");

    @TempDir
    static Path dir;
    static BuiltSite site;

    @BeforeAll
    static void build() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("code.md"), codeGuide());
        Files.writeString(content.resolve("balance.md"), balanceGuide());
        Files.writeString(content.resolve("search.md"), "# Search tips\n\n## Basics\n\n### Q1: How do I search?\n\nType a word.\n");
        Files.writeString(content.resolve("topics.md"), "# Topic tips\n\n## Basics\n\n### Q1: What is a topic?\n\nA subject.\n");
        site = BuiltSite.build(content);
    }

    static String answer() {
        StringBuilder sb = new StringBuilder("Inline:");
        INLINE.forEach(s -> sb.append(" `").append(s).append('`'));
        sb.append(".\n\n```python\n").append(PY).append("\n```\n\n```text\n").append(TEXT).append("\n```\n\n");
        INDENTED.lines().forEach(l -> sb.append("    ").append(l).append('\n'));
        sb.append("\n- a list item with a fence:\n\n  ```python\n");
        PY.lines().forEach(l -> sb.append("  ").append(l).append('\n'));
        sb.append("  ```\n");
        return sb.toString();
    }

    /** A guide long enough for several pages, the code question on its first and its last. */
    static String codeGuide() {
        StringBuilder sb = new StringBuilder("# Code Guide\n\n## Content\n\nThe section whose slug is `content`.\n\n");
        sb.append("### Q1: What does `").append(TITLE_CODE).append("` mean?\n\n").append(answer()).append('\n');
        String filler = "Filler prose about interpreters, caches and queues that makes the guide long. ".repeat(100);
        for (int i = 2; i < 60; i++) sb.append("### Q").append(i).append(": Why is filler ").append(i).append(" needed?\n\n").append(filler).append("\n\n");
        sb.append("## Later\n\n### Q60: What does `").append(TITLE_CODE).append("` mean at the end?\n\n").append(answer());
        return sb.toString();
    }

    static String balanceGuide() {
        StringBuilder sb = new StringBuilder("# Balance\n\n## Strays\n\n#### Lectern Main\n\nText under it.\n\n")
                .append("### Q0: What ids does the theme own?\n\n<span id=\"LecternSearch\">a</span> <div id=\"lectern-main\">b</div>\n\n");
        for (int i = 0; i < STRAYS.size(); i++) {
            sb.append("### Q").append(i + 1).append(": Does stray markup ").append(i + 1).append(" stay put?\n\n")
                    .append("Before ").append(i + 1).append(".\n\n").append(STRAYS.get(i)).append("\n\nSentinel ").append(i + 1)
                    .append(" stays inside main.\n\n");
        }
        return sb.toString();
    }

    private static Set<String> codeTexts(Document page) {
        return page.select("main code").stream().map(e -> chomp(e.wholeText())).collect(Collectors.toSet());
    }

    private static String chomp(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static List<String> expectedCode() {
        List<String> all = new ArrayList<>(INLINE);
        all.addAll(List.of(PY, TEXT, INDENTED, TITLE_CODE));
        return all;
    }

    @Test
    void codeReachesEveryGuidePageByteForByte() {
        List<String> pages = site.guidePages("code");
        assertTrue(pages.size() >= 2, "the code guide is long enough for later pages: " + pages);
        Set<String> first = codeTexts(site.page(pages.get(0)));
        Set<String> last = codeTexts(site.page(pages.get(pages.size() - 1)));
        for (String code : expectedCode()) {
            assertTrue(first.contains(code), "first page lacks " + code + "\nhas " + first);
            assertTrue(last.contains(code), "last page lacks " + code + "\nhas " + last);
        }
    }

    @Test
    void codeReachesQuestionPagesByteForByte() {
        List<String> urls = questionUrls("code").stream().filter(u -> u.contains("mean")).toList();
        assertEquals(2, urls.size(), urls.toString());
        for (String url : urls) {
            Set<String> codes = codeTexts(site.page(url + "index.html"));
            for (String code : expectedCode()) assertTrue(codes.contains(code), url + " lacks " + code + "\nhas " + codes);
        }
    }

    @Test
    void codeInTitlesAndSummariesIsTheAuthors() {
        List<Object> records = TestJson.array(TestJson.parse(site.read("questions.json")));
        assertTrue(records.stream().map(TestJson::object)
                .anyMatch(r -> r.get("title").equals("What does " + TITLE_CODE + " mean?")), "questions.json titles");
        String summaries = summaries();
        assertTrue(summaries.contains("Inline: " + String.join(" ", INLINE).substring(0, 60)), summaries);
    }

    @Test
    void strayAndUnclosedTagsStayInsideTheirAnswer() {
        List<String> pages = new ArrayList<>(site.guidePages("balance"));
        questionUrls("balance").forEach(u -> pages.add(u + "index.html"));
        for (String p : pages) {
            Document page = site.page(p);
            Element main = page.selectFirst("main");
            assertNotNull(main, p);
            Element footer = page.selectFirst("footer.site-footer");
            assertNotNull(footer, p + ": the theme's footer");
            assertNull(footer.closest("main"), p + ": the theme's footer fell inside main");
            assertEquals(1, page.select("main").size(), p);
            String text = main.text();
            if (p.equals("balance/index.html")) {
                for (int i = 1; i <= STRAYS.size(); i++) assertTrue(text.contains("Sentinel " + i + " stays inside main."), p + ": sentinel " + i);
            }
        }
        for (String url : questionUrls("balance")) {
            String n = url.replaceAll(".*stray-markup-(\\d+).*", "$1");
            if (n.equals(url)) continue;
            assertTrue(site.page(url + "index.html").selectFirst("main").text().contains("Sentinel " + n + " stays inside main."), url);
        }
    }

    @Test
    void authorsIdsNeverTakeTheThemes() {
        List<String> pages = new ArrayList<>(List.of("balance/index.html"));
        questionUrls("balance").stream().filter(u -> u.contains("theme")).forEach(u -> pages.add(u + "index.html"));
        assertEquals(2, pages.size(), pages.toString());
        for (String p : pages) {
            Document page = site.page(p);
            assertEquals(1, page.select("[id=lectern-main]").size(), p);
            assertEquals("main", page.getElementById("lectern-main").tagName(), p);
            assertTrue(page.select("[id=LecternSearch]").isEmpty(), p);
            Set<String> seen = new HashSet<>();
            for (Element e : page.select("[id]")) assertTrue(seen.add(e.id()), p + ": duplicate id " + e.id());
        }
        Diagnostic note = site.result.diagnostics().sorted().stream()
                .filter(d -> d.pos().file().endsWith("balance.md") && d.message().contains("LecternSearch")).findFirst()
                .orElseThrow(() -> new AssertionError("no note about the id LecternSearch"));
        assertEquals(Severity.NOTE, note.severity());
        assertTrue(note.pos().line() > 1, note.format());
    }

    @Test
    void searchLinksAHeadingToTheIdItHasOnThePage() {
        SearchFiles files = new SearchFiles(site);
        List<Object> titles = files.column("title");
        List<Object> slugs = files.column("slug");
        int at = titles.indexOf("Lectern Main");
        assertTrue(at >= 0 && files.column("kind").get(at).equals("h"), "the heading is indexed");
        String anchor = (String) slugs.get(at);
        Element target = site.page("balance/index.html").getElementById(anchor);
        assertNotNull(target, anchor);
        assertTrue(target.tagName().matches("h[1-6]"), "search links to " + target.tagName() + "#" + target.id());
    }

    @Test
    void guidesNamedLikeTheThemesFoldersAreRenamedWithAWarning() {
        assertTrue(site.result.diagnostics().sorted().stream().noneMatch(d -> d.severity() == Severity.ERROR),
                site.result.diagnostics().sorted().stream().map(Diagnostic::format).toList().toString());
        for (String name : List.of("search", "topics")) {
            assertTrue(site.result.diagnostics().sorted().stream().anyMatch(d -> d.severity() == Severity.WARNING
                    && d.pos().file().endsWith(name + ".md") && d.message().contains("reserved")), name);
            assertTrue(Files.exists(site.output.resolve(name + "-2/index.html")), name + "-2/");
        }
        assertTrue(site.read("search/index.html").contains("data-search-page"), "search/ is still the search page");
    }

    private static List<String> questionUrls(String guide) {
        List<String> out = new ArrayList<>();
        for (Object o : TestJson.array(TestJson.parse(site.read("questions.json")))) {
            Map<String, Object> r = TestJson.object(o);
            if (r.get("guide").equals(guide) && r.get("kind").equals("question")) out.add((String) r.get("url"));
        }
        return out;
    }

    private static String summaries() {
        StringBuilder sb = new StringBuilder();
        new SearchFiles(site).summaries().forEach(x -> sb.append(x).append('\n'));
        return sb.toString();
    }
}
