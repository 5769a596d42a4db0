package dev.lectern.model;

import dev.lectern.diag.SourcePos;
import java.util.List;

/**
 * A part of a guide under one heading: its own prose before its questions ({@code intro}: reference tables, lists,
 * resources), its questions, and prose that follows them outside any answer ({@code outro}, e.g. text after a
 * Mintlify {@code <AccordionGroup>}). {@code references} are the short questions found in that prose (rows of a
 * question table, items of a question list). A guide's text before its first section heading lives in a section
 * with an empty title.
 */
public record Section(String slug, String title, List<Block> intro, List<Question> questions, List<Block> outro,
                      List<Reference> references, SourcePos pos) {
    public Section {
        intro = List.copyOf(intro);
        questions = List.copyOf(questions);
        outro = List.copyOf(outro);
        references = List.copyOf(references);
    }

    public Section(String slug, String title, List<Block> intro, List<Question> questions, List<Block> outro, SourcePos pos) {
        this(slug, title, intro, questions, outro, List.of(), pos);
    }

    public Section(String slug, String title, List<Block> intro, List<Question> questions, SourcePos pos) {
        this(slug, title, intro, questions, List.of(), List.of(), pos);
    }

    public Section withSlugs(String newSlug, List<Question> newQuestions, List<Reference> newReferences) {
        return new Section(newSlug, title, intro, newQuestions, outro, newReferences, pos);
    }

    public Section withBlocks(List<Block> newIntro, List<Question> newQuestions, List<Block> newOutro) {
        return new Section(slug, title, newIntro, newQuestions, newOutro, references, pos);
    }
}
