package dev.lectern.model;

import java.util.List;

/**
 * MkDocs Material's icon shortcodes ({@code :material-check:}, {@code :octicons-file-code-16:},
 * {@code :fontawesome-brands-github:}, {@code :simple-python:}): names of SVG icons from the icon sets it bundles. They
 * show no words, so they are no part of a title's text or slug, and the default theme, which ships none of those
 * icons, drops them.
 */
public final class IconShortcodes {
    private static final List<String> SETS = List.of("material-", "octicons-", "fontawesome-", "simple-");

    private IconShortcodes() {
    }

    /** Whether {@code name} (the shortcode between its colons) names an icon of one of those sets. */
    public static boolean isIcon(CharSequence name) {
        String n = name.toString();
        for (String set : SETS) if (n.startsWith(set) && n.length() > set.length()) return true;
        return false;
    }
}
