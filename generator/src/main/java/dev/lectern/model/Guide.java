package dev.lectern.model;

import dev.lectern.diag.SourcePos;
import java.util.List;

/** One source file read into sections and questions. {@code dialect} names the reader that read it. */
public record Guide(String slug, String title, String description, String dialect, List<Section> sections, SourcePos pos) {
    public Guide {
        sections = List.copyOf(sections);
    }

    public int questionCount() {
        return sections.stream().mapToInt(s -> s.questions().size()).sum();
    }

    public Guide withSections(List<Section> newSections) {
        return new Guide(slug, title, description, dialect, newSections, pos);
    }
}
