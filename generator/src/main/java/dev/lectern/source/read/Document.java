package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.source.FrontMatter;
import dev.lectern.source.scan.Line;
import java.util.List;

/**
 * One source file after decoding, repair and front-matter split: what a dialect reader reads. {@code file} names it in
 * messages; {@code source} is its path inside the content folder ({@code docs/setup.md}).
 */
public record Document(String file, String source, String slug, FrontMatter frontMatter, List<Line> lines, List<Diagnostic> diagnostics) {
    /** A document whose source path is its display name (tests, generated input). */
    public Document(String file, String slug, FrontMatter frontMatter, List<Line> lines, List<Diagnostic> diagnostics) {
        this(file, file, slug, frontMatter, lines, diagnostics);
    }
}
