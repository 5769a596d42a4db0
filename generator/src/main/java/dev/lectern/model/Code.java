package dev.lectern.model;

import dev.lectern.diag.SourcePos;

/**
 * A code block. {@code language} is empty when unknown; {@code title} comes from fence meta where a dialect has one;
 * {@code lineNumbers} when the fence asks for them. {@code code} never ends with a newline.
 */
public record Code(String language, String title, String code, boolean lineNumbers, SourcePos pos) implements Block {
    public Code(String language, String title, String code, SourcePos pos) {
        this(language, title, code, false, pos);
    }
}
