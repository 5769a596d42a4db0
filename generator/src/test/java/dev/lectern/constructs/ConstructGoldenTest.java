package dev.lectern.constructs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.lectern.build.Pipeline;
import dev.lectern.diag.Diagnostic;
import dev.lectern.testing.Golden;
import dev.lectern.testing.Paths;
import dev.lectern.testing.Scratch;
import dev.lectern.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One golden test per platform construct: {@code fixtures/constructs/<dialect>/<case>.<md|mdx|txt>} is built as a
 * one-document site by the whole pipeline, and the body of its page ({@code .doc__body}) is compared with
 * {@code <case>.html} beside it, after the build's diagnostics (one per line, as HTML comments). Files a case needs
 * (images, snippets) go in a folder {@code <case>.files/}, copied beside the document. Each case must also leave no
 * syntax in the text a reader sees ({@link Leaks}). Regenerate with {@code -Dupdate=true} and review the diff.
 */
class ConstructGoldenTest {
    @TestFactory
    Stream<DynamicTest> everyConstructRendersAsItsGolden() throws IOException {
        Path dir = Paths.fixtures().resolve("constructs");
        List<Path> cases;
        try (Stream<Path> s = Files.walk(dir)) {
            cases = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(md|mdx|markdown|txt)"))
                    .filter(p -> !insideFiles(dir.relativize(p))).sorted().toList();
        }
        return cases.stream().map(input -> DynamicTest.dynamicTest(dir.relativize(input).toString(), () -> check(input)));
    }

    /** Whether a path lies in some case's {@code <case>.files/} folder, at any depth (a snippet in its subfolder is no case). */
    private static boolean insideFiles(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().endsWith(".files")) return true;
        }
        return false;
    }

    private static void check(Path input) throws IOException {
        Path folder = Scratch.folder("lectern-construct-");
        try {
            check(input, folder.resolve("content"));
        } finally {
            Trees.delete(folder);
        }
    }

    private static void check(Path input, Path content) throws IOException {
        String file = input.getFileName().toString();
        String name = file.substring(0, file.lastIndexOf('.'));
        Files.createDirectories(content);
        Files.copy(input, content.resolve(file));
        Path files = input.resolveSibling(name + ".files");
        if (Files.isDirectory(files)) copyTree(files, content);
        Path out = content.resolveSibling("site");
        Pipeline.Result result = new Pipeline().build(content, out);
        Document page = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        Element body = page.selectFirst(".doc__body");
        assertNotNull(body, "no .doc__body on the page built from " + input);
        StringBuilder golden = new StringBuilder();
        result.diagnostics().sorted().forEach(d -> golden.append("<!-- ").append(line(d).replace("--", "- -")).append(" -->\n"));
        body.children().forEach(child -> golden.append(child.outerHtml()).append('\n'));
        Golden.check(input.resolveSibling(name + ".html"), golden.toString());
        assertEquals(List.of(), Leaks.in(body), "syntax shows in the page text of " + input);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(all::add);
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) Files.createDirectories(target);
            else Files.copy(p, target);
        }
    }

    /** A diagnostic in a golden: what an author reads and what it drops (its reference is for the built-site check alone). */
    private static String line(Diagnostic d) {
        return "Diagnostic[severity=" + d.severity() + ", pos=" + d.pos() + ", message=" + d.message() + ", hint=" + d.hint()
                + ", dropped=" + d.dropped() + "]";
    }
}
