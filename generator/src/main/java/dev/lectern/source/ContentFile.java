package dev.lectern.source;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.DisplayPath;
import dev.lectern.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A source file of the content folder: where it is, how messages name it, its path inside the content folder
 * ({@code docs/setup.md}, forward slashes) and the guide slug it gets: its URL path ({@code docs/setup}, "" for the home
 * page).
 */
public record ContentFile(Path path, String displayPath, String source, String slug) {
    /** A file whose source path is its display name (tests). */
    public ContentFile(Path path, String displayPath, String slug) {
        this(path, displayPath, displayPath, slug);
    }

    public static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".mdx", ".txt");

    /** As {@link #discover(Path, Diagnostics)}: the order is the normalize stage's business now, so the config plays no part. */
    static List<ContentFile> discover(Path folder, dev.lectern.config.SiteConfig config, Diagnostics diagnostics) throws IOException {
        return discover(folder, diagnostics);
    }

    /** The source files, sorted by path, each with the URL its place in the tree gives it ({@link ContentUrls}). */
    static List<ContentFile> discover(Path folder, Diagnostics diagnostics) throws IOException {
        Path contentDir = folder.toAbsolutePath().normalize();
        return discover(contentDir, ContentWalk.sources(contentDir, diagnostics), null, diagnostics);
    }

    /** The documents among {@code sources}, files of {@code contentDir} (absolute, normalised) that one walk found. */
    static List<ContentFile> discover(Path contentDir, List<Path> sources, dev.lectern.config.SiteConfig config, Diagnostics diagnostics) {
        // name relative to the content folder (UTF-8 under every locale) → file, sorted by name
        Map<String, Path> all = new LinkedHashMap<>();
        sources.forEach(p -> all.put(DisplayPath.relative(p, contentDir), p));
        if (all.isEmpty()) {
            diagnostics.report(Diagnostic.warning(SourcePos.of(DisplayPath.of(contentDir), 0),
                    "no guides yet: the content folder has no " + String.join(", ", EXTENSIONS) + " file; the site has an empty home page",
                    "add a guide, such as " + DisplayPath.of(contentDir) + "/guide.md"));
        }
        List<ContentFile> out = new ArrayList<>();
        ContentUrls.assign(all, contentDir, diagnostics).forEach((rel, slug) -> {
            Path p = all.get(rel);
            out.add(new ContentFile(p, DisplayPath.of(p, contentDir), rel, slug));
        });
        return out;
    }

    static boolean isSource(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

}
