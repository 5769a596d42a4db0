package dev.lectern.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.Snapshot;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer session: files written as they come, then swapped in whole, or not at all. */
class OutputWriterTest {
    @TempDir
    Path dir;

    private Path build(Path out, Artifact... files) throws Exception {
        try (OutputWriter w = OutputWriter.open(out)) {
            for (Artifact a : files) w.write(a);
            w.commit();
        }
        return out;
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCommitReplacesTheSiteWholeAndLeavesNothingBeside() throws Exception {
        Path out = build(dir.resolve("site"), Artifact.text("index.html", "one"), Artifact.text("old/page.html", "old"));
        build(out, Artifact.text("index.html", "two"));
        assertEquals("two", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("old")));
        assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void withoutACommitThePreviousSiteStaysAndTheFreshFolderGoes() throws Exception {
        Path out = build(dir.resolve("site"), Artifact.text("index.html", "one"));
        try (OutputWriter w = OutputWriter.open(out)) {
            w.write(Artifact.text("index.html", "two"));
        }
        assertEquals("one", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void theSameFileTwiceIsWrittenOnceFromManyThreads() throws Exception {
        Path out = dir.resolve("site");
        try (OutputWriter w = OutputWriter.open(out)) {
            IntStream.range(0, 10_000).parallel().forEach(i -> w.write(Artifact.text("search/p-1234.js", "same bytes")));
            assertEquals(List.of("search/p-1234.js"), w.paths());
            w.commit();
        }
        assertEquals("same bytes", Files.readString(out.resolve("search/p-1234.js")));
    }

    @Test
    void theSamePathWithOtherBytesIsAnErrorNamingIt() throws Exception {
        Path out = build(dir.resolve("site"), Artifact.text("index.html", "one"));
        try (OutputWriter w = OutputWriter.open(out)) {
            w.write(Artifact.text("search/index.html", "a"));
            String why = assertThrows(IllegalStateException.class, () -> w.write(Artifact.text("search/index.html", "b"))).getMessage();
            assertTrue(why.contains("search/index.html"), why);
        }
        assertEquals("one", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aFailedWriteLeavesThePreviousSiteAndReportsThePath() throws Exception {
        Path out = build(dir.resolve("site"), Artifact.text("index.html", "one"));
        Map<String, String> before = Snapshot.of(out);
        try (OutputWriter w = OutputWriter.open(out)) {
            w.write(Artifact.text("a", "a file where a folder must go"));
            String why = assertThrows(UncheckedIOException.class, () -> w.write(Artifact.text("a/b.html", "b"))).getMessage();
            assertTrue(why.contains("cannot write a/b.html"), why);
        }
        assertEquals(before, Snapshot.of(out));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void foldersAreCreatedReadableByEveryoneNotPrivate() throws Exception {
        Path out = build(dir.resolve("site"), Artifact.text("index.html", "x"), Artifact.text("a/b/c.html", "y"));
        Set<PosixFilePermission> folder = Files.getPosixFilePermissions(out);
        for (Path p : List.of(out, out.resolve("a"), out.resolve("a/b"))) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
            assertTrue(mode.containsAll(PosixFilePermissions.fromString("r-xr-xr-x")), p + " " + PosixFilePermissions.toString(mode));
        }
        for (Path p : List.of(out.resolve("index.html"), out.resolve("a/b/c.html"), out.resolve(OutputFolder.MARKER))) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
            assertTrue(mode.containsAll(PosixFilePermissions.fromString("r--r--r--")), p + " " + PosixFilePermissions.toString(mode));
            assertFalse(mode.contains(PosixFilePermission.OTHERS_WRITE));
        }
        assertFalse(folder.contains(PosixFilePermission.OTHERS_WRITE));
    }

    @Test
    void leftoversOfKilledBuildsAreRemovedOnlyWhenTheyAreOurs() throws Exception {
        Path out = build(dir.resolve("site"), Artifact.text("index.html", "one"));
        for (String name : List.of(".site.new-abc", ".site.old-def", ".site.new-nomarker", ".other.new-abc", ".site.new-ABC")) {
            Path p = Files.createDirectories(dir.resolve(name).resolve("sub"));
            Files.writeString(p.resolve("page.html"), "x");
            if (!name.contains("nomarker")) Files.writeString(dir.resolve(name).resolve(OutputFolder.MARKER), "");
        }
        Path linked = Files.createDirectories(dir.resolve("target"));
        Files.writeString(linked.resolve(OutputFolder.MARKER), "");
        Files.createSymbolicLink(dir.resolve(".site.new-link"), linked);
        build(out, Artifact.text("index.html", "two"));
        assertEquals(List.of(".other.new-abc", ".site.new-ABC", ".site.new-link", ".site.new-nomarker", "site", "target"), siblings());
        assertTrue(Files.exists(linked.resolve(OutputFolder.MARKER)), "a link is never followed");
    }

    @Test
    void aFolderThatBecameSomeoneElsesDuringTheBuildIsNotReplaced() throws Exception {
        Path out = dir.resolve("site");
        try (OutputWriter w = OutputWriter.open(out)) {
            w.write(Artifact.text("index.html", "new"));
            Files.writeString(Files.createDirectories(out).resolve("mine.txt"), "made while the build ran");
            String why = assertThrows(OutputFolder.Refused.class, w::commit).getMessage();
            assertTrue(why.contains("changed during the build"), why);
        }
        assertEquals("made while the build ran", Files.readString(out.resolve("mine.txt")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aSiteMovedAsideByABuildKilledMidSwapIsPutBack() throws Exception {
        Path out = build(dir.resolve("site"), Artifact.text("index.html", "one"));
        Files.move(out, dir.resolve(".site.old-xyz"));
        try (OutputWriter w = OutputWriter.open(out)) {
            assertEquals("one", Files.readString(out.resolve("index.html")));
        }
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aFilePublishedAsItIsIsCopiedByteForByteAndAgainIsOneFile() throws Exception {
        byte[] big = new byte[3 << 20];
        new java.util.Random(7).nextBytes(big);
        Path image = Files.write(dir.resolve("diagram.png"), big);
        Path out = dir.resolve("site");
        try (OutputWriter w = OutputWriter.open(out)) {
            w.write(Artifact.copy("img/diagram.png", image));
            w.write(Artifact.copy("img/diagram.png", image));
            assertThrows(IllegalStateException.class, () -> w.write(Artifact.text("img/diagram.png", "other bytes")));
            w.commit();
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(big, Files.readAllBytes(out.resolve("img/diagram.png")));
    }

    @Test
    void aFileOfPartsIsWrittenAsThePartsOneAfterTheOtherAndAgainIsOneFile() throws Exception {
        List<byte[]> parts = List.of("# One\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), new byte[0],
                "---\n\n# Two \u2014 \ud83d\ude80\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Artifact file = Artifact.joined("llms-full.txt", parts);
        assertEquals("# One\n\n---\n\n# Two \u2014 \ud83d\ude80\n", new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        Path out = dir.resolve("site");
        try (OutputWriter w = OutputWriter.open(out)) {
            w.write(file);
            w.write(Artifact.text("llms-full.txt", "# One\n\n---\n\n# Two \u2014 \ud83d\ude80\n"));
            assertThrows(IllegalStateException.class, () -> w.write(Artifact.text("llms-full.txt", "# One\n")));
            w.commit();
        }
        assertEquals("# One\n\n---\n\n# Two \u2014 \ud83d\ude80\n", Files.readString(out.resolve("llms-full.txt")));
        assertThrows(IllegalArgumentException.class, () -> new Artifact("x.txt", new byte[0], null, parts));
    }

    @Test
    void aFileNameWithTwoDotsIsAFileNotAWayOut() {
        assertEquals("img/a..b.png", Artifact.copy("img/a..b.png", dir).path());
        assertThrows(IllegalArgumentException.class, () -> Artifact.copy("img/../../x.png", dir));
        assertThrows(IllegalArgumentException.class, () -> Artifact.text("./x.html", ""));
    }
}
