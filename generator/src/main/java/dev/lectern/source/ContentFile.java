package dev.lectern.source;

import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.DisplayPath;
import dev.lectern.model.Reserved;
import dev.lectern.model.Slugs;
import dev.lectern.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A source file of the content folder: where it is, how messages name it, and the guide slug it gets. */
public record ContentFile(Path path, String displayPath, String slug) {
    public static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".mdx", ".txt");

    static List<ContentFile> discover(Path folder, SiteConfig config, Diagnostics diagnostics) throws IOException {
        Path contentDir = folder.toAbsolutePath().normalize();
        List<Path> all;
        try (Stream<Path> s = Files.walk(contentDir)) {
            all = s.filter(Files::isRegularFile).filter(ContentFile::isSource)
                    .filter(p -> !hidden(contentDir.relativize(p))).sorted().toList();
        }
        List<Path> ordered = new ArrayList<>();
        for (String name : config.guides()) {
            Path p = contentDir.resolve(name).normalize();
            if (all.contains(p)) ordered.add(p);
            else diagnostics.report(Diagnostic.error(SourcePos.of(DisplayPath.of(contentDir.resolve(dev.lectern.config.ConfigLoader.FILE_NAME), contentDir), 0),
                    "guides lists '" + name + "', which is not a source file in " + DisplayPath.of(contentDir), "fix the name or remove the entry"));
        }
        for (Path p : all) if (!ordered.contains(p)) ordered.add(p);
        List<ContentFile> out = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (Path p : ordered) {
            String slug = Slugs.slug(stripExtension(contentDir.relativize(p).toString().replace('\\', '/')).replace('/', '-'));
            if (slug.isEmpty()) slug = "guide";
            String unique = slug;
            // the site's own folders and files (search/, topics/, 404.html…) keep their names: a guide takes the next free one
            for (int n = 2; slugs.contains(unique) || Reserved.TOP_LEVEL.contains(unique); n++) unique = slug + "-" + n;
            slugs.add(unique);
            String display = DisplayPath.of(p, contentDir);
            if (Reserved.TOP_LEVEL.contains(slug)) {
                diagnostics.report(Diagnostic.warning(SourcePos.of(display, 1), "the name '" + slug + "' is reserved for the site's own "
                        + "pages; this guide is published at " + unique + "/", "rename the file to choose the guide's address"));
            }
            out.add(new ContentFile(p, display, unique));
        }
        return out;
    }

    static boolean isSource(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            String s = part.toString();
            if (s.startsWith(".") || s.startsWith("_")) return true;
        }
        return false;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
