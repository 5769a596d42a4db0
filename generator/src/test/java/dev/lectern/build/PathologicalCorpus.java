package dev.lectern.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Hostile inputs, made by code rather than committed: each case is one guide file whose text a recipe writes (and
 * for a hostile folder tree, the files around it). The
 * same recipes feed {@code PathologicalInputsTest} and {@code bench/pathological.sh} (through {@link #main}), so
 * the benchmark measures exactly what the tests bound. JDK only, so the benchmark can run it from test-classes.
 *
 * <p>{@code cut} names a word of the message expected when the case's content is cut or its structure flattened
 * (null: nothing may be cut); {@code words} are words of the input that must reach the site; {@code pending} (null
 * for most) says which known defect outside the read stage still keeps the case past its bound: the test skips it with
 * that reason, and the benchmark still measures it.
 */
public final class PathologicalCorpus {
    public record Case(String name, String file, String text, String cut, List<String> words, String pending, Map<String, String> more) {
        Case(String name, String file, String text, String cut, List<String> words) {
            this(name, file, text, cut, words, null, Map.of());
        }

        Case pending(String reason) {
            return new Case(name, file, text, cut, words, reason, more);
        }

        Case with(Map<String, String> files) {
            return new Case(name, file, text, cut, words, pending, files);
        }

        /** Writes the case's files into {@code content}. */
        public void write(Path content) throws IOException {
            Files.createDirectories(content);
            Files.writeString(content.resolve(file), text);
            for (Map.Entry<String, String> f : more.entrySet()) {
                Path p = content.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
        }
    }

    private PathologicalCorpus() {
    }

    private static final String HEAD = "# Hostile guide\n\n## Section\n\n### Q1: What does this answer hold?\n\n";

    /** The cases at the sizes of the benchmark. */
    public static List<Case> cases() {
        return cases(1);
    }

    /**
     * The cases with their large counts (the ones far past every limit, in lines, elements, rows and bytes) divided by
     * {@code divisor}: the test's hang guard needs a size at which a quadratic stage would blow its bound, no more. The
     * counts that only just pass a limit, or whose output is inherently quadratic (a folder tree n deep, n runs of
     * backticks), stay as they are.
     */
    public static List<Case> cases(int divisor) {
        IntUnaryOperator big = n -> n / divisor;
        int notes = big.applyAsInt(40_000);
        int fences = big.applyAsInt(20_000);
        int rows = big.applyAsInt(100_000);
        int headings = big.applyAsInt(100_000);
        int lineBytes = big.applyAsInt(5_000_000);
        return List.of(
                new Case("blank-lines-in-answer", "blank.md",
                        HEAD + "First words\n" + "\n".repeat(3000) + "| a | b |\n" + "\n".repeat(3000) + "Last words\n", null,
                        List.of("First", "Last")),
                new Case("unclosed-note-tags", "notes.mdx",
                        "# Notes\n\n" + lines(notes, i -> "<Note>\nnote" + i) + "tailword\n", "never closed",
                        List.of("note0", "note" + (notes - 1), "tailword")),
                new Case("unclosed-fences-in-admonitions", "fences.md",
                        "# Fences\n\n" + lines(fences, i -> "!!! note\n    ```python\n    fenced" + i) + "tailword\n", "never closed",
                        List.of("fenced0", "fenced" + (fences - 1), "tailword")),
                new Case("ordered-list-markers", "ordered.md", HEAD + "1. ".repeat(big.applyAsInt(50_000)) + "deepword\n", "nested",
                        List.of("deepword")),
                new Case("open-brackets", "brackets.md", HEAD + "[".repeat(big.applyAsInt(40_000)) + " bracketword\n", "inline elements", List.of("bracketword")),
                new Case("span-tags", "spans.md", HEAD + "<span>".repeat(big.applyAsInt(100_000)) + " spanword\n", "inline elements", List.of("spanword")),
                new Case("backtick-runs", "backticks.md", HEAD + backtickRuns(400) + "tickword\n", "inline elements", List.of("tickword")),
                new Case("unclosed-backticks", "ticks.md", HEAD + "`tick ".repeat(10_000) + "\n", "inline elements", List.of("tick")),
                new Case("unclosed-emphasis", "emphasis.md", HEAD + "*star _under **strong ".repeat(10_000) + "\n", null,
                        List.of("star", "under", "strong")),
                new Case("table-" + rows + "-rows", "rows.md", HEAD + "| key | value |\n|---|---|\n"
                        + lines(rows, i -> "| k" + i + " | v" + i + " |") + "\nafterword\n", "is cut into", List.of("k0", "v" + (rows - 1), "afterword")),
                new Case("table-2000-columns", "columns.md", HEAD + row(2000, c -> "h" + c) + row(2000, c -> "---")
                        + row(2000, c -> "c" + c) + "\nafterword\n", null, List.of("h0", "c1999", "afterword")),
                new Case("nested-blockquotes", "quotes.md", HEAD + "> ".repeat(10_000) + "quoteword\n", "nested",
                        List.of("quoteword")),
                new Case("nested-bullet-lists", "bullets.md", HEAD + "- ".repeat(10_000) + "listword\n", "nested",
                        List.of("listword")),
                new Case("nested-details", "details.md", HEAD + lines(10_000, i -> "<details><summary>s" + i + "</summary>\n")
                        + "detailword\n" + "</details>\n".repeat(10_000), "nested", List.of("s0", "s9999", "detailword")),
                new Case("line-of-" + lineBytes / 1000 + "-KB", "line.md", HEAD + "lorem ipsum dolor sit amet ".repeat(lineBytes / 27) + "lastword\n",
                        null, List.of("lorem", "lastword")),
                new Case("headings-" + headings, "headings.md", "# Headings\n\n" + lines(headings, i -> "## Heading h" + i + "\n\ntext t" + i + "\n"),
                        null, List.of("h0", "t" + (headings - 1))),
                new Case("folders-1000-deep", "deep.md", "# Deep\n\nA tree of folders below.\n", null, List.of("deepword1", "deepword1000"))
                        .with(deepFolders(1000)));
    }

    /** Folders {@code d/d/…} {@code n} deep, a page in each: every page's sidebar and breadcrumbs have n levels above. */
    private static Map<String, String> deepFolders(int n) {
        Map<String, String> files = new LinkedHashMap<>();
        String dir = "";
        for (int i = 1; i <= n; i++) {
            dir += "d/";
            files.put(dir + "p.md", "# Page " + i + "\n\nText deepword" + i + ".\n");
        }
        return files;
    }

    private static String lines(int n, IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(line.apply(i)).append('\n');
        return sb.toString();
    }

    private static String row(int cells, IntFunction<String> cell) {
        StringBuilder sb = new StringBuilder("|");
        for (int c = 0; c < cells; c++) sb.append(' ').append(cell.apply(c)).append(" |");
        return sb.append('\n').toString();
    }

    /** Runs of 1, 2, … n backticks between words: no run closes another, so each is a literal that a parser re-examines. */
    private static String backtickRuns(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= n; k++) sb.append("`".repeat(k)).append(" w ");
        return sb.append('\n').toString();
    }

    /** Writes each case into {@code DIR/<case>/content/<file>} (for the benchmark); prints the case names. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        for (Case c : cases()) {
            if (args.length > 1 && !c.name().matches(args[1])) continue;
            c.write(root.resolve(c.name()).resolve("content"));
            System.out.println(c.name());
        }
    }
}
