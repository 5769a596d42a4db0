package dev.lectern.source.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that merely looks like mojibake to a naive scanner must come out byte-identical and without diagnostics. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CleanTextTest {
    private static final String F = "content/clean.md";

    @ParameterizedTest
    @ValueSource(strings = {
        "Größe, Übergröße, Straße — „Anführungszeichen“ und ‚einfache‘ … Käse für 5 €, über Öl",
        "Ça va ? « L’été à Noël » — naïve, cœur, Œuvre, déjà vu; “naïve” and “café”; CAFÉ” in capitals; Émile",
        "SÃO PAULO, São João, MÃE, NÃO, irmã — Ã in Portuguese followed by a letter",
        "—¿Qué? —Él dijo: «¡Señor!» Año, niño, ESPAÑA…",
        "It’s “fine” — ‘really’… and • bullets – en dashes",
        "🔴 🐍 📑 ⚡ ✅ ❌ ⚠️ 👩‍💻 🇩🇪 💡 and ┌─┐│└┘ ╔═╗ ━┃ → ← ↓",
        "√π ≈ 1.77, x ≤ y ≥ z ≠ ∞, ∑ ∂ ∫ µ Ω ± ÷ ° ‰",
        "\uF8FF Apple logo, Þórður, Ægir, Øresund, Åland, blåbærgrød, Łódź, Žluťoučký kůň",
        "¡Hola! ¿Qué? © ® ° ± ² ³ µ ¶ · ¹ º » ¼ ½ ¾ ¢ £ ¥ §",
        "中文 日本語 한국어 Ελληνικά Русский עברית العربية",
    })
    void clean_text_stays_byte_identical_with_no_diagnostics(String clean) {
        Repaired r = MojibakeRepair.repair(clean + "\n", F);
        assertEquals(clean + "\n", r.text());
        assertEquals(List.of(), r.diagnostics());
    }

    @Test
    void plain_ascii_is_returned_as_the_same_instance() {
        String ascii = "# Title\n\nJust `code` and text.\n";
        assertSame(ascii, MojibakeRepair.repair(ascii, F).text());
    }

    @Test
    void null_text_from_a_skipped_binary_file_passes_through() {
        Repaired r = MojibakeRepair.repair(null, F);
        assertEquals(null, r.text());
        assertTrue(r.diagnostics().isEmpty());
    }

    @Test
    void in_a_damaged_file_only_the_damage_is_repaired() {
        String clean = "Straße, naïve, “quoted”, café”, déjà… 🔴 SÃO PAULO, CAFÉ” Ça \uF8FF ┌─┐";
        String damaged = "ðŸ”´ â€” Ã© â”Œâ”€â”";
        Repaired r = MojibakeRepair.repair(clean + "\n" + damaged + "\n" + clean + "\n", F);
        assertEquals(clean + "\n🔴 — é ┌─┐\n" + clean + "\n", r.text());
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    }

    @Test
    void in_a_mac_roman_file_curly_quotes_and_accents_are_left_alone() {
        String clean = "“Über” ‘Ärger’ — «Élan» café";
        Repaired r = MojibakeRepair.repair("# \uF8FFüêç Title\n" + clean + "\n", F);
        assertEquals("# 🐍 Title\n" + clean + "\n", r.text());
    }
}
