package dev.lectern.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One rebuild per burst of changes, none for what a build writes, and watching that survives its callback. */
@Timeout(60)
class WatcherTest {
    @TempDir
    Path dir;

    private final AtomicInteger calls = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> notices = new ConcurrentLinkedQueue<>();

    private static void awaitCalls(AtomicInteger calls, int n) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (calls.get() < n && System.nanoTime() < end) Thread.sleep(20);
    }

    /** What a build does to the output folder: a temporary folder beside it, files, then a rename. */
    private static void writeLikeABuild(Path output, int n) {
        try {
            Path fresh = Files.createDirectories(output.resolveSibling("." + output.getFileName() + ".new-" + n));
            Files.createDirectories(fresh.resolve("g"));
            for (int i = 0; i < 20; i++) Files.writeString(fresh.resolve("g/page-" + i + ".html"), "page " + n);
            if (Files.exists(output)) Files.move(output, output.resolveSibling("." + output.getFileName() + ".old-" + n));
            Files.move(fresh, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void oneEditIsOneRebuildWhenTheBuildWritesInsideTheWatchedFolder() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path output = content.resolve("site");
        writeLikeABuild(output, 0);
        try (Watcher w = new Watcher(List.of(content), output, notices::add, () -> writeLikeABuild(output, calls.incrementAndGet()))) {
            Files.writeString(content.resolve("g.md"), "# Edited\n");
            awaitCalls(calls, 1);
            Thread.sleep(2000);
            assertEquals(1, calls.get());
        }
    }

    @Test
    void aBurstOfChangesIsOneRebuild() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        try (Watcher w = new Watcher(List.of(content), dir.resolve("site"), notices::add, calls::incrementAndGet)) {
            for (int i = 0; i < 30; i++) Files.writeString(content.resolve("g" + i + ".md"), "# Guide " + i + "\n");
            Files.createDirectories(content.resolve("sub/deeper"));
            Files.writeString(content.resolve("sub/deeper/x.md"), "# X\n");
            awaitCalls(calls, 1);
            Thread.sleep(1500);
            assertEquals(1, calls.get());
        }
    }

    @Test
    void anErrorInARebuildDoesNotStopTheWatching() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Runnable failing = () -> {
            if (calls.incrementAndGet() == 1) throw new OutOfMemoryError("thrown by the test");
        };
        try (Watcher w = new Watcher(List.of(content), dir.resolve("site"), notices::add, failing)) {
            Files.writeString(content.resolve("g.md"), "# One\n");
            awaitCalls(calls, 1);
            Thread.sleep(500);
            Files.writeString(content.resolve("g.md"), "# Two\n");
            awaitCalls(calls, 2);
            assertEquals(2, calls.get());
            assertEquals(1, notices.stream().filter(n -> n.contains("OutOfMemoryError")).count(), notices.toString());
        }
    }
}
