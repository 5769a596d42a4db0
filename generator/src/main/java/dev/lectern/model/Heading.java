package dev.lectern.model;

import dev.lectern.diag.SourcePos;

/** An ATX or setext heading; {@code text} is inline Markdown. */
public record Heading(int level, String text, SourcePos pos) implements Block {
}
