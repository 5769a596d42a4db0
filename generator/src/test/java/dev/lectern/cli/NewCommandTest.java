package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern new DIR}: a site that builds strictly and passes the check as it is, and a folder it refuses. */
class NewCommandTest {
    @TempDir
    Path tmp;

    private static Run run(String... args) {
        return Run.of(args);
    }

    private Path fakeJar() throws Exception {
        return Files.write(tmp.resolve("some.jar"), new byte[] {'P', 'K', 3, 4, 0, (byte) 0xff});
    }

    @Test
    void aNewSiteBuildsStrictlyWithNoWarningAndPassesTheCheck() throws Exception {
        Path site = tmp.resolve("acme-docs");
        Run created = run("new", site.toString(), "--jar", fakeJar().toString());
        assertEquals(Main.OK, created.code, created.err);
        assertEquals("", created.err);
        for (String f : List.of("lectern", ".lectern/lectern.jar", ".gitignore", "README.md", ".github/workflows/pages.yml",
                "content/lectern.yml", "content/01-getting-started.md", "content/02-faq.md", "content/img/build.svg")) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f);
            assertTrue(created.out.contains("  " + f + "\n"), created.out);
        }
        assertArrayEquals(Files.readAllBytes(tmp.resolve("some.jar")), Files.readAllBytes(site.resolve(".lectern/lectern.jar")));
        assertTrue(Files.getPosixFilePermissions(site.resolve("lectern")).contains(PosixFilePermission.OWNER_EXECUTE));
        assertTrue(Files.readString(site.resolve(".gitignore")).lines().anyMatch("site/"::equals));

        Path out = site.resolve("site");
        Run build = run("build", "--strict", "--content", site.resolve("content").toString(), "--output", out.toString());
        assertEquals(Main.OK, build.code, build.err);
        assertTrue(build.out.startsWith("Built 4 questions in 1 guide, and 1 page: "), build.out);
        assertTrue(build.out.contains("(0 errors, 0 warnings, 0 notes)"), build.out);
        assertTrue(build.out.contains(": 0 problems, 0 external links"), build.out);
        assertEquals("", build.err);
        // the doc page shows its image and links to the guide, and the guide links back
        String doc = Files.readString(out.resolve("getting-started/index.html"));
        assertTrue(doc.contains("src=\"../img/build.svg\""), doc);
        assertTrue(doc.contains("href=\"../faq/index.html\""), doc);
        assertTrue(Files.readString(out.resolve("faq/index.html")).contains("href=\"../getting-started/index.html\""));
        assertTrue(Files.isRegularFile(out.resolve("img/build.svg")));
        assertTrue(Files.readString(out.resolve("faq/index.html")).contains("<pre"), "the guide shows a code block");

        Run check = run("check", "--output", out.toString());
        assertEquals(Main.OK, check.code, check.err);
        assertTrue(check.out.contains(": 0 problems"), check.out);
    }

    @Test
    void theSiteBuildsAsTheWorkflowBuildsItUnderABaseUrl() throws Exception {
        Path site = tmp.resolve("docs");
        assertEquals(Main.OK, run("new", site.toString(), "--jar", fakeJar().toString()).code);
        Path out = site.resolve("site");
        String base = "https://example.github.io/repo/";
        Run build = run("build", "--strict", "--base-url", base, "--content", site.resolve("content").toString(), "--output", out.toString());
        assertEquals(Main.OK, build.code, build.err);
        assertEquals(Main.OK, run("check", "--base-url", base, "--output", out.toString()).code);
    }

    @Test
    void theKeysLecternYmlShowsCommentedOutAreValidAsTheyStand() throws Exception {
        Path site = tmp.resolve("keys");
        assertEquals(Main.OK, run("new", site.toString(), "--jar", fakeJar().toString()).code);
        Path yml = site.resolve("content/lectern.yml");
        // uncomment every "# key: value" line and every "#   - item" line under it, leaving the prose comments
        String uncommented = Files.readString(yml).lines().map(l -> l.startsWith("# ") && (l.matches("# [a-z_]+:.*") || l.startsWith("#   ")) ? l.substring(2) : l)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Files.writeString(yml, uncommented);
        assertTrue(uncommented.contains("\nnav:\n  - 01-getting-started.md\n"), uncommented);
        Run build = run("build", "--strict", "--content", site.resolve("content").toString(), "--output", site.resolve("site").toString());
        assertEquals(Main.OK, build.code, build.err);
        assertTrue(Files.readString(site.resolve("site/index.html")).contains("<title>My project"));
    }

    @Test
    void aFolderThatHoldsAnythingIsRefusedAndLeftAsItWas() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(site.resolve("notes.txt"), "keep me");
        Run r = run("new", site.toString(), "--jar", fakeJar().toString());
        assertEquals(Main.USAGE, r.code);
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(r.err.startsWith("error: ") && r.err.contains("mine already exists and is not empty"), r.err);
        try (Stream<Path> files = Files.list(site)) {
            assertEquals(List.of(site.resolve("notes.txt")), files.toList());
        }
        assertEquals("keep me", Files.readString(site.resolve("notes.txt")));
    }

    @Test
    void aFileIsRefusedAndAnEmptyFolderIsTaken() throws Exception {
        Path file = Files.writeString(tmp.resolve("site.txt"), "x");
        Run r = run("new", file.toString(), "--jar", fakeJar().toString());
        assertEquals(Main.USAGE, r.code);
        assertTrue(r.err.contains("site.txt is a file"), r.err);
        assertEquals("x", Files.readString(file));

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(Main.OK, run("new", empty.toString(), "--jar", fakeJar().toString()).code);
        assertTrue(Files.isRegularFile(empty.resolve("content/02-faq.md")));
    }

    @Test
    void theNextStepNamesTheFolderAsTheShellReadsIt() throws Exception {
        Path site = tmp.resolve("it's docs");
        Run r = run("new", site.toString(), "--jar", fakeJar().toString());
        assertEquals(Main.OK, r.code, r.err);
        String quoted = "'" + site.toString().replace("'", "'\\''") + "'";
        assertTrue(r.out.contains("\n  cd " + quoted + " && ./lectern serve "), r.out);
        assertEquals("docs/acme", NewCommand.shellWord("docs/acme"));
    }

    @Test
    void withoutAFolderItIsAUsageError() {
        Run r = run("new");
        assertEquals(Main.USAGE, r.code);
        assertTrue(r.err.contains("DIR"), r.err);
    }

    @Test
    void runFromClassesItWritesTheRestAndSaysHowToAddTheJar() {
        Path site = tmp.resolve("classes-only");
        Run r = run("new", site.toString());
        assertEquals(Main.OK, r.code, r.err);
        assertFalse(Files.exists(site.resolve(".lectern/lectern.jar")));
        assertTrue(Files.isRegularFile(site.resolve("lectern")));
        assertTrue(r.err.startsWith("note: Lectern is not running from its jar, so .lectern/lectern.jar was not written"), r.err);
        assertTrue(r.err.contains("copy Lectern's jar there"), r.err);
    }

    @Test
    void aJarThatIsNotThereIsAUsageErrorAndWritesNothing() {
        Path site = tmp.resolve("nojar");
        Run r = run("new", site.toString(), "--jar", tmp.resolve("missing.jar").toString());
        assertEquals(Main.USAGE, r.code);
        assertTrue(r.err.contains("missing.jar is not a file"), r.err);
        assertFalse(Files.exists(site));
    }
}
