package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.cli.Main;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never crashes the build and never silently loses content: each bad file gets a diagnostic naming
 * {@code file:line}, the good guide still builds, and {@code --strict} exits 1. The timeout only guards against a hang.
 */
@Timeout(180)
class BadInputTest {
    @TempDir
    static Path dir;
    static Path content;
    static Pipeline.Result result;

    @BeforeAll
    static void buildASiteFullOfBadFiles() throws IOException {
        content = dir.resolve("content");
        Files.createDirectories(content);
        write("good.md", "# Good\n\n## Basics\n\n### Q1: What is a good question?\n\nAn answer.\n");
        Files.write(content.resolve("binary.md"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2, (byte) 0xff, 0, 0});
        byte[] utf8 = "# Title\n\ncaf\u00e9 \u2615 is valid UTF-8\nbad ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(utf8, utf8.length + 7);
        System.arraycopy(new byte[] {(byte) 0xff, ' ', 'b', 'y', 't', 'e', '\n'}, 0, bad, utf8.length, 7);
        Files.write(content.resolve("invalid-utf8.md"), bad);
        write("unclosed-accordion.mdx", "# Mintlify\n\n## One\n\n<AccordionGroup>\n<Accordion title=\"1. Is it closed?\">\n  No, it is not.\n</AccordionGroup>\n");
        write("unclosed-admonition.md", "# MkDocs\n\n## One\n\n### What is missing?\n\n??? success \"View Answer\"\nThe body is not indented.\n");
        write("empty-answer.md", "# Empty\n\n## One\n\n### Q1: Who answers this?\n\n### Q2: And this?\n\nThis one has an answer.\n");
        write("nested-lists.md", "# Lists\n\n" + nested(1000, i -> "  ".repeat(i) + "- level " + i));
        write("nested-quotes.md", "# Quotes\n\n" + ">".repeat(1000) + " deep\n");
        write("huge.md", "# Huge\n\n" + "All work and no play makes a very large file. ".repeat(10 * 1024 * 1024 / 46 + 1));
        result = new Pipeline().build(content, dir.resolve("site"));
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(content.resolve(name), text);
    }

    private static String nested(int n, java.util.function.IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(line.apply(i)).append('\n');
        return sb.toString();
    }

    private static Diagnostic find(String file, Severity atLeast, String text) {
        List<Diagnostic> all = result.diagnostics().sorted();
        return all.stream().filter(d -> d.pos().file().endsWith("/" + file) && d.severity().compareTo(atLeast) >= 0 && d.message().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + atLeast + " about '" + text + "' in " + file + "; got:\n"
                        + String.join("\n", all.stream().map(Diagnostic::format).toList())));
    }

    @Test
    void theGoodGuideStillBuilds() {
        assertTrue(Files.exists(dir.resolve("site/good/index.html")));
        assertTrue(result.site().guides().stream().anyMatch(g -> g.slug().equals("good") && g.questionCount() == 1));
    }

    @Test
    void aBinaryFileIsSkippedWithAnError() {
        assertEquals(1, find("binary.md", Severity.ERROR, "binary").pos().line());
    }

    @Test
    void invalidUtf8IsReportedAtItsLine() {
        assertEquals(4, find("invalid-utf8.md", Severity.WARNING, "UTF-8").pos().line());
    }

    @Test
    void anUnclosedAccordionIsReportedAtItsOpeningTag() {
        assertEquals(6, find("unclosed-accordion.mdx", Severity.WARNING, "never closed").pos().line());
        assertTrue(result.site().guides().stream().anyMatch(g -> g.slug().equals("unclosed-accordion") && g.questionCount() == 1),
                "the accordion's content is still read");
    }

    @Test
    void anAdmonitionWithoutBodyIsReported() {
        assertEquals(7, find("unclosed-admonition.md", Severity.WARNING, "no body").pos().line());
        assertTrue(Files.exists(dir.resolve("site/unclosed-admonition/index.html")));
    }

    @Test
    void anEmptyAnswerIsReported() {
        assertEquals(5, find("empty-answer.md", Severity.WARNING, "no answer").pos().line());
    }

    @Test
    void thousandLevelNestingIsReportedNotOverflowed() {
        assertEquals(3, find("nested-lists.md", Severity.WARNING, "nested").pos().line());
        assertEquals(3, find("nested-quotes.md", Severity.WARNING, "nested").pos().line());
        assertTrue(Files.exists(dir.resolve("site/nested-quotes/index.html")));
    }

    @Test
    void aTenMegabyteFileIsReportedNotHung() {
        assertEquals(1, find("huge.md", Severity.ERROR, "too large").pos().line());
    }

    @Test
    void strictModeFailsOnBadInputAndPlainModeBuilds() {
        String c = content.toString();
        assertEquals(Main.FAILED, Main.run("build", "--content", c, "--output", dir.resolve("strict-site").toString(), "--strict"));
        assertEquals(Main.OK, Main.run("build", "--content", c, "--output", dir.resolve("plain-site").toString()));
    }
}
