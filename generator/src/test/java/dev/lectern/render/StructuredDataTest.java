package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.model.Site;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Each page's JSON-LD parses, and says what schema.org and search engines expect of a Q&A site. */
class StructuredDataTest {
    private static final RenderedSite SITE = new RenderedSite(FixtureSite.site());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode graph(String page, String type) throws Exception {
        Element script = SITE.html(page).selectFirst("script[type=application/ld+json]");
        JsonNode root = JSON.readTree(script.data());
        assertEquals("https://schema.org", root.get("@context").asText());
        for (JsonNode n : root.get("@graph")) if (n.get("@type").asText().equals(type)) return n;
        throw new AssertionError("no " + type + " on " + page + ": " + root);
    }

    @Test
    void aQuestionPageIsAQaPageWhoseQuestionHasItsAnswerInFull() throws Exception {
        JsonNode q = graph("python/what-is-the-gil/index.html", "QAPage").get("mainEntity");
        assertEquals("Question", q.get("@type").asText());
        assertEquals("What is the GIL?", q.get("name").asText());
        assertEquals(1, q.get("answerCount").asInt());
        JsonNode a = q.get("acceptedAnswer");
        assertEquals("Answer", a.get("@type").asText());
        assertTrue(a.get("text").asText().startsWith("The global interpreter lock lets one thread run Python bytecode at a time."), a.toString());
        assertTrue(a.get("text").asText().contains("CPU-bound threads do not scale."), a.toString());
        assertEquals("https://example.org/docs/python/what-is-the-gil/", a.get("url").asText());
    }

    @Test
    void aGuidePageIsAFaqPageOfItsQuestionsWithTheirAddresses() throws Exception {
        JsonNode questions = graph("python/index.html", "FAQPage").get("mainEntity");
        assertEquals(3, questions.size());
        assertEquals("What are *args and **kwargs in def f(*args, **kwargs)?", questions.get(1).get("name").asText());
        assertEquals("https://example.org/docs/python/what-are-args-and-kwargs/", questions.get(1).get("acceptedAnswer").get("url").asText());
    }

    @Test
    void everyPageWithAnAddressHasItsTrailAsABreadcrumbList() throws Exception {
        JsonNode items = graph("python/what-is-the-gil/index.html", "BreadcrumbList").get("itemListElement");
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode i : items) names.add(i.get("position").asInt() + " " + i.get("name").asText() + " " + i.get("item").asText());
        assertEquals("1 Home https://example.org/docs/", names.get(0));
        assertEquals(names.size() + " What is the GIL? https://example.org/docs/python/what-is-the-gil/", names.get(names.size() - 1));
        for (String n : names) assertFalse(n.contains("index.html"), n);
    }

    @Test
    void aScriptCannotBeClosedByTextInAnAnswerAndASiteWithoutAddressHasNoTrail() throws Exception {
        // the GIL's answer prints "<tag>": in the JSON-LD its "<" is \u003c, so no "</script>" in an answer can end the script
        String data = SITE.html("python/what-is-the-gil/index.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(data.contains("\\u003ctag>"), data);
        assertFalse(data.contains("<"));
        Site noAddress = new Site("No address", "", "", FixtureSite.site().guides());
        Document q = new RenderedSite(noAddress).html("python/what-is-the-gil/index.html");
        JsonNode root = JSON.readTree(q.selectFirst("script[type=application/ld+json]").data());
        assertEquals(1, root.get("@graph").size());
        assertEquals("QAPage", root.get("@graph").get(0).get("@type").asText());
        assertFalse(root.get("@graph").get(0).get("mainEntity").get("acceptedAnswer").has("url"));
    }
}
