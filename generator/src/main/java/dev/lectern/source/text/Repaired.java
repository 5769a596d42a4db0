package dev.lectern.source.text;

import dev.lectern.diag.Diagnostic;
import java.util.List;

/** The result of {@link MojibakeRepair#repair}: the text (the same instance when nothing changed) and notes. */
public record Repaired(String text, List<Diagnostic> diagnostics) {
    public Repaired {
        diagnostics = List.copyOf(diagnostics);
    }
}
