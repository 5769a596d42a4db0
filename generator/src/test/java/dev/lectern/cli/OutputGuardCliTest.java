package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.ChildLectern;
import dev.lectern.testing.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder Lectern must not replace is refused with exit code 2 and one line saying why, and nothing on disk
 * changes. Each runs in a JVM of its own, in a temp project: the old code obeyed these and deleted what they named.
 */
class OutputGuardCliTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void project() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(content.resolve("guide.md"), "# Guide\n\n## Part\n\n### Q1: Why?\n\nBecause.\n");
        Files.writeString(Files.createDirectories(project.resolve(".git")).resolve("HEAD"), "ref: refs/heads/main\n");
        Files.writeString(project.resolve("notes.txt"), "my notes\n");
    }

    /** Runs lectern in {@code workDir} and checks that it was refused, saying {@code why}, with nothing changed. */
    private void refused(Path workDir, String why, String... args) throws Exception {
        Map<String, String> before = Snapshot.of(dir);
        ChildLectern.Run r = ChildLectern.run(workDir, args);
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(r.err().startsWith("error: output folder") && r.err().contains(why), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(before, Snapshot.of(dir), "the build touched the disk");
    }

    @Test
    void theContentFolderAsOutputIsRefused() throws Exception {
        refused(project, "is the content folder", "build", "--content", "content", "--output", "content");
    }

    @Test
    void aFolderInsideTheContentFolderIsRefused() throws Exception {
        refused(project, "is inside the content folder", "build", "--content", "content", "--output", "content/site");
    }

    @Test
    void theProjectAroundTheContentFolderIsRefused() throws Exception {
        refused(project.resolve("content"), "contains the content folder", "build", "--content", ".", "--output", "..");
    }

    @Test
    void theWorkingDirectoryIsRefused() throws Exception {
        refused(project, "is the working directory", "build", "--output", ".");
        refused(project, "is the working directory", "build", "--output", "");
    }

    @Test
    void aFileIsRefused() throws Exception {
        refused(project, "is a file", "build", "--output", "notes.txt");
    }

    @Test
    void aSymbolicLinkIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(project.resolve("out"), dir.resolve("elsewhere"));
        refused(project, "is a symbolic link", "build", "--output", "out");
    }

    @Test
    void aFolderLectternDidNotWriteIsRefusedWithWhatToDo() throws Exception {
        Files.writeString(Files.createDirectories(project.resolve("docs")).resolve("mine.html"), "<p>mine</p>\n");
        refused(project, "remove it yourself, or choose another --output", "build", "--output", "docs");
    }

    @Test
    void aSiteLecternWroteIsReplacedAndCarriesTheMarker() throws Exception {
        ChildLectern.Run first = ChildLectern.run(project, "build", "--output", "site");
        assertEquals(0, first.code(), first.err());
        assertTrue(Files.isRegularFile(project.resolve("site/.lectern-site")));
        Files.writeString(project.resolve("site/stale.html"), "from an old build\n");
        ChildLectern.Run second = ChildLectern.run(project, "build", "--output", "site");
        assertEquals(0, second.code(), second.err());
        assertFalse(Files.exists(project.resolve("site/stale.html")));
        assertTrue(Files.isRegularFile(project.resolve("site/index.html")));
        assertEquals("my notes\n", Files.readString(project.resolve("notes.txt")));
    }
}
