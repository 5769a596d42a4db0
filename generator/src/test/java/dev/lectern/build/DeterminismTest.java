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
 * The same input gives byte-identical output: across runs, output folders, time zones, locales and thread counts.
 * Each setting is a separate build in a child JVM (as a user runs it: the launcher's flags, the environment's
 * TZ and LANG), and every output tree is compared file by file with the first one.
 */
class DeterminismTest {
    @Test
    void twoBuildsOfTheContentAreByteIdentical() throws IOException {
        Path first = BuiltSite.content().output;
        Path second = BuiltSite.build(Paths.root().resolve("content")).output;
        assertSameTree(first, second, "a second build in the same JVM");
    }

    @Test
    void outputIsTheSameInAnyFolderTimeZoneAndThreadCount(@TempDir Path tmp) throws Exception {
        Path content = DeterminismFixture.write(tmp.resolve("content"), true);
        Path baseline = ChildBuild.run(content, tmp.resolve("a/site"), utf8In("UTC"));
        List<String> settings = new ArrayList<>();
        check(settings, "another, deeper output folder", baseline, ChildBuild.run(content, tmp.resolve("b/c d/e/site"), utf8In("UTC")));
        check(settings, "TZ=Pacific/Kiritimati (UTC+14)", baseline, ChildBuild.run(content, tmp.resolve("tz1"), utf8In("Pacific/Kiritimati")));
        check(settings, "TZ=America/Los_Angeles", baseline, ChildBuild.run(content, tmp.resolve("tz2"), utf8In("America/Los_Angeles")));
        check(settings, "1 processor, common pool parallelism 1", baseline, ChildBuild.run(content, tmp.resolve("cpu1"), utf8In("UTC"),
                "-XX:ActiveProcessorCount=1", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"));
        check(settings, "4 processors, common pool parallelism 3", baseline, ChildBuild.run(content, tmp.resolve("cpu4"), utf8In("UTC"),
                "-XX:ActiveProcessorCount=4", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=3"));
        assertEquals(5, settings.size(), settings.toString());
    }

    /** Locales change number formats, case mapping (Turkish dotless i) and collation; none may reach the output. */
    @Test
    void outputIsTheSameInAnyLocale(@TempDir Path tmp) throws Exception {
        Path content = DeterminismFixture.write(tmp.resolve("content"), false);
        Path baseline = ChildBuild.run(content, tmp.resolve("utf8"), Map.of("LANG", "C.UTF-8"));
        List<String> settings = new ArrayList<>();
        check(settings, "LANG and LC_ALL unset", baseline, ChildBuild.run(content, tmp.resolve("none"), Map.of()));
        check(settings, "Turkish (LANG=tr_TR.UTF-8, user.language=tr)", baseline, ChildBuild.run(content, tmp.resolve("tr"),
                Map.of("LANG", "tr_TR.UTF-8"), "-Duser.language=tr", "-Duser.country=TR"));
        check(settings, "German (LANG=de_DE.UTF-8, user.language=de)", baseline, ChildBuild.run(content, tmp.resolve("de"),
                Map.of("LANG", "de_DE.UTF-8"), "-Duser.language=de", "-Duser.country=DE"));
        assertEquals(3, settings.size());
    }

    /** A UTF-8 locale in time zone {@code tz} (file names with no locale at all: {@link LocaleTest}). */
    private static Map<String, String> utf8In(String tz) {
        return Map.of("TZ", tz, "LANG", "C.UTF-8");
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
