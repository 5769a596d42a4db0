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

        /**
         * A document is a guide when questions are at least half of its parts (its questions, and its titled sections
         * of prose alone): an FAQ, or a README of questions, is; a manual with one "Why …?" heading among its
         * Installation, Usage and License sections is a page.
         */
        public static Kind detect(List<Section> sections) {
            int questions = 0;
            int prose = 0;
            for (Section s : sections) {
                questions += s.questions().size();
                if (!s.title().isEmpty() && s.questions().isEmpty() && s.references().isEmpty()) prose++;
            }
            return questions > 0 && questions >= prose ? GUIDE : PAGE;
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
