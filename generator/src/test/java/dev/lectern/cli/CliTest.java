package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: arguments in, output and exit code out. */
class CliTest {
    @TempDir
    Path dir;

    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void helpListsTheBuildCommandAndExitsZero() {
        Run r = run("--help");
        assertEquals(0, r.code);
        assertTrue(r.out.contains("build"), r.out);
    }

    @Test
    void versionPrintsTheProjectsVersionFromTheBuild() {
        Run r = run("--version");
        assertEquals(0, r.code);
        String expected = System.getProperty("lectern.version");
        assertTrue(expected != null && !expected.isBlank(), "surefire passes the pom's version as lectern.version");
        assertEquals("lectern " + expected, r.out.strip());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run r = run("build", "--no-such-option");
        assertEquals(Main.USAGE, r.code);
        assertTrue(r.err.contains("--no-such-option"), r.err);
    }

    @Test
    void aMissingContentFolderIsAUsageErrorWithAClearMessage() {
        Run r = run("build", "--content", dir.resolve("nope").toString(), "--output", dir.resolve("site").toString());
        assertEquals(Main.USAGE, r.code);
        assertTrue(r.err.startsWith("error: content folder not found: ") && r.err.contains("give another with --content DIR"), r.err);
        assertEquals(1, r.err.lines().count(), r.err);
    }

    @Test
    void aContentFolderThatIsAFileSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("guide.md"), "# Guide\n");
        Run r = run("build", "--content", file.toString(), "--output", dir.resolve("site").toString());
        assertEquals(Main.USAGE, r.code);
        assertTrue(r.err.contains("is a file; give the folder that holds the guides"), r.err);
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(Files.notExists(dir.resolve("site")));
    }

    @Test
    void buildPrintsASummaryAndWritesTheSite() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("guide.md"), "# Guide\n\n## Part\n\n### Q1: Why?\n\nBecause.\n");
        Run r = run("build", "--content", content.toString(), "--output", dir.resolve("site").toString(), "--strict");
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.matches("(?s)Built 1 question in 1 guide: \\d+ HTML files into .* in [0-9.]+ s.*"), r.out);
        assertTrue(Files.exists(dir.resolve("site/index.html")));
    }

    @Test
    void anUnknownConfigKeyIsAnErrorAtItsLineAndStrictFails() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("guide.md"), "# Guide\n\n### Q1: Why?\n\nBecause.\n");
        Files.writeString(content.resolve("lectern.yml"), "title: Site\ntitel: typo\n");
        Run r = run("build", "--content", content.toString(), "--output", dir.resolve("site").toString(), "--strict");
        assertEquals(Main.FAILED, r.code);
        assertTrue(r.err.contains("lectern.yml:2: error: unknown config key 'titel'"), r.err);
        assertTrue(r.err.contains("did you mean 'title'?"), r.err);
    }

    @Test
    void strictBuildsCheckTheSiteAndNameTheSourceOfWhatTheBuildDidNotWarnAbout() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        // a root-relative path is the host's business, so the build keeps it without a word; the check finds it missing
        Files.writeString(content.resolve("faq.md"), "# FAQ\n\n## Basics\n\n### Q1: What does the logo look like?\n\n"
                + "Like this: <img src=\"/brand/logo.png\" alt=\"logo\">\n\n### Q2: Where is the manual?\n\nSee [the manual](manual.md).\n");
        Path site = dir.resolve("site");
        Run r = run("build", "--strict", "--content", content.toString(), "--output", site.toString());
        assertEquals(Main.FAILED, r.code, r.err);
        assertTrue(r.err.contains("faq.md:5: error: the built page index.html (and 1 more): <img src> '/brand/logo.png' "
                + "leads to brand/logo.png, which the site does not have"), r.err);
        // manual.md is missing: the build's warning says so at its line, and the check does not say it again
        assertTrue(r.err.contains("faq.md:11: warning: 'manual.md' refers to manual.md"), r.err);
        assertTrue(!r.err.contains("manual.md' leads to"), r.err);
        assertTrue(r.out.contains("problems ("), r.out);

        Run check = run("check", "--output", site.toString());
        assertEquals(Main.FAILED, check.code);
        assertTrue(check.err.contains("what-does-the-logo-look-like/index.html: error: <img src> '/brand/logo.png'"), check.err);
        assertTrue(check.out.startsWith("Checked "), check.out);

        Files.writeString(content.resolve("faq.md"), "# FAQ\n\n## Basics\n\n### Q1: What is new?\n\nNothing.\n");
        assertEquals(Main.OK, run("build", "--strict", "--content", content.toString(), "--output", site.toString()).code);
        assertEquals(Main.OK, run("check", "--output", site.toString()).code);
        assertEquals(Main.USAGE, run("check", "--output", dir.resolve("none").toString()).code);
    }

    @Test
    void baseUrlOnTheCommandLineReplacesTheConfigsAndTheSiteChecksUnderItsPath() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("lectern.yml"), "base_url: https://old.example.org/\n");
        Files.writeString(content.resolve("guide.md"), "# Guide\n\n## Basics\n\n### What is new?\n\nNothing.\n");
        Path site = dir.resolve("site");
        Run r = run("build", "--strict", "--base-url", "https://example.org/docs/", "--content", content.toString(), "--output", site.toString());
        assertEquals(Main.OK, r.code, r.err);
        String notFound = Files.readString(site.resolve("404.html"));
        assertTrue(notFound.contains("href=\"https://example.org/docs/assets/") || notFound.contains("href=\"/docs/assets/"), notFound);
        assertTrue(Files.readString(site.resolve("what-is-new/index.html")).contains("<link rel=\"canonical\" href=\"https://example.org/docs/what-is-new/\""));
        assertEquals(Main.OK, run("check", "--base-url", "https://example.org/docs/", "--output", site.toString()).code);

        Run bad = run("build", "--strict", "--base-url", "javascript:alert(1)", "--content", content.toString(), "--output", site.toString());
        assertEquals(Main.FAILED, bad.code);
        assertTrue(bad.err.contains("--base-url: error: base_url must be an absolute http or https URL"), bad.err);
    }

    @Test
    void urlsOnTheCommandLineReplacesTheConfigsAndAnUnknownStyleIsAUsageError() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("lectern.yml"), "urls: file\n");
        Files.writeString(content.resolve("guide.md"), "# Guide\n\n## Basics\n\n### What is new?\n\nNothing.\n\n### What is old?\n\nAll.\n");
        Path site = dir.resolve("site");
        Run r = run("build", "--strict", "--urls", "directory", "--content", content.toString(), "--output", site.toString());
        assertEquals(Main.OK, r.code, r.err);
        String page = Files.readString(site.resolve("what-is-new/index.html"));
        assertTrue(page.contains("href=\"../what-is-old/\""), page);
        assertTrue(!page.contains("index.html\""), page);

        Run bad = run("build", "--urls", "pretty", "--content", content.toString(), "--output", site.toString());
        assertEquals(Main.USAGE, bad.code);
        assertTrue(bad.err.startsWith("--urls must be 'file' or 'directory', not 'pretty': write 'file'"), bad.err);
        assertEquals(page, Files.readString(site.resolve("what-is-new/index.html")), "a refused build touches nothing");
    }
}
