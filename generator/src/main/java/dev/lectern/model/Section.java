package dev.lectern.model;

import dev.lectern.diag.SourcePos;
import java.util.List;

/**
 * A part of a guide under one heading: its own prose before its questions ({@code intro}: reference tables, lists,
 * resources), its questions, and prose that follows them outside any answer ({@code outro}, e.g. text after a
 * Mintlify {@code <AccordionGroup>}). A guide's text before its first section heading lives in a section with an
 * empty title.
 */
public record Section(String slug, String title, List<Block> intro, List<Question> questions, List<Block> outro, SourcePos pos) {
    public Section {
        intro = List.copyOf(intro);
        questions = List.copyOf(questions);
        outro = List.copyOf(outro);
    }

    public Section(String slug, String title, List<Block> intro, List<Question> questions, SourcePos pos) {
        this(slug, title, intro, questions, List.of(), pos);
    }

    public Section withSlugs(String newSlug, List<Question> newQuestions) {
        return new Section(newSlug, title, intro, newQuestions, outro, pos);
    }
}
