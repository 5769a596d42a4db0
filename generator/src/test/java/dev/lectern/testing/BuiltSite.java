package dev.lectern.testing;

import dev.lectern.build.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The real {@code content/} built once per test JVM into a temp folder (deleted when the JVM exits), shared by the
 * end-to-end tests.
 */
public final class BuiltSite {
    private static final class Holder {
        static final BuiltSite CONTENT = build(Paths.root().resolve("content"));
    }

    public final Path output;
    public final Pipeline.Result result;

    private BuiltSite(Path output, Pipeline.Result result) {
        this.output = output;
        this.result = result;
    }

    public static BuiltSite content() {
        return Holder.CONTENT;
    }

    public static BuiltSite build(Path content) {
        try {
            Path folder = Scratch.folder("lectern-site-");
            Trees.deleteOnExit(folder);
            Path out = folder.resolve("site");
            return new BuiltSite(out, new Pipeline().build(content, out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Path> pages() {
        try (Stream<Path> s = Files.walk(output)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A guide's pages in reading order, relative to the output: "g/index.html", then "g/page-2/index.html", … */
    public List<String> guidePages(String guide) {
        List<String> out = new java.util.ArrayList<>();
        out.add(guide + "/index.html");
        for (int n = 2; Files.exists(output.resolve(guide + "/page-" + n + "/index.html")); n++) out.add(guide + "/page-" + n + "/index.html");
        return out;
    }

    /** Every page of a guide as one document: the first page, with the {@code <main>} of each later page appended to its body. */
    public Document guideDocument(String guide) {
        List<String> pages = guidePages(guide);
        Document all = page(pages.get(0));
        for (String p : pages.subList(1, pages.size())) all.body().appendChild(page(p).selectFirst("main"));
        return all;
    }

    public Document page(String relative) {
        try {
            return Jsoup.parse(output.resolve(relative).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relative) {
        try {
            return Files.readString(output.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
