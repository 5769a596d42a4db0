package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePathsTest {
    @TempDir
    Path dir;

    @Test
    void sourcesAreNamedRelativeToTheProjectFolderWhereverTheBuildStarts() throws IOException {
        Path content = Files.createDirectories(dir.resolve("project/content"));
        Files.writeString(content.resolve("g.md"), "# G\n\n## S\n\n### Q1: Why?\n\nBecause.\n");
        Pipeline.Result r = new Pipeline().build(content, dir.resolve("site"));
        assertEquals("content/g.md:5", r.site().guides().get(0).sections().get(0).questions().get(0).pos().toString());
        assertTrue(Files.readString(dir.resolve("site/questions.json")).contains("\"source\": \"content/g.md:5\""));
    }
}
