package dev.lectern.config;

import java.util.List;

/**
 * One entry of {@code nav:} in {@code lectern.yml}: a file or folder of the content folder ({@code path}, as written,
 * relative to the enclosing folder entry or to the content folder), or an external link ({@code path} is a URL).
 * {@code label} replaces the page's or folder's title in the navigation ("" keeps it); {@code children} order a
 * folder's own entries (null when the entry gives none); {@code line} is where it stands in {@code lectern.yml}.
 * A labelled group whose key names no folder ({@code - User guide: [user-guide/a.md, …]}, MkDocs' section syntax) has
 * an empty {@code path}: it stands for the folder its entries share.
 */
public record NavEntry(String label, String path, List<NavEntry> children, int line) {
    public NavEntry {
        children = children == null ? null : List.copyOf(children);
    }

    public boolean isLink() {
        int colon = path.indexOf("://");
        return colon > 0 || path.startsWith("mailto:");
    }
}
