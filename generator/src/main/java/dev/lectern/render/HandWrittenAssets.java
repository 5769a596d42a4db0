package dev.lectern.render;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.DisplayPath;
import dev.lectern.diag.SourcePos;
import dev.lectern.publish.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A user theme's template written before theme files had hashed names links {@code assets/style.css} by hand: the site
 * no longer has that file, so the page would load without its stylesheet. Each such link is reported at its template's
 * line, with the {@code asset()} call to write instead. Only the theme's own templates are read (Pebble comments
 * skipped), once per build, in one pass each; its stylesheets are read the same way ({@link StylesheetUrls}).
 */
final class HandWrittenAssets {
    private HandWrittenAssets() {
    }

    static void check(Path userThemeDir, ThemeAssets assets, Diagnostics diags) {
        if (userThemeDir == null) return;
        // named from the folder above themes/, as the content's files are from the project
        Path themes = userThemeDir.toAbsolutePath().normalize().getParent();
        for (Path t : files(userThemeDir.resolve("templates"), ".peb")) {
            String text = read(t);
            if (text != null) scan(text, DisplayPath.of(t, themes), assets, diags);
        }
        Path assetDir = userThemeDir.resolve("assets");
        for (Path css : files(assetDir, ".css")) {
            String text = read(css);
            String folder = assetDir.relativize(css.getParent()).toString().replace('\\', '/');
            if (text != null) StylesheetUrls.check(text, folder.isEmpty() ? "" : folder + "/", DisplayPath.of(css, themes), assets, diags);
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            return List.of(); // the template loader and ThemeAssets report what they cannot read
        }
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    static void scan(String text, String file, ThemeAssets assets, Diagnostics diags) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (text.startsWith("{#", i)) {
                int stop = commentEnd(text, i, "#}");
                line += newlines(text, i, stop);
                i = stop - 1;
            } else if (text.startsWith(Fingerprint.FOLDER, i)) {
                int start = i + Fingerprint.FOLDER.length(), end = start;
                while (end < text.length() && isPathChar(text.charAt(end))) end++;
                String name = text.substring(start, end);
                String published = assets.path(name);
                if (published != null) {
                    diags.report(Diagnostic.warning(SourcePos.of(file, line), "links the theme file " + Fingerprint.FOLDER + name
                            + " by hand, but it is published as " + published + " (its name carries a hash of its content)",
                            "write {{ asset('" + name + "') }} for the whole address"));
                }
                i = end - 1;
            }
        }
    }

    /** Where a comment opened at {@code from} ends (after {@code close}; the text's end when it never closes). */
    static int commentEnd(String text, int from, String close) {
        int end = text.indexOf(close, from + 2);
        return end < 0 ? text.length() : end + close.length();
    }

    static int newlines(String text, int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) if (text.charAt(j) == '\n') n++;
        return n;
    }

    private static boolean isPathChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._/~".indexOf(c) >= 0;
    }
}
