package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.cli.Main;
import dev.lectern.testing.ChildLectern;
import dev.lectern.testing.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that dies (kill -9 at a random moment) or cannot finish (a full disk) leaves the previous site whole, and
 * the next build removes what the dead one left beside it. Real processes, a real signal and a real full file system.
 */
class CrashSafetyTest {
    @TempDir
    Path project;

    /** A content folder of {@code guides} guides whose every answer says {@code word}, large enough to take a moment. */
    static Path content(Path folder, String word, int guides, int questions) throws IOException {
        Files.createDirectories(folder);
        for (int g = 0; g < guides; g++) {
            StringBuilder md = new StringBuilder("# Guide " + g + " about " + word + "\n\n## Basics\n\n");
            for (int q = 0; q < questions; q++) {
                md.append("### Q").append(q + 1).append(": How does ").append(word).append(' ').append(g).append('.').append(q)
                        .append(" work?\n\n").append(("The " + word + " answer, told at some length so the page has weight. ").repeat(12))
                        .append("\n\n```python\ndef f_").append(q).append("(x):\n    return x * ").append(q).append("\n```\n\n");
            }
            Files.writeString(folder.resolve("guide-" + g + ".md"), md);
        }
        return folder;
    }

    private List<String> besideTheSite(Path parent) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).sorted().toList();
        }
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousSiteAndTheNextBuildCleansUp() throws Exception {
        content(project.resolve("a"), "alpha", 6, 40);
        content(project.resolve("b"), "beta", 6, 40);
        assertEquals(0, ChildLectern.run(project, "build", "--content", "b", "--output", "site").code());
        Map<String, String> siteB = Snapshot.of(project.resolve("site"));
        ChildLectern.Run a = ChildLectern.run(project, "build", "--content", "a", "--output", "site");
        assertEquals(0, a.code(), a.err());
        Map<String, String> siteA = Snapshot.of(project.resolve("site"));
        Random random = new Random(8);
        boolean leftBehind = false;
        for (int i = 0; i < 4; i++) {
            Process build = ChildLectern.start(project, "build", "--content", i % 2 == 0 ? "b" : "a", "--output", "site");
            Thread.sleep(400 + random.nextInt(2600));
            build.destroyForcibly();
            assertTrue(build.waitFor(30, TimeUnit.SECONDS));
            Map<String, String> now = Snapshot.of(project.resolve("site"));
            assertTrue(now.equals(siteA) || now.equals(siteB), "after kill " + i + " the site is neither the previous one nor the new one");
            leftBehind |= !besideTheSite(project).isEmpty();
        }
        ChildLectern.Run last = ChildLectern.run(project, "build", "--content", "a", "--output", "site");
        assertEquals(0, last.code(), last.err());
        assertEquals(siteA, Snapshot.of(project.resolve("site")));
        assertEquals(List.of(), besideTheSite(project), "leftovers of the killed builds remain");
        System.out.println("CrashSafetyTest: killed builds left folders beside the site: " + leftBehind);
    }

    @Test
    void aFullDiskLeavesThePreviousSiteAndReportsTheError() throws Exception {
        Path disk = Files.createDirectories(project.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString()) == 0,
                "needs a tiny tmpfs (root); OutputWriterTest covers a failed write without one");
        try {
            content(project.resolve("small"), "alpha", 1, 3);
            content(project.resolve("big"), "beta", 8, 40);
            ChildLectern.Run first = ChildLectern.run(project, "build", "--content", "small", "--output", "disk/site");
            assertEquals(0, first.code(), first.err());
            Map<String, String> before = Snapshot.of(disk.resolve("site"));
            ChildLectern.Run full = ChildLectern.run(project, "build", "--content", "big", "--output", "disk/site");
            assertEquals(Main.FAILED, full.code(), full.out());
            assertTrue(full.err().startsWith("error: build failed: cannot write ") && full.err().contains("No space left on device"), full.err());
            assertEquals(1, full.err().lines().count(), full.err());
            assertEquals(before, Snapshot.of(disk.resolve("site")));
            assertEquals(List.of(), besideTheSite(disk));
        } finally {
            run("umount", "-l", disk.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
