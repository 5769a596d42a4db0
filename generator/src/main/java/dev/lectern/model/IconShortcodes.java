package dev.lectern.model;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
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

    /**
     * The note that an icon was left out (an icon shortcode, or a Mintlify component's {@code icon=}). One message for
     * every icon, so a document's notes merge into one with a count (diag.Diagnostics); a note, not a warning: leaving
     * icons out is what this theme does, and the author only needs to know that no words were carried by one.
     */
    public static Diagnostic leftOut(SourcePos pos, String icon) {
        return Diagnostic.note(pos, "icon left out: this theme ships no icon set, so only the words around an icon show")
                .withDropped(List.of(icon));
    }

    /** Whether {@code name} (the shortcode between its colons) names an icon of one of those sets. */
    public static boolean isIcon(CharSequence name) {
        String n = name.toString();
        for (String set : SETS) if (n.startsWith(set) && n.length() > set.length()) return true;
        return false;
    }
}
