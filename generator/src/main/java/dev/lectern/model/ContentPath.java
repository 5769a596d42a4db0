package dev.lectern.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a path of the content folder ({@code docs/02-setup.md}) reads: the rules the source stage (URLs) and the
 * normalize stage (order, titles) must agree on. A numeric prefix ({@code 01-}, {@code 2_}, {@code 3.}, {@code 4 })
 * orders a file or folder and is not part of its URL or title, unless what follows is a digit too (a date,
 * {@code 2024-05-01-notes.md}, stays whole). A folder's {@code index} or {@code README} (any case, any source
 * extension) is its landing page, index first.
 */
public final class ContentPath {
    private ContentPath() {
    }

    /** The name's numeric prefix, or -1: {@code 01-intro.md} → 1. */
    public static int number(String name) {
        int digits = prefixDigits(name);
        if (digits == 0) return -1;
        return digits > 9 ? Integer.MAX_VALUE - 1 : Integer.parseInt(name.substring(0, digits));
    }

    /** The name without its numeric prefix and its extension: {@code 01-intro.md} → {@code intro}. */
    public static String stem(String name) {
        int digits = prefixDigits(name);
        String rest = digits == 0 ? name : name.substring(digits + 1);
        int dot = rest.lastIndexOf('.');
        return dot > 0 && isExtension(rest.substring(dot)) ? rest.substring(0, dot) : rest;
    }

    /** 0 for {@code index.md}, 1 for {@code README.md} (a folder's landing page, index first), -1 for any other name. */
    public static int landingRank(String fileName) {
        String stem = stem(fileName).toLowerCase(Locale.ROOT);
        if (!isExtension(extension(fileName))) return -1;
        return stem.equals("index") ? 0 : stem.equals("readme") ? 1 : -1;
    }

    /** A title from a file or folder name: {@code 02-getting-started.md} → "Getting started". */
    public static String humanise(String name) {
        String words = stem(name).replace('-', ' ').replace('_', ' ').strip().replaceAll(" {2,}", " ");
        if (words.isEmpty()) return name;
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The folder part of a source path: {@code docs/setup.md} → {@code docs}; "" at the root. */
    public static String parent(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? "" : source.substring(0, slash);
    }

    /**
     * A path within a folder tree with its "." and ".." segments resolved ("docs/../img/a.png" → "img/a.png"); a
     * path that names a folder keeps one trailing "/". Null when it climbs above the tree's root.
     */
    public static String normalise(String path) {
        List<String> out = new ArrayList<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("..")) {
                if (out.isEmpty()) return null;
                out.remove(out.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                out.add(part);
            }
        }
        String last = parts[parts.length - 1];
        boolean folder = path.isEmpty() || last.isEmpty() || last.equals(".") || last.equals("..");
        String joined = String.join("/", out);
        return folder && !joined.isEmpty() ? joined + "/" : joined;
    }

    /** The last part of a path: {@code docs/setup.md} → {@code setup.md}. */
    public static String name(String source) {
        return source.substring(source.lastIndexOf('/') + 1);
    }

    /** A guide's folder relative to the site root: "" for the home page, else its slug and a slash. */
    public static String dir(Guide g) {
        return g.slug().isEmpty() ? "" : g.slug() + "/";
    }

    /** The folder of a question's own page, relative to the site root: "python/what-is-the-gil/". */
    public static String questionDir(Guide g, String questionSlug) {
        return dir(g) + questionSlug + "/";
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }

    private static boolean isExtension(String ext) {
        return switch (ext.toLowerCase(Locale.ROOT)) {
            case ".md", ".markdown", ".mdx", ".txt" -> true;
            default -> false;
        };
    }

    private static int prefixDigits(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) >= '0' && name.charAt(i) <= '9') i++;
        if (i == 0 || i + 1 >= name.length()) return 0;
        char sep = name.charAt(i);
        if (sep != '-' && sep != '_' && sep != '.' && sep != ' ') return 0;
        char next = name.charAt(i + 1);
        // "01-.md" or "2024-05-01-notes.md" keep their names; "3.md" has no prefix
        if (next == '.' || next >= '0' && next <= '9') return 0;
        return isExtension(name.substring(i)) ? 0 : i;
    }
}
