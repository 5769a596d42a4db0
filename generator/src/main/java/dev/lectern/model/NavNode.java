package dev.lectern.model;

import java.util.List;

/**
 * The site's navigation, a tree in reading order. A {@link Kind#FOLDER} is a section of the sidebar: {@code guide} is
 * its landing page's index in {@link Site#guides()} (its {@code index.md} or {@code README.md}; -1 when it has none),
 * {@code children} its pages, folders and links. A {@link Kind#PAGE} is the document {@code guide}. A {@link Kind#LINK}
 * leads out of the site to {@code url}. {@code title} is inline Markdown: a folder's label, else its landing page's
 * title, else its humanised name; a page's label from {@code nav:}, or "" for the page's own title.
 */
public record NavNode(Kind kind, String title, int guide, String url, List<NavNode> children) {
    public enum Kind { FOLDER, PAGE, LINK }

    public NavNode {
        children = List.copyOf(children);
    }

    public static NavNode page(String label, int guide) {
        return new NavNode(Kind.PAGE, label, guide, "", List.of());
    }

    public static NavNode folder(String title, int landing, List<NavNode> children) {
        return new NavNode(Kind.FOLDER, title, landing, "", children);
    }

    public static NavNode link(String title, String url) {
        return new NavNode(Kind.LINK, title, -1, url, List.of());
    }

    /** A flat navigation: every guide a page at the top, in site order (tests and generated sites). */
    public static NavNode flat(int guides) {
        return folder("", -1, java.util.stream.IntStream.range(0, guides).mapToObj(i -> page("", i)).toList());
    }
}
