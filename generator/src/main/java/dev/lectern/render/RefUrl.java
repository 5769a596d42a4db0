package dev.lectern.render;

import dev.lectern.model.ContentPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A URL an author wrote in a page, taken apart: whether it is a path relative to the document (the only kind whose
 * target depends on the page showing it), its path decoded ({@code my%20pic.png} is the file {@code my pic.png}),
 * and the query and fragment kept as written.
 */
record RefUrl(String path, String query, String fragment) {
    /** The pieces of a relative or root-relative path URL; null for anything else (a scheme, {@code //host}, {@code #id}, empty). */
    static RefUrl parse(String url) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || hasScheme(url)) return null;
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        String rest = hash < 0 ? url : url.substring(0, hash);
        int q = rest.indexOf('?');
        String query = q < 0 ? null : rest.substring(q + 1);
        String path = q < 0 ? rest : rest.substring(0, q);
        if (path.isEmpty()) return null; // "?x" or "?x#y": this page
        return new RefUrl(decode(path), query, fragment == null ? null : decode(fragment));
    }

    boolean rootRelative() {
        return path.startsWith("/");
    }

    /** The query as it follows a rewritten path, and the fragment as written. */
    String tail(String rawUrl) {
        int hash = rawUrl.indexOf('#');
        return (query == null ? "" : "?" + query) + (hash < 0 ? "" : rawUrl.substring(hash));
    }

    /** The query as it follows a rewritten path, then {@code #id} (an id this site gave). */
    String tailTo(String id) {
        return (query == null ? "" : "?" + query) + "#" + id;
    }

    /**
     * {@code path} resolved against the folder {@code dir} of the content folder ("" or "docs/"), "." and ".."
     * segments gone; a trailing "/" kept. Null when it leads out of the content folder.
     */
    String resolveIn(String dir) {
        return ContentPath.normalise(rootRelative() ? path.substring(1) : dir + path);
    }

    /** A path of the site as a URL path: each character a URL path cannot hold as it is, percent-encoded. */
    static String encode(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= ' ' || c >= 0x7F || "\"%<>\\^`{|}#?".indexOf(c) >= 0) sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            else sb.append((char) c);
        }
        return sb.toString();
    }

    private static boolean hasScheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') return i > 0;
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) return false;
        }
        return false;
    }

    /** Percent-decoding as UTF-8; a '%' that starts no valid escape stays as it is. */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
