package dev.lectern.model;

import dev.lectern.diag.SourcePos;

/** A run of canonical CommonMark + GFM (tables, strikethrough, task lists, footnotes); its first line is at {@code pos}. */
public record Markdown(String text, SourcePos pos) implements Block {
}
