package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.Severity;
import dev.lectern.model.Guide;
import dev.lectern.model.Site;
import dev.lectern.normalize.Normalizer;
import dev.lectern.publish.Artifact;
import dev.lectern.source.ContentFile;
import dev.lectern.source.SourceStage;
import dev.lectern.testing.Bounded;
import dev.lectern.testing.Scratch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A one-guide site from any input, read, normalized and rendered whole (home, guide, question, topic, search pages):
 * pages and diagnostics, never an exception, never a hang, and never a failure blamed on the default theme.
 */
class RenderFuzzTest {
    private static final SourceStage SOURCE = new SourceStage();
    private static final Path FILE = file();

    static {
        render("# Warm-up\n\n## Section\n\n### What is it?\n\nAn answer with `code`.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "10s")
    void anyGuideRendersToPagesOrDiagnostics(byte[] bytes) {
        Bounded.run("reading and rendering", bytes.length, () -> render(bytes));
    }

    private static Void render(byte[] bytes) {
        try {
            Files.write(FILE, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diagnostics diags = new Diagnostics();
        Guide guide = SOURCE.readOne(new ContentFile(FILE, "guide.md", "guide"), diags);
        Site site = Normalizer.normalize(guide == null ? List.of() : List.of(guide), SiteConfig.DEFAULTS);
        List<Artifact> artifacts = RenderedSite.RENDERER.render(site, diags);
        for (Diagnostic d : diags.sorted()) {
            assertTrue(d.severity() != Severity.ERROR || !d.message().startsWith("theme template failed"), d.format());
        }
        Set<String> paths = artifacts.stream().map(Artifact::path).collect(Collectors.toSet());
        assertTrue(paths.contains("index.html") && paths.contains("404.html"), paths.toString());
        if (guide != null) assertTrue(paths.contains(site.guides().get(0).slug() + "/index.html"), paths.toString());
        assertEquals(paths.size(), artifacts.size(), "each output path written once");
        return null;
    }

    private static Path file() {
        try {
            Path dir = Scratch.folder("lectern-fuzz-render-");
            dir.toFile().deleteOnExit();
            dir.resolve("guide.md").toFile().deleteOnExit();
            return dir.resolve("guide.md");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
