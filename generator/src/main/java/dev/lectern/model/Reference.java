package dev.lectern.model;

import dev.lectern.diag.SourcePos;

/**
 * A short question without an answer of its own: a row of a question table (seed 001's Quick Reference) or an item
 * of a question list ("Questions asked in Google interview"). It stays where it is in its section's prose; the site
 * gives it an anchor there ({@code slug}) and lists it in search and {@code questions.json}. {@code pos} is the line
 * of the row or item.
 */
public record Reference(String slug, String title, Meta meta, SourcePos pos) {
    public Reference withSlug(String newSlug) {
        return new Reference(newSlug, title, meta, pos);
    }
}
