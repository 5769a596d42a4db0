package dev.lectern.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Diagnostics of one cause (same file, severity, message and hint) are reported once, with a count. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DiagnosticsTest {
    private static Diagnostic unclosed(int line) {
        return Diagnostic.warning(SourcePos.of("content/x.mdx", line), "<Note> is never closed", "add </Note>");
    }

    @Test
    void eighty_thousand_diagnostics_of_one_cause_are_one_line_at_the_first_place_with_a_count() {
        Diagnostics d = new Diagnostics();
        // reported out of order, as parallel readers do
        IntStream.rangeClosed(1, 80_000).map(i -> 80_001 - i).forEach(i -> d.report(unclosed(i)));
        List<Diagnostic> all = d.sorted();
        assertEquals(1, all.size());
        assertEquals("content/x.mdx:1: warning: <Note> is never closed (and 79,999 more like it, the last at line 80000)\n"
                + "    hint: add </Note>", all.get(0).format());
        assertEquals(1, d.count(Severity.WARNING));
    }

    @Test
    void other_messages_other_files_and_other_severities_stay_apart() {
        Diagnostics d = new Diagnostics();
        d.report(unclosed(3));
        d.report(Diagnostic.warning(SourcePos.of("content/y.mdx", 3), "<Note> is never closed", "add </Note>"));
        d.report(Diagnostic.warning(SourcePos.of("content/x.mdx", 4), "<Tip> is never closed", "add </Tip>"));
        d.report(Diagnostic.note(SourcePos.of("content/x.mdx", 5), "<Note> is never closed"));
        assertEquals(4, d.sorted().size());
        assertEquals("<Note> is never closed", d.sorted().get(0).message());
    }

    @Test
    void the_text_each_one_dropped_is_kept_on_the_one_reported() {
        Diagnostics d = new Diagnostics();
        d.addAll(List.of(unclosed(2).withDropped(List.of("two")), unclosed(1).withDropped(List.of("one"))));
        assertEquals(List.of("one", "two"), d.sorted().get(0).dropped());
    }
}
