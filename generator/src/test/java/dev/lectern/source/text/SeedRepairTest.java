package dev.lectern.source.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real guides in content/ (copies of the seeds): 000 is Mac Roman mojibake, 001 Windows-1252 with lost bytes. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SeedRepairTest {
    static final String SEED_000 = "data-engineering-python.md";
    static final String SEED_001 = "python-interview-questions.md";
    private static final List<String> FORBIDDEN = List.of("â€", "â”", "Ã", "ðŸ", "üê", "\uF8FF");

    /** Surefire sets lectern.root to the repository; from an IDE the module directory's parent is the same place. */
    static Path content(String name) {
        return Path.of(System.getProperty("lectern.root", "..")).resolve("content").resolve(name);
    }

    static Repaired load(String name) throws IOException {
        Decoded d = TextDecoder.decode(Files.readAllBytes(content(name)), "content/" + name);
        assertEquals(List.of(), d.diagnostics(), "the seeds are valid UTF-8");
        return MojibakeRepair.repair(d.text(), "content/" + name);
    }

    private static long count(String text, String what) {
        return (text.length() - text.replace(what, "").length()) / what.length();
    }

    @ParameterizedTest
    @ValueSource(strings = {SEED_000, SEED_001})
    void no_mojibake_is_left_in_the_seeds(String name) throws IOException {
        String text = load(name).text();
        for (String bad : FORBIDDEN) {
            int at = text.indexOf(bad);
            assertTrue(at < 0, () -> name + " still contains " + MojibakeRepair.visible(bad) + " at line "
                    + (text.substring(0, at).chars().filter(c -> c == '\n').count() + 1));
        }
    }

    @Test
    void seed_000_is_repaired_from_mac_roman() throws IOException {
        Repaired r = load(SEED_000);
        assertEquals(List.of("content/data-engineering-python.md:1: note: repaired 25 mojibake sequences"
                + " (UTF-8 read as Mac Roman)"), r.diagnostics().stream().map(Diagnostic::format).toList());
        String[] lines = r.text().split("\n", -1);
        assertEquals("# 🐍 Python Interview Questions for Data Engineers", lines[0]);
        assertEquals("## 📑 Table of Contents", lines[14]);
        assertEquals("1. [🎯 Core Python Concepts](#-core-python-concepts)", lines[16]);
        assertEquals("5. [⚡ Concurrency & Parallelism](#-concurrency--parallelism)", lines[20]);
        assertEquals("## 💾 Memory Management", lines[258]);
        assertTrue(lines[1648].contains("img.shields.io/badge/💡_Explain_Trade--offs"), lines[1648]);
    }

    @Test
    void seed_001_is_repaired_from_windows_1252_including_the_lost_bytes() throws IOException {
        Repaired r = load(SEED_001);
        assertEquals(List.of("content/python-interview-questions.md:1: note: repaired 3,732 mojibake sequences"
                + " (UTF-8 read as Windows-1252); 93 of them had a byte missing and were completed by best guess"),
                r.diagnostics().stream().map(Diagnostic::format).toList());
        String t = r.text();
        // the 93 guesses: E2 _9D_ 8C, E2 94 _90_, E2 86 _90_, EF B8 _8F_
        assertEquals(36, count(t, "❌"));
        assertEquals(34, count(t, "┐"));
        assertEquals(10, count(t, "←"));
        assertEquals(13, count(t, "⚠\uFE0F"));
        assertEquals(20, count(t, "🔴"));
        assertEquals(58, count(t, "✅"));
        assertTrue(t.contains("**Difficulty:** 🔴 Hard"), "meta line");
    }

    /**
     * The lost byte of ┐ decides where a box's top-right corner lands. For every box whose left edge runs straight
     * down from ┌ to └, the top border (with the guessed ┐) must be exactly as wide as the bottom border (intact
     * bytes), counted in code points. Content lines are not compared: the author miscounted some of them (e.g.
     * line 29, "Thread 4", is one short with no mojibake involved).
     */
    @Test
    void box_diagrams_in_seed_001_line_up_again() throws IOException {
        String[] lines = load(SEED_001).text().split("\n", -1);
        int verified = 0;
        for (int i = 0; i < lines.length; i++) {
            int[] top = lines[i].codePoints().toArray();
            for (int c = 0; c < top.length; c++) {
                if (top[c] != '┌') continue;
                int right = border(top, c);
                assertTrue(right < top.length && top[right] == '┐', "line " + (i + 1) + ": top border not closed by ┐");
                for (int k = i + 1; k < lines.length; k++) {
                    int[] row = lines[k].codePoints().toArray();
                    if (c < row.length && (row[c] == '│' || row[c] == '├')) continue;
                    if (c < row.length && row[c] == '└') {
                        int end = border(row, c);
                        assertTrue(end < row.length && row[end] == '┘', "line " + (k + 1) + ": bottom border");
                        assertEquals(right, end, "box from line " + (i + 1) + " to " + (k + 1));
                        verified++;
                    }
                    break; // left edge broken by the drawing itself (3 arrows into boxes at lines 1473-1496)
                }
            }
        }
        assertTrue(verified >= 28, "verified " + verified + " boxes");
    }

    /** Index of the first code point after a run of ─ ┬ ┴ ┼ that starts after the corner at {@code c}. */
    private static int border(int[] row, int c) {
        int e = c + 1;
        while (e < row.length && "─┬┴┼".indexOf(row[e]) >= 0) e++;
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"python-fundamentals.md", "python-interview-pdf.md", "stark-python-questions.txt"})
    void the_guides_without_mojibake_are_left_untouched(String name) throws IOException {
        String text = TextDecoder.decode(Files.readAllBytes(content(name)), name).text();
        Repaired r = MojibakeRepair.repair(text, name);
        assertSame(text, r.text());
        assertEquals(List.of(), r.diagnostics());
    }

    @Test
    void repairing_seed_001_is_fast() throws IOException {
        String text = Files.readString(content(SEED_001));
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 10; run++) { // best of ten, after the JIT has seen the code
            long t0 = System.nanoTime();
            assertFalse(MojibakeRepair.repair(text, SEED_001).text().contains("â”"));
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("repair of %s (%,d chars): %.1f ms (best of 10)%n", SEED_001, text.length(), best / 1e6);
        assertTrue(best < 500_000_000L, "took " + best / 1_000_000 + " ms");
    }
}
