package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A build out of memory says how to give it more in a way that works through the launcher: its -Xmx, set from the
 * content's size, overrides one in JAVA_TOOL_OPTIONS, so the hint names LECTERN_HEAP, with more than this run had.
 */
class OutOfMemoryHintTest {
    @Test
    void theHintNamesTheLaunchersHeapSettingAndMoreThanThisHeap() {
        String line = Main.describe(new OutOfMemoryError("Java heap space"));
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        assertTrue(line.startsWith("out of memory (Java heap space, in a heap of " + mb + " MB)"), line);
        String more = line.substring(line.indexOf("LECTERN_HEAP=") + "LECTERN_HEAP=".length(), line.indexOf("g through"));
        assertTrue(Long.parseLong(more) * 1024 > mb, line);
        assertTrue(line.endsWith("java -Xmx" + more + "g"), line);
    }
}
