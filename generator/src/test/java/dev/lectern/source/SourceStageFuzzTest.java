package dev.lectern.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.Severity;
import dev.lectern.model.Guide;
import dev.lectern.testing.Bounded;
import dev.lectern.testing.Scratch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole read stage on a content folder of one file holding the input: one guide, or none with a warning or
 * error saying why; never an exception, never a hang. The dialect is detected, as in a build (or named by the
 * input's front matter).
 */
class SourceStageFuzzTest {
    private static final SourceStage STAGE = new SourceStage();
    private static final Path CONTENT = folder();

    @FuzzTest(maxDuration = "10s")
    void aOneFileContentFolderReadsToAGuideOrADiagnostic(byte[] bytes) throws IOException {
        Files.write(CONTENT.resolve("guide.md"), bytes);
        Bounded.run("the read stage", bytes.length, () -> {
            Diagnostics diags = new Diagnostics();
            List<ContentFile> files = SourceStage.discover(CONTENT, SiteConfig.DEFAULTS, diags);
            List<Guide> guides = STAGE.read(files, diags);
            assertTrue(guides.size() <= 1, "one file, at most one guide");
            if (guides.isEmpty()) {
                assertTrue(diags.count(Severity.WARNING) + diags.count(Severity.ERROR) > 0, "no guide, and nothing saying why");
            } else {
                assertEquals("", guides.get(0).slug(), "a one-document site opens on it: its URL is the home page's");
            }
            return null;
        });
    }

    private static Path folder() {
        try {
            Path dir = Scratch.folder("lectern-fuzz-content-");
            dir.toFile().deleteOnExit();
            dir.resolve("guide.md").toFile().deleteOnExit(); // runs first: the folder must be empty to go
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
