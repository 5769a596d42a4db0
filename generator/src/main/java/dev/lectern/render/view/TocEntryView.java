package dev.lectern.render.view;

/** One entry of the on-page table of contents: a link to a heading; {@code sub} for a heading one level down. */
public record TocEntryView(String href, String html, boolean sub) {
}
