package dev.lectern.source.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.source.FrontMatter;
import dev.lectern.source.scan.Line;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MdxSnippetsTest {
    @TempDir
    Path dir;

    private final List<Diagnostic> diags = new ArrayList<>();

    private List<String> strip(String page) {
        Path root = dir.resolve("content");
        Document doc = new Document("content/guide/page.mdx", "guide/page.mdx", "page", FrontMatter.split(page, "page.mdx", diags),
                Line.split(page, 1), diags, root);
        return MdxPlumbing.strip(doc.lines(), doc).stream().map(Line::text).toList();
    }

    private void write(String path, String text) throws IOException {
        Path p = dir.resolve("content").resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void absoluteAndRelativeImportsAreIncludedWithTheirProps() throws IOException {
        write("snippets/hello.mdx", "Hello, {name}!\n");
        write("guide/near.md", "Near by.\n");
        List<String> out = strip("import Hello from '/snippets/hello.mdx'\nimport Near from \"./near.md\";\n\n  <Hello name=\"Ada\" />\n<Near />\n");
        assertEquals(List.of("", "  Hello, Ada!", "Near by."), out);
        assertEquals(List.of(), diags);
    }

    @Test
    void aPathOutOfTheContentFolderIsNeverRead() throws IOException {
        Files.writeString(dir.resolve("secret.mdx"), "do not publish\n");
        Files.createDirectories(dir.resolve("content"));
        List<String> out = strip("import Secret from '../../secret.mdx';\n<Secret />\n");
        assertEquals(List.of(), out);
        assertEquals(1, diags.size());
        assertTrue(diags.get(0).message().contains("not a file of the content folder"));
    }

    @Test
    void snippetsThatIncludeEachOtherStop() throws IOException {
        write("snippets/a.mdx", "import B from '/snippets/b.mdx';\nA\n<B />\n");
        write("snippets/b.mdx", "import A from '/snippets/a.mdx';\nB\n<A />\n");
        List<String> out = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> strip("import A from '/snippets/a.mdx';\n<A />\n"));
        assertEquals(List.of("A", "B"), out);
        assertEquals(1, diags.size());
    }

    @Test
    void aTagInsideFencedCodeIsShownNotIncluded() throws IOException {
        write("snippets/hello.mdx", "Hello!\n");
        assertEquals(List.of("```mdx", "<Hello />", "```"), strip("import Hello from '/snippets/hello.mdx';\n```mdx\n<Hello />\n```\n"));
    }
}
