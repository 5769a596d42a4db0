package dev.lectern.render.view;

import java.util.List;

/**
 * One entry of the on-page contents: a link to a heading, section or question, and the entries under it (a section's
 * questions, a heading's subheadings). {@code html} is its label, text only: the entry is a link itself.
 */
public record TocEntryView(String href, String html, List<TocEntryView> children) {
    public TocEntryView {
        children = List.copyOf(children);
    }

    public TocEntryView(String href, String html) {
        this(href, html, List.of());
    }

    /** The entries in {@code entries} and under them, for the theme to fold a long list. */
    public static int count(List<TocEntryView> entries) {
        int n = 0;
        for (TocEntryView e : entries) n += 1 + count(e.children());
        return n;
    }
}
