package dev.lectern.source.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MojibakeRepairTest {
    private static final String F = "content/x.md";

    private static String fix(String s) {
        return MojibakeRepair.repair(s, F).text();
    }

    @Test
    void windows_1252_mojibake_from_seed_001_is_repaired() {
        assertEquals("🔴 Hard │ ✅ — é", fix("ðŸ”´ Hard â”‚ âœ… â€” Ã©"));
    }

    @Test
    void a_note_says_what_was_repaired_and_how_often() {
        Repaired r = MojibakeRepair.repair("a\nðŸ”´ â”‚ âœ…\n", F);
        assertEquals(1, r.diagnostics().size());
        Diagnostic n = r.diagnostics().get(0);
        assertEquals(Severity.NOTE, n.severity());
        assertEquals("content/x.md:1: note: repaired 3 mojibake sequences (UTF-8 read as Windows-1252)", n.format());
    }

    @Test
    void counts_in_the_note_use_thousands_separators() {
        String box = "â”€".repeat(1200);
        assertTrue(MojibakeRepair.repair(box, F).diagnostics().get(0).message().contains("repaired 1,200 "));
    }

    @Test
    void a_cross_mark_missing_its_middle_byte_9D_is_repaired() {
        // ❌ is E2 9D 8C; 9D is undefined in Windows-1252 and was dropped, leaving "âŒ"
        assertEquals("❌ Wrong, ✅ right", fix("âŒ Wrong, âœ… right"));
    }

    @Test
    void a_guessed_byte_is_never_the_only_evidence() {
        // without one complete sequence in the file there is no proof of mojibake, so "âŒ" stays
        assertEquals("âŒ Wrong ✅", fix("âŒ Wrong ✅"));
    }

    @Test
    void a_left_arrow_missing_its_last_byte_90_is_repaired() {
        assertEquals("a ← b → c", fix("a â† b â†’ c"));
    }

    @Test
    void a_box_corner_at_the_end_of_a_line_is_repaired_as_the_light_corner() {
        String clean = "┌──────┐\n│ box  │ ┌─┐ │\n└──────┘\n";
        String broken = Mangle.asWindows1252(clean);
        assertTrue(broken.contains("â”\n") && broken.contains("â” "), broken);
        assertEquals(clean, fix(broken));
    }

    @Test
    void the_warning_sign_keeps_its_variation_selector_whose_last_byte_8F_was_lost() {
        assertEquals("⚠️ careful", fix("âš\u00A0ï¸ careful"));
    }

    @Test
    void a_closing_quote_missing_9D_is_repaired_but_a_joiner_between_emoji_is_preferred_there() {
        assertEquals("“quoted” text", fix(Mangle.asWindows1252("“quoted” text")));
        assertEquals("👩‍💻 coder", fix(Mangle.asWindows1252("👩‍💻 coder")));
    }

    @Test
    void double_line_borders_choose_between_horizontal_and_corner_by_position() {
        String clean = "╔════╗\n║ hi ║\n╚════╝\n";
        assertEquals(clean, fix(Mangle.asWindows1252(clean)));
    }

    @Test
    void an_emoji_missing_two_bytes_is_the_python() {
        // 🐍 is F0 9F 90 8D: both 90 and 8D vanish, "ðŸ" is all that is left
        assertEquals("🐍 Python ✅", fix(Mangle.asWindows1252("🐍 Python ✅")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "café résumé naïve Straße Ñandú ÆØÅ æøå Œuvre",
        "“Smart” ‘quotes’ – and — dashes… • bullets",
        "🔴🟡🟢 ✅ ❌ ⚠️ ⚡ 💾 📑 🎯 👩‍💻 🇩🇪",
        "┌─┬─┐\n├─┼─┤ ┌┐\n└─┴─┘ └┘",
        "╔══╦══╗\n║ a║ b║\n╚══╩══╝",
        "┏━━┓\n┃hi┃\n┗━━┛",
        "→ ← ↑ ↓ ↔ ⇐ ⇒ × ÷ ± ≤ ≥ ≠ ∞ µ π Ω",
        "€ £ ¥ © ® ™ ° ½ ¼ ¾ ¹ ² ³ ¿ ¡ « » § ¶",
        "中文 日本語 한국어 Ελληνικά עברית",
    })
    void every_kind_of_character_survives_a_windows_1252_round_trip(String clean) {
        assertEquals(clean, fix(Mangle.asWindows1252KeepingC1(clean)), "C1 controls kept");
        assertEquals(clean, fix(Mangle.asWindows1252(clean)), "undefined bytes dropped");
    }

    @Test
    void cyrillic_survives_when_the_undefined_bytes_were_kept() {
        assertEquals("Привет, Русский мир", fix(Mangle.asWindows1252KeepingC1("Привет, Русский мир")));
    }

    @Test
    void a_two_byte_letter_that_lost_its_second_byte_cannot_be_guessed_and_stays() {
        // с is D1 81 and я is D1 8F: "Ñ" + lost byte could be either (or Spanish Ñ), so it is left as found
        assertEquals("РуÑÑкий", fix(Mangle.asWindows1252("Русский")));
    }

    @Test
    void a_sequence_that_cannot_be_completed_unambiguously_stays_and_is_warned_about_with_its_line() {
        // "ðŸ˜" + a lost byte fits 😁 😍 😏 😐 😝 (and 🍘 🏘 🐘) equally well: no guess
        String text = "ok âœ…\nline two\nsee ðŸ˜ and more\n";
        Repaired r = MojibakeRepair.repair(text, F);
        assertEquals("ok ✅\nline two\nsee ðŸ˜ and more\n", r.text());
        List<Diagnostic> d = r.diagnostics();
        assertEquals(2, d.size(), d.toString());
        assertTrue(d.get(0).message().contains("1 suspicious sequences left as is"), d.get(0).message());
        assertEquals(Severity.WARNING, d.get(1).severity());
        assertEquals("content/x.md:3", d.get(1).pos().toString());
        assertTrue(d.get(1).message().contains("ðŸ˜"), d.get(1).message());
    }

    @Test
    void leftover_warnings_stop_after_twenty_lines_with_one_summary() {
        String text = "âœ…\n" + "ðŸ˜ x\n".repeat(25);
        List<Diagnostic> d = MojibakeRepair.repair(text, F).diagnostics();
        assertEquals(1 + 20 + 1, d.size());
        assertEquals("content/x.md:22", d.get(21).pos().toString());
        assertTrue(d.get(21).message().startsWith("5 more lines"), d.get(21).message());
    }

    @Test
    void a_single_two_byte_pair_is_not_enough_evidence_and_is_only_warned_about() {
        Repaired r = MojibakeRepair.repair("Hello\nthe cafÃ© is open\n", F);
        assertEquals("Hello\nthe cafÃ© is open\n", r.text());
        assertEquals(1, r.diagnostics().size());
        assertEquals(Severity.WARNING, r.diagnostics().get(0).severity());
        assertEquals("content/x.md:2", r.diagnostics().get(0).pos().toString());
    }

    @Test
    void two_two_byte_pairs_are_enough() {
        assertEquals("the café serves crème brûlée", fix("the cafÃ© serves crÃ¨me brÃ»lÃ©e"));
    }

    @Test
    void every_favourite_really_needs_a_lost_byte() {
        for (int cp : LostByteGuess.FAVOURITES) {
            byte[] b = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            boolean hasLost = false;
            for (int i = 1; i < b.length; i++) {
                int v = b[i] & 0xFF;
                hasLost |= v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D;
            }
            assertTrue(hasLost, String.format("U+%04X", cp));
        }
    }
}
