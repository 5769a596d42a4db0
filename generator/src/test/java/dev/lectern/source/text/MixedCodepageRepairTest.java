package dev.lectern.source.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Sources pasted together from two damaged files: one paragraph went through Windows-1252, another through Mac Roman.
 * Each run of text is repaired with the code page that its own evidence names, not one guess for the whole file.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MixedCodepageRepairTest {
    private static final String F = "content/x.md";
    private static final String WINDOWS = "The café’s menu — “naïve” prices: 5 € → ✅ done 🔴 hot";
    private static final String MAC = "Straße, Œuvre, “quotes” and an emoji 🐍 — résumé ✅";

    @Test
    void a_windows_1252_paragraph_and_a_mac_roman_paragraph_are_each_repaired() {
        String clean = "# Pasted\n\n" + WINDOWS + "\n\n" + MAC + "\n\nPlain closing words.\n";
        String damaged = "# Pasted\n\n" + Mangle.asWindows1252(WINDOWS) + "\n\n" + Mangle.asMacRoman(MAC) + "\n\nPlain closing words.\n";
        assertEquals(clean, MojibakeRepair.repair(damaged, F).text());
    }

    @Test
    void the_order_of_the_runs_does_not_matter() {
        String clean = MAC + "\n\n" + WINDOWS + "\n\n" + MAC + "\n";
        String damaged = Mangle.asMacRoman(MAC) + "\n\n" + Mangle.asWindows1252(WINDOWS) + "\n\n" + Mangle.asMacRoman(MAC) + "\n";
        assertEquals(clean, MojibakeRepair.repair(damaged, F).text());
    }

    @Test
    void a_note_names_each_code_page_at_the_first_run_it_repaired() {
        String damaged = "# Pasted\n\n" + Mangle.asWindows1252(WINDOWS) + "\n\n" + Mangle.asMacRoman(MAC) + "\n";
        List<String> notes = MojibakeRepair.repair(damaged, F).diagnostics().stream().map(Diagnostic::format).toList();
        assertTrue(notes.stream().anyMatch(n -> n.startsWith(F + ":3: note: repaired") && n.contains("Windows-1252")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.startsWith(F + ":5: note: repaired") && n.contains("Mac Roman")), notes::toString);
    }
}
