package dev.lectern.render;

import dev.lectern.publish.Artifact;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files under {@code assets/}: the built-in ones (named here, because a classpath folder
 * cannot be listed portably inside a jar) overlaid by every file of the user theme's {@code assets/} folder.
 * Read once, when the renderer is built.
 */
final class ThemeAssets {
    private static final List<String> BUILTIN = List.of("highlight.css", "style.css", "favicon.svg",
            "js/site.js", "js/search-box.js", "js/search-page.js", "js/highlight.js");

    private final List<Artifact> artifacts;

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
        artifacts = files.entrySet().stream().map(e -> new Artifact("assets/" + e.getKey(), e.getValue())).toList();
    }

    List<Artifact> artifacts() {
        return artifacts;
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
