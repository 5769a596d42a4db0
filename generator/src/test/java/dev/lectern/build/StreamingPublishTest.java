package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.ChildLectern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages go to disk as they are rendered, so a site much larger than the heap still builds; and search files with the
 * same content (they are named by it) are one file, not a failed build ("two artifacts write search/s-….js").
 */
class StreamingPublishTest {
    @TempDir
    Path project;

    @Test
    void aSiteLargerThanTheHeapBuildsAndIdenticalSearchFilesAreWrittenOnce() throws Exception {
        CrashSafetyTest.content(project.resolve("content"), "thing", 12, 100);
        ChildLectern.Run r = ChildLectern.run(project, Map.of("JAVA_TOOL_OPTIONS", "-Xmx32m"), "build", "--output", "site");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1200 questions in 12 guides: 1216 HTML files"), r.out());
        long bytes;
        try (Stream<Path> files = Files.walk(project.resolve("site"))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(bytes > 15L << 20, "the site should be too large for a 32 MB heap to hold with everything else: " + bytes);
    }
}
