package dev.lectern.model;

import dev.lectern.diag.SourcePos;
import java.util.List;

/**
 * One question and its answer. {@code slug} is unique within its guide and stable across builds (it derives from the
 * title, not the position). {@code title} is inline Markdown without the source's numbering.
 */
public record Question(String slug, String title, List<Block> answer, Meta meta, SourcePos pos) {
    public Question {
        answer = List.copyOf(answer);
    }

    public Question withSlug(String newSlug) {
        return new Question(newSlug, title, answer, meta, pos);
    }
}
