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
    /** Bursts made at most in {@link #aBurstOfChangesIsOneRebuild}. */
    private static final int BURSTS = 5;

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

    /**
     * A burst is changes less than {@link Watcher#QUIET_MS} apart, so a burst whose writer was held up that long (a
     * loaded machine: the tests run beside Chromium and builds) is rightly two: such a burst is made again, up to
     * {@link #BURSTS} times, and the last one counts whatever happened to it.
     */
    @Test
    void aBurstOfChangesIsOneRebuild() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        try (Watcher w = new Watcher(List.of(content), dir.resolve("site"), notices::add, calls::incrementAndGet)) {
            for (int burst = 1; ; burst++) {
                calls.set(0);
                long longestGap = 0;
                long last = System.nanoTime();
                for (int i = 0; i < 30; i++) {
                    Files.writeString(content.resolve("g" + i + ".md"), "# Guide " + burst + "." + i + "\n");
                    longestGap = Math.max(longestGap, System.nanoTime() - last);
                    last = System.nanoTime();
                }
                Files.createDirectories(content.resolve("sub" + burst + "/deeper"));
                Files.writeString(content.resolve("sub" + burst + "/deeper/x.md"), "# X\n");
                longestGap = Math.max(longestGap, System.nanoTime() - last);
                awaitCalls(calls, 1);
                Thread.sleep(1500);
                if (longestGap < Watcher.QUIET_MS * 1_000_000 / 2 || burst == BURSTS) {
                    assertEquals(1, calls.get(), "burst " + burst + ", its longest gap " + longestGap / 1_000_000 + " ms");
                    return;
                }
            }
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
