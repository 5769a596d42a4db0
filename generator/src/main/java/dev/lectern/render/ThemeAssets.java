package dev.lectern.render;

import dev.lectern.publish.Artifact;
import dev.lectern.publish.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files under {@code assets/}: the built-in ones (named here, because a classpath folder
 * cannot be listed portably inside a jar) overlaid by every file of the user theme's {@code assets/} folder.
 * Each is published only under its fingerprinted name ({@code assets/style.3f9a1c2b.css}), which templates get from
 * {@code asset('style.css')}. Stylesheets are published without their comments ({@link CssComments}). Read once,
 * when the renderer is built.
 */
final class ThemeAssets {
    private static final List<String> BUILTIN = List.of("highlight.css", "style.css", "favicon.svg",
            "js/site.js", "js/search-box.js", "js/search-page.js", "js/highlight.js");

    private final List<Artifact> artifacts = new ArrayList<>();
    /** A file's name in the theme ({@code js/site.js}) → its path in the site ({@code assets/js/site.0b1c2d3e.js}). */
    private final Map<String, String> published = new TreeMap<>();

    ThemeAssets(Path userThemeDir) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : BUILTIN) files.put(name, classpath("theme/default/assets/" + name));
        if (userThemeDir != null) {
            Path dir = userThemeDir.resolve("assets");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read theme assets in " + dir, e);
                }
            }
        }
        files.forEach((name, read) -> {
            byte[] bytes = name.endsWith(".css")
                    ? CssComments.strip(new String(read, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : read;
            String path = Fingerprint.FOLDER + Fingerprint.name(name, bytes);
            published.put(name, path);
            artifacts.add(new Artifact(path, bytes));
        });
    }

    List<Artifact> artifacts() {
        return artifacts;
    }

    /** The site path of a theme file named as in the theme's {@code assets/} folder, or null when there is none. */
    String path(String name) {
        return published.get(name);
    }

    /** Every theme file's name in the theme, sorted. */
    java.util.Set<String> names() {
        return published.keySet();
    }

    private static byte[] classpath(String name) {
        try (InputStream in = ThemeAssets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("built-in theme file missing from the classpath: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
