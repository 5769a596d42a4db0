package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.source.FrontMatter;
import dev.lectern.source.scan.Line;
import java.util.List;

/** One source file after decoding, repair and front-matter split: what a dialect reader reads. */
public record Document(String file, String slug, FrontMatter frontMatter, List<Line> lines, List<Diagnostic> diagnostics) {
}
