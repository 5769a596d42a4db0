package dev.lectern.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.source.scan.Line;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetsTest {
    @TempDir
    Path dir;

    private List<String> include(String text, List<Diagnostic> diags) throws IOException {
        Path content = dir.resolve("content");
        Path doc = content.resolve("guide/page.md");
        Files.createDirectories(doc.getParent());
        Files.writeString(doc, text);
        return Snippets.include(Line.split(text, 1), doc, "guide/page.md", "content/guide/page.md", diags).stream()
                .map(Line::text).toList();
    }

    private void write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aFileIsIncludedIndentedAsItsMarker() throws IOException {
        write("content/_inc/steps.md", "one\n\ntwo\n");
        assertEquals(List.of("a", "    one", "", "    two", "b"), include("a\n    --8<-- \"_inc/steps.md\"\nb\n", new ArrayList<>()));
    }

    @Test
    void theDocumentsFolderComesBeforeTheContentFolder() throws IOException {
        write("content/note.md", "root");
        write("content/guide/note.md", "beside");
        assertEquals(List.of("beside"), include("--8<-- 'note.md'\n", new ArrayList<>()));
    }

    @Test
    void blockFormLineRangesAndSections() throws IOException {
        write("content/_inc/a.txt", "1\n2\n3\n4\n");
        write("content/_inc/b.py", "x\n# --8<-- [start:core]\ncore()\n# --8<-- [end:core]\ny\n");
        write("content/_inc/c.py", "--8<-- [start:main]\nmain()\n--8<-- [end:main]\n");
        assertEquals(List.of("2", "3", "main()"), include("--8<--\n_inc/a.txt:2:3\n_inc/c.py:main\n--8<--\n", new ArrayList<>()));
    }

    @Test
    void nothingIsReadFromOutsideTheContentFolder() throws IOException {
        write("secret.txt", "password");
        List<Diagnostic> diags = new ArrayList<>();
        List<String> out = include("--8<-- \"../../secret.txt\"\n--8<-- \"../../secret.txt\"\nend\n", diags);
        assertEquals(List.of("end"), out);
        assertEquals(1, diags.size(), "one warning per missing file, with a count");
        assertTrue(diags.get(0).toString().contains("2 includes"), diags.get(0).toString());
        assertEquals(1, diags.get(0).pos().line());
    }

    @Test
    void anEscapedMarkerIsShownAndAFileIncludingItselfEnds() throws IOException {
        write("content/_inc/loop.md", "loop\n--8<-- \"_inc/loop.md\"\n");
        assertEquals(List.of("--8<-- \"x\""), include(";--8<-- \"x\"\n", new ArrayList<>()));
        List<Diagnostic> diags = new ArrayList<>();
        List<String> out = include("--8<-- \"_inc/loop.md\"\n", diags);
        assertEquals(4, out.size(), "four levels deep, then it stops: " + out);
        assertEquals(1, diags.size());
        assertTrue(diags.get(0).message().contains("nested more than 4 deep"), diags.get(0).message());
    }
}
