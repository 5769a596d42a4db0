package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BigSites;
import dev.lectern.testing.ChildBuilds;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The output grows linearly with the content. Each generated site ({@link BigSites}) is built at size N and 2N in a
 * child JVM with a stated heap ({@link #HEAP}, the two sizes one after the other), within a generous bound on its CPU
 * time (it catches a build gone quadratic, it does not measure: {@code bench/scale.sh} does); doubling the site must
 * not much more than double its output,
 * and every page of the bigger one is reachable by links from the home page.
 */
class ScaleTest {
    static final String HEAP = "-Xmx384m";
    static final int TIMEOUT_SECONDS = 120;
    /** Twice the content, at most this many times the output: a sidebar listing the whole site made it about 4. */
    static final double MAX_GROWTH = 2.3;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} and twice as many")
    // each size past the navigation's windows (50 entries), so that a list of the whole site would show in the growth
    @CsvSource({"sections, 150", "files, 100", "questions, 500", "headings, 1500"})
    void doublingASiteAboutDoublesItsOutputAndEveryPageStaysReachable(String kind, int n) throws Exception {
        Path small = dir.resolve("small");
        Path big = dir.resolve("big");
        BigSites.write(kind, n, small.resolve("content"));
        BigSites.write(kind, 2 * n, big.resolve("content"));
        // both in one child JVM (one start, a warm JIT for the second), each within the bound
        Map<Path, ChildBuilds.Result> built = ChildBuilds.run(List.of(small, big), HEAP, TIMEOUT_SECONDS, TIMEOUT_SECONDS);
        built.forEach((job, r) -> assertEquals(0, r.code(), kind + " " + job.getFileName() + " did not build within "
                + TIMEOUT_SECONDS + " s (of CPU or wall time), or failed: " + r.log()));
        long smallBytes = bytes(small.resolve("site"));
        long bigBytes = bytes(big.resolve("site"));
        double growth = (double) bigBytes / smallBytes;
        assertTrue(growth < MAX_GROWTH, kind + ": " + smallBytes + " bytes, then " + bigBytes + " (x" + growth + ")");
        Set<String> unreached = pages(big.resolve("site"));
        unreached.removeAll(crawl(big.resolve("site")));
        unreached.remove("404.html"); // a host serves it at any missing address; nothing links to it
        assertEquals(Set.of(), unreached, "pages no link leads to from the home page");
    }

    /** The bytes of a built site. */
    private static long bytes(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
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
