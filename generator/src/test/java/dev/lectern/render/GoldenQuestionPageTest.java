package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fixture's richest question page, byte for byte. Rewrite the golden with {@code mvn test -Dupdate=true}
 * and review the diff; a missing golden fails, so a typo in its name cannot pass silently. Theme files' hashes are
 * written as HASH.
 */
class GoldenQuestionPageTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/render/question-page.html");

    @Test
    void theQuestionPageMatchesItsGoldenFile() throws IOException {
        RenderedSite site = new RenderedSite(FixtureSite.site());
        String actual = site.text("python/what-are-args-and-kwargs/index.html");
        // a theme file's name carries its content's hash: the golden names it "style.HASH.css", so that a change to the
        // stylesheet alone does not rewrite it (AssetNamesTest checks the hashes)
        for (String name : java.util.List.of("favicon.svg", "style.css", "highlight.css", "js/site.js", "js/search-box.js", "js/highlight.js")) {
            String hashed = site.asset(name);
            actual = actual.replace(hashed, hashed.replaceFirst("\\.[0-9a-f]{8}(\\.[a-z]+)$", ".HASH$1"));
        }
        if (Boolean.parseBoolean(System.getProperty("update"))) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(GOLDEN), "missing golden " + GOLDEN.toAbsolutePath() + " (run with -Dupdate=true)");
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
    }
}
