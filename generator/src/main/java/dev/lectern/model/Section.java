package dev.lectern.model;

import dev.lectern.diag.SourcePos;
import java.util.List;

/**
 * A part of a guide under one heading: its own prose ({@code intro}: reference tables, lists, resources) followed by
 * its questions. A guide's text before its first section heading lives in a section with an empty title.
 */
public record Section(String slug, String title, List<Block> intro, List<Question> questions, SourcePos pos) {
    public Section {
        intro = List.copyOf(intro);
        questions = List.copyOf(questions);
    }

    public Section withSlugs(String newSlug, List<Question> newQuestions) {
        return new Section(newSlug, title, intro, newQuestions, pos);
    }
}
