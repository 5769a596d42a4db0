package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lectern.testing.ChildBuilds;
import dev.lectern.testing.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile input of {@link PathologicalCorpus} builds a whole site (the CLI in a child JVM with {@link #HEAP}, so
 * that the memory ceiling is real and a hang can be killed; the cases one after another in one such JVM, see
 * {@link ChildBuilds}): within its CPU bound, the site exists with a good guide beside the hostile one, a warning says
 * so where content was cut or flattened, and every listed word of the input reaches the site (a page or the search
 * index). Figures, at the full sizes: {@code bench/pathological.sh}.
 *
 * <p>The cases are a tenth of the benchmark's sizes ({@link #DIVISOR}: 10,000 headings, a 10,000-row table, a line of
 * 500 KB, …), each still far past the limit it tests. The bound is on the CPU time of the case's build
 * ({@link #CPU_SECONDS}), so that other work on a shared machine does not count against it; a wall-clock cap catches
 * a child that sleeps. It catches hangs and quadratic time, and measures nothing: the largest cases take 1 to 4 s of
 * CPU in the child JVM (it prints them), while a stage quadratic in 10,000 pages, headings or rows, at a microsecond a
 * pair, would take 100 s.
 */
class PathologicalInputsTest {
    static final int DIVISOR = 10;
    static final int CPU_SECONDS = 20;
    static final int WALL_SECONDS = 120;
    static final String HEAP = "-Xmx1g";

    @TempDir
    static Path dir;

    /** Before JUnit's cleanup, which takes a minute over the folder tree 1,000 deep (see {@link Trees}). */
    @AfterAll
    static void deleteTheSites() throws IOException {
        Trees.deleteContents(dir);
    }

    /** The builds of all the cases, made by the first test that needs one. */
    private static Map<Path, ChildBuilds.Result> results;

    @TestFactory
    Stream<DynamicTest> eachHostileInputBuildsASiteInBoundedTimeAndMemory() {
        String only = System.getProperty("pathological", "");  // -Dpathological=REGEX runs the matching cases only
        List<PathologicalCorpus.Case> cases = PathologicalCorpus.cases(DIVISOR).stream().filter(c -> only.isEmpty() || c.name().matches(only)).toList();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, cases)));
    }

    private static synchronized ChildBuilds.Result build(PathologicalCorpus.Case c, List<PathologicalCorpus.Case> cases) throws Exception {
        if (results == null) {
            List<Path> jobs = new ArrayList<>();
            for (PathologicalCorpus.Case each : cases) {
                if (each.pending() != null) continue;
                Path content = dir.resolve(each.name()).resolve("content");
                each.write(content);
                Files.writeString(content.resolve("good.md"), "# Good\n\n## Basics\n\n### Q1: What still builds?\n\nThe good guide.\n");
                jobs.add(dir.resolve(each.name()));
            }
            results = ChildBuilds.run(jobs, HEAP, CPU_SECONDS, WALL_SECONDS);
        }
        return results.get(dir.resolve(c.name()));
    }

    private static void check(PathologicalCorpus.Case c, List<PathologicalCorpus.Case> cases) throws Exception {
        Assumptions.assumeTrue(c.pending() == null, () -> "pending: " + c.pending());
        ChildBuilds.Result r = build(c, cases);
        Path site = dir.resolve(c.name()).resolve("site");
        String out = r.log();
        if (r.code() == ChildBuilds.TIMEOUT) fail(c.name() + " did not build within " + CPU_SECONDS + " s of CPU time and "
                + WALL_SECONDS + " s of wall time (" + r.cpuSeconds() + " s of CPU used)");
        assertEquals(0, r.code(), out);
        assertTrue(Files.exists(site.resolve("good/index.html")), "the good guide is built");
        String slug = c.file().substring(0, c.file().indexOf('.'));
        assertTrue(Files.exists(site.resolve(slug + "/index.html")), "the hostile guide has a page");
        if (c.cut() != null) {
            assertTrue(out.lines().anyMatch(l -> l.contains(c.file() + ":") && l.contains("warning:") && l.contains(c.cut())),
                    "a warning about '" + c.cut() + "' names the file:\n" + head(out));
        }
        List<String> missing = wordsNotIn(site, c.words());
        assertEquals(List.of(), missing, "words of the input that reach no page and not the search index");
    }

    /**
     * The words found in no file of the site (its pages and its search index, which is where a guide's words can go;
     * not the theme's assets): the index first, file by file, until every word is found. The site of 10,000
     * headings is some 10,000 pages, so this reads only what it must.
     */
    private static List<String> wordsNotIn(Path site, List<String> words) {
        List<String> missing = new ArrayList<>(words);
        try (Stream<Path> walk = Files.walk(site)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(site.resolve("assets")))
                    .sorted(Comparator.comparing((Path f) -> !f.startsWith(site.resolve("search")))).toList();
            for (Path f : files) {
                if (missing.isEmpty()) break;
                String text = Files.readString(f);
                missing.removeIf(word -> Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])").matcher(text).find());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    private static String head(String s) {
        return s.length() < 4000 ? s : s.substring(0, 4000) + "…";
    }
}
