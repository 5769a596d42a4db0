package dev.lectern.render.highlight;

import dev.lectern.testing.Paths;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Highlighting throughput over every code block of a content folder (default: the repository's content/), one
 * thread, as pages do it. Not a test: run it with bench/highlight.sh, which uses the launcher's JVM flags.
 * Prints the block count, the cold first pass (JIT cold), then the median warm pass, each as thread CPU time (steady
 * on a busy machine) and wall time.
 */
public final class HighlightBench {
    private HighlightBench() {
    }

    public static void main(String[] args) {
        Path content = args.length > 0 ? Path.of(args[0]) : Paths.root().resolve("content");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<ContentCode.Snippet> blocks = ContentCode.read(content);
        long chars = blocks.stream().mapToLong(b -> b.code().length()).sum();
        long known = blocks.stream().filter(b -> Highlighter.shared().languageTable().grammarFor(b.language(), b.code()) != null).count();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

        long t0 = System.nanoTime();
        Highlighter h = new Highlighter();
        long built = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        long sink = pass(h, blocks);
        long coldWall = System.nanoTime() - built;
        long coldCpu = cpu.getCurrentThreadCpuTime() - c0;
        List<Long> wall = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            long t = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            sink += pass(h, blocks);
            cpuTimes.add(cpu.getCurrentThreadCpuTime() - c);
            wall.add(System.nanoTime() - t);
        }
        int n = blocks.size();
        System.out.printf(Locale.ROOT, "blocks: %d (%d in a known language), %d KB of code, %d passes%n", n, known, chars / 1024, passes);
        System.out.printf(Locale.ROOT, "grammars built in %.1f ms%n", (built - t0) / 1e6);
        System.out.printf(Locale.ROOT, "cold pass: %.0f ms CPU (%.2f ms/block), %.0f ms wall%n", coldCpu / 1e6, coldCpu / 1e6 / n, coldWall / 1e6);
        long medCpu = median(cpuTimes);
        System.out.printf(Locale.ROOT, "warm pass, median: %.0f ms CPU (%.3f ms/block, %.1f MB/s), %.0f ms wall (%.3f ms/block)%n",
                medCpu / 1e6, medCpu / 1e6 / n, chars / (medCpu / 1e9) / 1e6, median(wall) / 1e6, median(wall) / 1e6 / n);
        if (sink == 42) System.out.println(); // keeps the work from being optimised away
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long pass(Highlighter h, List<ContentCode.Snippet> blocks) {
        long out = 0;
        for (ContentCode.Snippet b : blocks) out += h.highlight(b.language(), b.code()).length();
        return out;
    }
}
