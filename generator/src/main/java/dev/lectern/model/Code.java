package dev.lectern.model;

import dev.lectern.diag.SourcePos;

/**
 * A code block. {@code language} is empty when unknown; {@code title} comes from fence meta where a dialect has one.
 * {@code code} never ends with a newline.
 */
public record Code(String language, String title, String code, SourcePos pos) implements Block {
}
