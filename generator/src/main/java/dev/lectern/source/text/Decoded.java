package dev.lectern.source.text;

import dev.lectern.diag.Diagnostic;
import java.util.List;

/**
 * The result of {@link TextDecoder#decode}: the text with LF line endings and no BOM, or {@code null} when the file
 * was skipped (binary); plus what was noticed on the way.
 */
public record Decoded(String text, List<Diagnostic> diagnostics) {
    public Decoded {
        diagnostics = List.copyOf(diagnostics);
    }
}
