package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.testing.TestJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionsJsonTest {
    private static final MarkdownEngine MD = new MarkdownEngine(CodeHighlighter.PLAIN);

    @Test
    void aSmallSiteGivesExactlyTheExpectedPrettyPrintedJson() {
        SourcePos pos = SourcePos.of("content/a \"b\".md", 4);
        Question q = new Question("quotes", "Say \"hi\" with `C:\\path` and *args", List.of(new Markdown("x", pos)),
                new Meta(Meta.Difficulty.HARD, List.of("a\tb"), List.of()), pos);
        Question bare = new Question("bare", "Bare", List.of(), Meta.NONE, pos.atLine(9));
        Guide g = new Guide("g", "G", "", "github",
                List.of(new Section("s", "The `s` section", List.of(), List.of(q, bare), pos)), pos);
        Site site = new Site("T", "", "", List.of(g));
        String json = new String(QuestionsJson.build(site, MD, new PageMap(site)).bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("""
                [
                  {
                    "id": "g/quotes",
                    "kind": "question",
                    "guide": "g",
                    "section": "The s section",
                    "title": "Say \\"hi\\" with C:\\\\path and *args",
                    "url": "g/quotes/",
                    "difficulty": "hard",
                    "tags": [
                      "a\\tb"
                    ],
                    "companies": [],
                    "source": "content/a \\"b\\".md:4"
                  },
                  {
                    "id": "g/bare",
                    "kind": "question",
                    "guide": "g",
                    "section": "The s section",
                    "title": "Bare",
                    "url": "g/bare/",
                    "difficulty": null,
                    "tags": [],
                    "companies": [],
                    "source": "content/a \\"b\\".md:9"
                  }
                ]
                """, json);
    }

    @Test
    void stringsEscapeQuotesBackslashesAndEveryControlCharacter() {
        assertEquals("\"\\\"\\\\\\n\\r\\t\\b\\f\\u0000\\u001f\\u2028é\"", JsonWriter.quote("\"\\\n\r\t\b\f\u0000\u001f\u2028é"));
        String all = "\u0000\u0001\u0007\u000b\u001b\u007f \"\\/";
        assertEquals(List.of(all), TestJson.parse("[" + JsonWriter.quote(all) + "]"));
    }

    @Test
    void theFixturesQuestionsJsonParsesWithOneRecordPerQuestionInSiteOrder() {
        RenderedSite site = new RenderedSite(FixtureSite.site());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> records = (List<Map<String, Object>>) TestJson.parse(site.text("questions.json"));
        assertEquals(List.of("python/what-is-the-gil", "python/what-are-args-and-kwargs",
                "python/how-do-virtual-environments-work", "sql/what-is-a-join", "sql/what-is-an-index"),
                records.stream().map(r -> r.get("id")).toList());
        Map<String, Object> args = records.get(1);
        assertEquals("What are *args and **kwargs in def f(*args, **kwargs)?", args.get("title"));
        assertEquals("Functions and def", args.get("section"));
        assertEquals("python/what-are-args-and-kwargs/", args.get("url"));
        assertEquals("easy", args.get("difficulty"));
        assertEquals("content/python.md:33", args.get("source"));
        assertEquals(List.of("Amazon", "Meta"), records.get(3).get("companies"));
        for (Map<String, Object> r : records) {
            assertPageExists(site, r);
        }
    }

    /** Every url in the file names a page the renderer wrote. */
    private static void assertPageExists(RenderedSite site, Map<String, Object> r) {
        assertEquals(true, site.byPath.containsKey(r.get("url") + "index.html"), r.toString());
    }
}
