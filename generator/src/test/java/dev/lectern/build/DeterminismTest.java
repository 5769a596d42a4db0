package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BuiltSite;
import dev.lectern.testing.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical output: across runs, processes, output folders, time zones, locales and thread
 * counts. Each setting is a build in a child JVM (as a user runs it: the launcher's flags, the environment's TZ and
 * LANG), and every output tree is compared file by file with the first one. A run changes several settings at once
 * (a JVM start costs more than the build of the small fixture): a difference names them all, and each is one that a
 * single setting would also have shown.
 */
class DeterminismTest {
    /**
     * content/ built in this JVM (the build the end-to-end tests share) against the same content built by another
     * process: the site mvn verify builds with the CLI for the browser tests ({@code LECTERN_SITE}, in another output
     * folder), else a second build here.
     */
    @Test
    void twoBuildsOfTheContentAreByteIdentical() throws IOException {
        String e2e = System.getenv("LECTERN_SITE");
        boolean built = e2e != null && Files.isRegularFile(Path.of(e2e, "index.html"));
        Path first = built ? Path.of(e2e) : BuiltSite.build(Paths.root().resolve("content")).output;
        assertSameTree(first, BuiltSite.content().output, built ? "a build in another JVM (the CLI's) and output folder" : "a second build in the same JVM");
    }

    @Test
    void outputIsTheSameInAnyFolderTimeZoneLocaleAndThreadCount(@TempDir Path tmp) throws Exception {
        Path content = DeterminismFixture.write(tmp.resolve("content"), true);
        Path baseline = ChildBuild.run(content, tmp.resolve("a/site"), Map.of("TZ", "UTC", "LANG", "C.UTF-8"));
        List<String> settings = new ArrayList<>();
        check(settings, "another, deeper output folder; TZ=Pacific/Kiritimati (UTC+14); Turkish (LANG=tr_TR.UTF-8, user.language=tr);"
                + " 1 processor, common pool parallelism 1", baseline, ChildBuild.run(content, tmp.resolve("b/c d/e/site"),
                Map.of("TZ", "Pacific/Kiritimati", "LANG", "tr_TR.UTF-8"), "-Duser.language=tr", "-Duser.country=TR",
                "-XX:ActiveProcessorCount=1", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"));
        check(settings, "TZ=America/Los_Angeles; German (LANG=de_DE.UTF-8, user.language=de); 4 processors, common pool parallelism 3",
                baseline, ChildBuild.run(content, tmp.resolve("c/site"), Map.of("TZ", "America/Los_Angeles", "LANG", "de_DE.UTF-8"),
                "-Duser.language=de", "-Duser.country=DE", "-XX:ActiveProcessorCount=4", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=3"));
        assertEquals(2, settings.size(), settings.toString());
    }

    /** Locales change number formats, case mapping (Turkish dotless i) and collation; none may reach the output. */
    @Test
    void outputIsTheSameWithNoLocaleSet(@TempDir Path tmp) throws Exception {
        // ASCII file names: with no locale at all Java reads non-ASCII names as '?' (file names: LocaleTest)
        Path content = DeterminismFixture.write(tmp.resolve("content"), false);
        Path baseline = ChildBuild.run(content, tmp.resolve("utf8"), Map.of("LANG", "C.UTF-8"));
        List<String> settings = new ArrayList<>();
        check(settings, "LANG and LC_ALL unset", baseline, ChildBuild.run(content, tmp.resolve("none"), Map.of()));
        assertEquals(1, settings.size());
    }

    private static void check(List<String> settings, String setting, Path baseline, Path other) throws IOException {
        assertSameTree(baseline, other, setting);
        settings.add(setting);
    }

    static void assertSameTree(Path first, Path second, String setting) throws IOException {
        List<Path> a = files(first);
        List<Path> b = files(second);
        assertTrue(a.size() > 10, "only " + a.size() + " files in " + first);
        assertEquals(a.stream().map(p -> first.relativize(p).toString()).toList(), b.stream().map(p -> second.relativize(p).toString()).toList(),
                "the same files with " + setting);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), first.relativize(a.get(i)) + " differs with " + setting);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
