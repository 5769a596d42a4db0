package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.source.FrontMatter;
import dev.lectern.source.scan.Line;
import java.util.List;

/**
 * One source file after decoding, repair and front-matter split: what a dialect reader reads. {@code file} names it in
 * messages; {@code source} is its path inside the content folder ({@code docs/setup.md}); {@code contentRoot} is that
 * folder, where files the document includes (MDX snippets) are read from, or null when it has none (generated input).
 */
public record Document(String file, String source, String slug, FrontMatter frontMatter, List<Line> lines, List<Diagnostic> diagnostics,
                       java.nio.file.Path contentRoot) {
    /** A document whose source path is its display name (tests, generated input). */
    public Document(String file, String slug, FrontMatter frontMatter, List<Line> lines, List<Diagnostic> diagnostics) {
        this(file, file, slug, frontMatter, lines, diagnostics, null);
    }

    public Document(String file, String source, String slug, FrontMatter frontMatter, List<Line> lines, List<Diagnostic> diagnostics) {
        this(file, source, slug, frontMatter, lines, diagnostics, null);
    }
}
