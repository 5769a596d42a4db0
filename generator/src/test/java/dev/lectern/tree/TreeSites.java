package dev.lectern.tree;

import dev.lectern.diag.Diagnostic;
import dev.lectern.testing.BuiltSite;
import dev.lectern.testing.Paths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The fixture sites under {@code fixtures/tree/}, each built once per test JVM through the real pipeline. */
final class TreeSites {
    private static final Map<String, BuiltSite> BUILT = new ConcurrentHashMap<>();

    private TreeSites() {
    }

    static BuiltSite site(String name) {
        return BUILT.computeIfAbsent(name, n -> BuiltSite.build(Paths.fixtures().resolve("tree").resolve(n)));
    }

    /** A site built from files written into {@code dir/content}: name → text. */
    static BuiltSite write(Path dir, Map<String, String> files) {
        try {
            Path content = dir.resolve("content");
            for (var e : files.entrySet()) {
                Path p = content.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue());
            }
            return BuiltSite.build(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diagnostics of a build, as printed: "file:line: severity: message". */
    static List<String> messages(BuiltSite site) {
        return site.result.diagnostics().sorted().stream().map(TreeSites::line).toList();
    }

    private static String line(Diagnostic d) {
        return d.pos() + ": " + d.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.message();
    }

    /** The slugs of the site's documents in reading order. */
    static List<String> order(BuiltSite site) {
        return site.result.site().guides().stream().map(g -> g.slug()).toList();
    }

    static String description(Document page) {
        Element meta = page.selectFirst("meta[name=description]");
        return meta == null ? "" : meta.attr("content");
    }
}
