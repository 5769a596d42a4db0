package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BigSites;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The output grows linearly with the content. Each generated site ({@link BigSites}) is built at size N and 2N in a
 * JVM of its own with a stated heap ({@link #HEAP}), within a generous time bound (it catches a build gone quadratic,
 * it does not measure: {@code bench/scale.sh} does); doubling the site must not much more than double its output,
 * and every page of the bigger one is reachable by links from the home page.
 */
class ScaleTest {
    static final String HEAP = "-Xmx384m";
    static final long TIMEOUT_SECONDS = 120;
    /** Twice the content, at most this many times the output: a sidebar listing the whole site made it about 4. */
    static final double MAX_GROWTH = 2.3;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} and twice as many")
    @CsvSource({"sections, 300", "files, 100", "questions, 1000", "headings, 3000"})
    void doublingASiteAboutDoublesItsOutputAndEveryPageStaysReachable(String kind, int n) throws Exception {
        long small = build(kind, n, dir.resolve("small"));
        Path big = dir.resolve("big");
        long large = build(kind, 2 * n, big);
        double growth = (double) large / small;
        assertTrue(growth < MAX_GROWTH, kind + ": " + small + " bytes, then " + large + " (x" + growth + ")");
        Set<String> unreached = pages(big.resolve("site"));
        unreached.removeAll(crawl(big.resolve("site")));
        unreached.remove("404.html"); // a host serves it at any missing address; nothing links to it
        assertEquals(Set.of(), unreached, "pages no link leads to from the home page");
    }

    /** Writes the site, builds it in a child JVM, and returns the bytes of its output. */
    private static long build(String kind, int n, Path at) throws IOException, InterruptedException {
        BigSites.write(kind, n, at.resolve("content"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), HEAP, "-Xss16m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "dev.lectern.cli.Main", "build",
                "--content", at.resolve("content").toString(), "--output", at.resolve("site").toString())
                .redirectErrorStream(true).redirectOutput(at.resolve("log.txt").toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(kind + " " + n + " did not build within " + TIMEOUT_SECONDS + " s");
        }
        assertEquals(0, p.exitValue(), kind + " " + n + ": " + Files.readString(at.resolve("log.txt")));
        try (Stream<Path> files = Files.walk(at.resolve("site"))) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static Set<String> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).map(f -> site.relativize(f).toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /** The pages reached from index.html through links (and the search form), as a reader clicking would. */
    private static Set<String> crawl(Path site) throws IOException {
        Set<String> seen = new HashSet<>(Set.of("index.html"));
        Deque<String> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            String page = todo.pop();
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            for (Element e : doc.select("a[href], form[action]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("action");
                if (url.isEmpty() || url.startsWith("#") || url.contains(":")) continue;
                String path = URI.create(page).resolve(URI.create(url.replaceAll("[?#].*", ""))).normalize().getPath();
                if (path.endsWith(".html") && seen.add(path) && Files.exists(site.resolve(path))) todo.push(path);
            }
        }
        return seen;
    }
}
