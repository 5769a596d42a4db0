package dev.lectern.render.highlight;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.Golden;
import dev.lectern.testing.Paths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One sample per language in {@code golden/highlight/<language>.<ext>}, highlighted byte for byte as in
 * {@code <language>.html} beside it. Rewrite with {@code -Dupdate=true}, then read the diff: a golden is only as
 * right as its review.
 */
class HighlightGoldenTest {
    private static final Path DIR = Paths.root().resolve("generator/src/test/resources/golden/highlight");
    private static final Highlighter HIGHLIGHTER = Highlighter.shared();

    @TestFactory
    Stream<DynamicTest> eachSampleMatchesItsGoldenFile() throws IOException {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String language = stem(input);
            String code = Files.readString(input, StandardCharsets.UTF_8);
            String html = HIGHLIGHTER.strict(language, code);
            assertNotNull(html, "no grammar for " + language);
            SpanCheck.assertFaithful(code, html, input.getFileName().toString());
            Golden.check(DIR.resolve(language + ".html"), html);
        }));
    }

    @Test
    void everyLanguageHasASample() throws IOException {
        List<String> samples = inputs().stream().map(HighlightGoldenTest::stem).toList();
        for (List<String> names : HIGHLIGHTER.languages()) {
            assertTrue(samples.contains(names.get(0)), "no golden sample for " + names.get(0) + " in " + DIR);
        }
    }

    private static List<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> !p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
