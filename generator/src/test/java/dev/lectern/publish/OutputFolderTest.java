package dev.lectern.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders a build may replace: each rule of {@link OutputFolder}, with a made-up project, home and working directory. */
class OutputFolderTest {
    @TempDir
    Path dir;
    Path home;
    Path project;
    Path content;
    Path theme;

    @BeforeEach
    void layout() throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        project = Files.createDirectories(home.resolve("project"));
        content = Files.createDirectories(project.resolve("content"));
        theme = Files.createDirectories(project.resolve("themes/mine"));
        Files.writeString(content.resolve("guide.md"), "# Guide\n");
    }

    private Path check(Path output) throws OutputFolder.Refused {
        return OutputFolder.check(output, content, theme, project, home);
    }

    private String refusal(Path output) {
        return assertThrows(OutputFolder.Refused.class, () -> check(output)).getMessage();
    }

    @Test
    void aNewFolderInsideTheProjectIsAccepted() throws Exception {
        assertEquals(project.resolve("site"), check(project.resolve("site")));
        assertEquals(dir.resolve("elsewhere/site"), check(dir.resolve("elsewhere/site")));
    }

    @Test
    void anEmptyFolderAndAFolderWithTheMarkerAreAccepted() throws Exception {
        Path empty = Files.createDirectories(project.resolve("empty"));
        assertEquals(empty, check(empty));
        Path built = Files.createDirectories(project.resolve("built"));
        Files.writeString(built.resolve("index.html"), "<p>old</p>");
        Files.writeString(built.resolve(OutputFolder.MARKER), "");
        assertEquals(built, check(built));
    }

    @Test
    void aFolderWithFilesButNoMarkerIsRefusedSayingWhatToDo() throws Exception {
        Path docs = Files.createDirectories(project.resolve("docs"));
        Files.writeString(docs.resolve("mine.txt"), "mine");
        String why = refusal(docs);
        assertTrue(why.contains("was not written by Lectern") && why.contains("remove it yourself, or choose another --output"), why);
    }

    @Test
    void aMarkerThatIsAFolderOrALinkDoesNotCount() throws Exception {
        Path docs = Files.createDirectories(project.resolve("docs"));
        Files.createDirectories(docs.resolve(OutputFolder.MARKER));
        assertTrue(refusal(docs).contains("was not written by Lectern"));
    }

    @Test
    void theContentFolderInsideItAndAroundItAreRefused() {
        assertTrue(refusal(content).contains("is the content folder"));
        assertTrue(refusal(content.resolve("site")).contains("is inside the content folder"));
        assertTrue(refusal(content.resolve("a/b/../..")).contains("is the content folder"));
    }

    @Test
    void theThemeFolderAndInsideItAreRefused() {
        assertTrue(refusal(theme).contains("is the theme folder"));
        assertTrue(refusal(theme.resolve("assets")).contains("is inside the theme folder"));
        assertTrue(refusal(project.resolve("themes")).contains("contains the theme folder"));
    }

    @Test
    void theProjectTheWorkingDirectoryAndTheirParentsAreRefused() throws Exception {
        assertTrue(refusal(project).contains("contains the content folder"));
        assertTrue(refusal(home).contains("is your home folder"));
        assertTrue(refusal(dir).contains("contains the content folder"));
        Path work = Files.createDirectories(dir.resolve("work/here"));
        String why = assertThrows(OutputFolder.Refused.class,
                () -> OutputFolder.check(dir.resolve("work"), content, null, work, home)).getMessage();
        assertTrue(why.contains("contains the project folder"), why);
    }

    @Test
    void theRootAndTheHomeFolderAreRefused() {
        assertTrue(refusal(Path.of("/")).contains("is the root folder"));
        Path elsewhereHome = dir.resolve("other-home");
        String why = assertThrows(OutputFolder.Refused.class, () -> OutputFolder.check(elsewhereHome, content, null, project, elsewhereHome)).getMessage();
        assertTrue(why.contains("is your home folder"), why);
    }

    @Test
    void anEmptyNameAndDotAreRefused() {
        assertTrue(refusal(Path.of("")).contains("is the working directory"));
        assertTrue(refusal(Path.of(".")).contains("is the working directory"));
        assertTrue(refusal(Path.of("a/..")).contains("is the working directory"));
    }

    @Test
    void aFileIsRefused() throws Exception {
        Path file = Files.writeString(project.resolve("notes.txt"), "notes");
        assertTrue(refusal(file).contains("is a file"));
    }

    @Test
    void aSymbolicLinkIsRefusedEvenToAnEmptyFolder() throws Exception {
        Path target = Files.createDirectories(dir.resolve("target"));
        Path link = Files.createSymbolicLink(project.resolve("site"), target);
        assertTrue(refusal(link).contains("is a symbolic link"));
    }

    @Test
    void aFolderReachedThroughALinkIsJudgedByWhereItReallyIs() throws Exception {
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), content);
        assertTrue(refusal(alias.resolve("site")).contains("is inside the content folder"));
        Path up = Files.createSymbolicLink(dir.resolve("up"), project);
        assertTrue(refusal(up.resolve("content")).contains("is the content folder"));
    }
}
