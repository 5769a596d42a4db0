package dev.lectern.model;

import dev.lectern.diag.SourcePos;
import java.util.List;

/**
 * One source file read into sections and questions. {@code dialect} names the reader that read it; {@code source} is
 * the file's path inside the content folder with forward slashes ({@code docs/setup.md}), the key that links between
 * documents and relative images resolve against. {@code kind} says how the document is shown: a {@link Kind#GUIDE}
 * (questions found) or a plain documentation {@link Kind#PAGE}.
 */
public record Guide(String slug, String title, String description, String dialect, List<Section> sections, SourcePos pos,
                    String source, Kind kind) {
    public Guide {
        sections = List.copyOf(sections);
    }

    /** A guide with no source path, its kind detected from its questions (for tests and generated guides). */
    public Guide(String slug, String title, String description, String dialect, List<Section> sections, SourcePos pos) {
        this(slug, title, description, dialect, sections, pos, slug, Kind.detect(sections));
    }

    public int questionCount() {
        return sections.stream().mapToInt(s -> s.questions().size()).sum();
    }

    public boolean isGuide() {
        return kind == Kind.GUIDE;
    }

    public Guide withSections(List<Section> newSections) {
        return new Guide(slug, title, description, dialect, newSections, pos, source, kind);
    }

    /** How a document is shown: with questions folded, counted and indexed as such, or as a plain page. */
    public enum Kind {
        GUIDE, PAGE;

        /** A document whose questions were found is a guide; any other is a page. */
        public static Kind detect(List<Section> sections) {
            return sections.stream().anyMatch(s -> !s.questions().isEmpty()) ? GUIDE : PAGE;
        }

        /** The kind front matter names ({@code kind: guide}, {@code kind: page}); null for anything else. */
        public static Kind named(String name) {
            return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "guide" -> GUIDE;
                case "page", "doc" -> PAGE;
                default -> null;
            };
        }
    }
}
