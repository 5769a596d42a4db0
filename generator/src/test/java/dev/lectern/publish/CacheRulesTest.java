package dev.lectern.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * _headers as Netlify and Cloudflare Pages read it: a line with a path ("/dir/*" for everything below dir/), then its
 * indented headers. Both apply every rule that matches, joining the values, so a path must match exactly one.
 */
class CacheRulesTest {
    private static final List<String> HASHED = List.of("assets/style.0a1b2c3d.css", "assets/js/site.1a2b3c4d.js");
    private static final List<String> SITE = List.of("index.html", "404.html", "sitemap.xml", "robots.txt",
            "guide/index.html", "guide/q/index.html", "search/core.js", "search/index.html",
            "assets/style.0a1b2c3d.css", "assets/js/site.1a2b3c4d.js", "assets/logo.png", "assets/img/a b.png", "my notes:1.txt");

    @Test
    void hashedFilesKeepAYearAndEveryOtherAddressRevalidatesWithExactlyOneRuleEach() {
        Map<String, String> rules = parse(CacheRules.of(SITE, HASHED));
        List<String> requests = new ArrayList<>(SITE.stream().map(p -> "/" + CacheRules.encode(p)).toList());
        requests.addAll(List.of("/", "/guide/", "/guide/q/", "/search/"));
        for (String request : requests) {
            List<String> matching = rules.keySet().stream().filter(rule -> matches(rule, request)).toList();
            assertEquals(1, matching.size(), request + " matches " + matching + " of " + rules.keySet());
            boolean hashed = HASHED.contains(request.substring(1));
            assertEquals(hashed ? "Cache-Control: public, max-age=31536000, immutable" : "Cache-Control: no-cache",
                    rules.get(matching.get(0)), request);
        }
        // a content file beside the theme's under assets/ keeps its name, so it is not kept a year
        assertTrue(rules.containsKey("/assets/logo.png") && rules.containsKey("/assets/img/*"), rules.keySet().toString());
        assertTrue(rules.containsKey("/guide/*") && rules.containsKey("/my%20notes%3A1.txt"), rules.keySet().toString());
    }

    @Test
    void pastTheHundredRulesCloudflareReadsOnlyTheHashedFilesGetOne() {
        List<String> site = new ArrayList<>(HASHED);
        IntStream.range(0, 120).forEach(i -> site.add("page-" + i + ".html"));
        Map<String, String> rules = parse(CacheRules.of(site, HASHED));
        assertEquals(HASHED.stream().map(p -> "/" + p).sorted().toList(), List.copyOf(rules.keySet()));
        assertEquals(List.copyOf(parse(CacheRules.of(site, HASHED)).keySet()), List.copyOf(rules.keySet()), "the same every time");
    }

    /** Path → its one header; the file's own syntax: '#' comments, a path at the start of a line, headers indented. */
    private static Map<String, String> parse(Artifact headers) {
        assertEquals("_headers", headers.path());
        Map<String, String> rules = new LinkedHashMap<>();
        String path = null;
        for (String line : new String(headers.bytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("/")) {
                assertTrue(!line.contains(" "), "a path has no space: " + line);
                path = line;
                assertEquals(null, rules.put(path, null), "one rule per path");
            } else {
                assertTrue(line.startsWith("  ") && path != null && rules.get(path) == null, line);
                rules.put(path, line.strip());
            }
        }
        return rules;
    }

    private static boolean matches(String rule, String request) {
        return rule.endsWith("/*") ? request.startsWith(rule.substring(0, rule.length() - 1)) : rule.equals(request);
    }
}
