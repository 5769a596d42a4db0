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

/** The real {@code content/} built once per test JVM into a temp folder, shared by the end-to-end tests. */
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
            Path out = Files.createTempDirectory("lectern-site-").resolve("site");
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
