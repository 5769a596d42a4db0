package dev.lectern.source;

import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.DisplayPath;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Reserved;
import dev.lectern.model.Slugs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A source file of the content folder: where it is, how messages name it, its path inside the content folder
 * ({@code docs/setup.md}, forward slashes) and the guide slug it gets.
 */
public record ContentFile(Path path, String displayPath, String source, String slug) {
    /** A file whose source path is its display name (tests). */
    public ContentFile(Path path, String displayPath, String slug) {
        this(path, displayPath, displayPath, slug);
    }

    public static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".mdx", ".txt");

    static List<ContentFile> discover(Path folder, SiteConfig config, Diagnostics diagnostics) throws IOException {
        Path contentDir = folder.toAbsolutePath().normalize();
        return discover(contentDir, ContentWalk.sources(contentDir, diagnostics), config, diagnostics);
    }

    /** The documents among {@code sources}, files of {@code contentDir} (absolute, normalised) that one walk found. */
    static List<ContentFile> discover(Path contentDir, List<Path> sources, SiteConfig config, Diagnostics diagnostics) {
        // name relative to the content folder (UTF-8 under every locale) → file, sorted by name
        Map<String, Path> all = new LinkedHashMap<>();
        sources.forEach(p -> all.put(DisplayPath.relative(p, contentDir), p));
        String configName = DisplayPath.of(contentDir.resolve(ConfigLoader.FILE_NAME), contentDir);
        if (all.isEmpty()) {
            diagnostics.report(Diagnostic.warning(SourcePos.of(DisplayPath.of(contentDir), 0),
                    "no guides yet: the content folder has no " + String.join(", ", EXTENSIONS) + " file; the site has an empty home page",
                    "add a guide, such as " + DisplayPath.of(contentDir) + "/guide.md"));
        }
        List<String> ordered = new ArrayList<>();
        for (String name : config.guides()) {
            String rel = normalize(name);
            if (all.containsKey(rel) && !ordered.contains(rel)) ordered.add(rel);
            else if (!all.containsKey(rel)) diagnostics.report(Diagnostic.error(SourcePos.of(configName, 0),
                    "guides lists '" + name + "', which is not a source file in " + DisplayPath.of(contentDir), "fix the name or remove the entry"));
        }
        for (String rel : all.keySet()) if (!ordered.contains(rel)) ordered.add(rel);
        List<ContentFile> out = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (String rel : ordered) {
            String slug = Slugs.slug(stripExtension(rel).replace('/', '-'));
            if (slug.isEmpty()) slug = "guide";
            String unique = slug;
            // the site's own folders and files (search/, topics/, 404.html…) keep their names: a guide takes the next free one
            for (int n = 2; slugs.contains(unique) || Reserved.TOP_LEVEL.contains(unique); n++) unique = slug + "-" + n;
            slugs.add(unique);
            Path p = all.get(rel);
            String display = DisplayPath.of(p, contentDir);
            if (Reserved.TOP_LEVEL.contains(slug)) {
                diagnostics.report(Diagnostic.warning(SourcePos.of(display, 1), "the name '" + slug + "' is reserved for the site's own "
                        + "pages; this guide is published at " + unique + "/", "rename the file to choose the guide's address"));
            }
            out.add(new ContentFile(p, display, rel, unique));
        }
        return out;
    }

    /** A name from lectern.yml as the walk names files: forward slashes, no "./", no "a/../". */
    private static String normalize(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) parts.remove(parts.size() - 1);
            else parts.add(part);
        }
        return String.join("/", parts);
    }

    static boolean isSource(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
