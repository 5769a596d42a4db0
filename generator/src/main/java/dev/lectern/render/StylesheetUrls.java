package dev.lectern.render;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.SourcePos;
import java.net.URI;

/**
 * A user theme's stylesheet that points at another theme file, {@code url(fonts/face.woff2)}, misses it: that file is
 * published under a hashed name too, and the stylesheet is copied byte for byte. Each such {@code url()} is reported at
 * its line. One pass over the text; CSS comments are skipped, and absolute URLs ({@code data:}, {@code https:},
 * {@code /…}) and fragments are none of ours.
 */
final class StylesheetUrls {
    private StylesheetUrls() {
    }

    /** {@code folder} is the stylesheet's folder under the theme's {@code assets/} ("" or "css/"). */
    static void check(String css, String folder, String file, ThemeAssets assets, Diagnostics diags) {
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (css.startsWith("/*", i)) {
                int stop = HandWrittenAssets.commentEnd(css, i, "*/");
                line += HandWrittenAssets.newlines(css, i, stop);
                i = stop - 1;
            } else if (css.regionMatches(true, i, "url(", 0, 4)) {
                int close = css.indexOf(')', i + 4);
                if (close < 0) return;
                String url = css.substring(i + 4, close).strip();
                if (url.length() >= 2 && (url.charAt(0) == '"' || url.charAt(0) == '\'') && url.charAt(url.length() - 1) == url.charAt(0)) {
                    url = url.substring(1, url.length() - 1);
                }
                String name = themeFile(folder, url);
                if (name != null && assets.path(name) != null) {
                    diags.report(Diagnostic.warning(SourcePos.of(file, line), "url(" + url + ") points at the theme file assets/" + name
                            + ", but it is published as " + assets.path(name) + " (its name carries a hash of its content)",
                            "put the file in the content folder and point at it from the site's root (url(../" + name
                                    + ") from assets/), or inline it as a data: URL"));
                }
                line += HandWrittenAssets.newlines(css, i, close);
                i = close;
            }
        }
    }

    /** The theme file a relative URL names from {@code folder}, or null for an absolute URL or one that leaves assets/. */
    private static String themeFile(String folder, String url) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || url.contains(":")) return null;
        int end = url.length();
        for (char stop : new char[] {'?', '#'}) if (url.indexOf(stop) >= 0) end = Math.min(end, url.indexOf(stop));
        try {
            String path = URI.create("a:/" + folder).resolve(url.substring(0, end)).getPath();
            return path.startsWith("/") && !path.startsWith("/..") ? path.substring(1) : null;
        } catch (IllegalArgumentException e) {
            return null; // not a URL at all (a space, say): the browser would not load it either
        }
    }
}
