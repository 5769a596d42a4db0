package dev.lectern.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.build.Pipeline;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.source.FrontMatter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML that expands without bound (aliases of aliases: "billion laughs"), nests without bound, or sets a base URL
 * that is not a web address is reported at its file:line, in front matter and in lectern.yml alike; the build goes on.
 */
class YamlBoundsTest {
    @TempDir
    Path dir;

    /**
     * {@code levels} levels of {@code fanout} aliases each to the level below, under {@code key}:
     * fanout^(levels+1) values in a few hundred bytes.
     */
    static String laughs(String key, int levels, int fanout) {
        StringBuilder y = new StringBuilder("l0: &l0 [" + String.join(", ", java.util.Collections.nCopies(10, "lol")) + "]\n");
        for (int i = 1; i <= levels + 1; i++) {
            String refs = String.join(", ", java.util.Collections.nCopies(fanout, "*l" + (i - 1)));
            y.append(i <= levels ? "l" + i + ": &l" + i + " [" : key + ": [").append(refs).append("]\n");
        }
        return y.toString();
    }

    private static String text(Diagnostics d) {
        return String.join("\n", d.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void theIssuesBombOf48AliasesInFrontMatterIsAWarningAtItsLine() {
        String yaml = laughs("title", 23, 2);
        assertTrue(yaml.length() < 600 && yaml.split("\\*").length - 1 == 48, yaml.length() + " bytes");
        List<Diagnostic> diags = new ArrayList<>();
        FrontMatter fm = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> FrontMatter.split("---\n" + yaml + "---\n# Guide\n", "content/bomb.md", diags));
        assertEquals("", fm.string("title"));
        assertEquals("# Guide\n", fm.body());
        assertEquals(1, diags.size(), diags.toString());
        assertTrue(diags.get(0).format().startsWith("content/bomb.md:"), diags.get(0).format());
        assertTrue(diags.get(0).format().contains("aliases"), diags.get(0).format());
    }

    @Test
    void aBombUnderTheAliasLimitIsStoppedByTheSizeBoundAtItsLine() {
        String yaml = laughs("title", 4, 4);
        assertEquals(20, yaml.split("\\*").length - 1);
        List<Diagnostic> diags = new ArrayList<>();
        FrontMatter fm = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> FrontMatter.split("---\n" + yaml + "---\nBody\n", "content/bomb.md", diags));
        assertTrue(fm.data().isEmpty());
        assertEquals(1, diags.size(), diags.toString());
        String d = diags.get(0).format();
        assertTrue(d.matches("(?s)content/bomb\\.md:\\d+: warning: front matter expands to more than 10000 values.*"), d);
    }

    @Test
    void deepNestingIsReportedNotACrash() {
        String yaml = "title: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        List<Diagnostic> diags = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> FrontMatter.split("---\n" + yaml + "---\nBody\n", "content/deep.md", diags));
        assertEquals(1, diags.size(), diags.toString());
        assertTrue(diags.get(0).format().contains("nested too deeply"), diags.get(0).format());
    }

    @Test
    void aBombInLecternYmlIsAnErrorAtItsLineAndTheDefaultsStand() {
        for (String yaml : List.of(laughs("guides", 23, 2), laughs("title", 4, 4))) {
            Diagnostics d = new Diagnostics();
            SiteConfig c = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ConfigLoader.parse(yaml, "content/lectern.yml", d));
            assertEquals(SiteConfig.DEFAULTS, c);
            assertTrue(text(d).matches("(?s)content/lectern\\.yml:\\d+: error: config .*(aliases|expands to more than 10000 values).*"), text(d));
        }
    }

    @Test
    void aBaseUrlThatIsNotAnHttpUrlIsAnErrorAtItsLine() {
        for (String bad : List.of("javascript:alert(1)", "/docs/", "ftp://example.org/", "https://", "data:text/html,x")) {
            Diagnostics d = new Diagnostics();
            SiteConfig c = ConfigLoader.parse("title: T\nbase_url: \"" + bad + "\"\n", "content/lectern.yml", d);
            assertEquals("", c.baseUrl(), bad);
            assertTrue(text(d).startsWith("content/lectern.yml:2: error: base_url must be an absolute http or https URL"), text(d));
        }
        Diagnostics ok = new Diagnostics();
        assertEquals("https://example.org/guides/", ConfigLoader.parse("base_url: https://example.org/guides/\n", "content/lectern.yml", ok).baseUrl());
        assertEquals("", text(ok));
    }

    @Test
    void aLecternYmlInWindows1252IsDecodedAsGuidesAre() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("guide.md"), "# Guide\n\n### Q1: Why?\n\nBecause.\n");
        Files.write(content.resolve("lectern.yml"), "title: Café crème\n".getBytes(Charset.forName("windows-1252")));
        Pipeline.Result r = new Pipeline().build(content, dir.resolve("site"));
        assertEquals("Café crème", r.site().title(), text(r.diagnostics()));
        assertTrue(text(r.diagnostics()).contains("content/lectern.yml:1: note: not UTF-8"), text(r.diagnostics()));
    }

}
