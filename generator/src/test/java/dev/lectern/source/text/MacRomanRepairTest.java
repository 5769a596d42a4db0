package dev.lectern.source.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** UTF-8 read as Mac Roman (seed 000): nothing is lost, but the evidence rules are stricter than for Windows-1252. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MacRomanRepairTest {
    private static final String F = "content/x.md";

    private static String fix(String s) {
        return MojibakeRepair.repair(s, F).text();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "café résumé naïve Straße Ñandú ÆØÅ æøå Œuvre",
        "“Smart” ‘quotes’ – and — dashes… • bullets",
        "🔴🟡🟢 ✅ ❌ ⚠️ ⚡ 💾 📑 🎯 👩‍💻 🇩🇪",
        "┌─┬─┐ ├─┼─┤ └─┴─┘ ═ ║ ╔ ╗ ╚ ╝ ━ ┃",
        "→ ← ↑ ↓ ↔ ⇐ ⇒ × ÷ ± ≤ ≥ ≠ ∞ µ π Ω",
        "中文 日本語 한국어 Ελληνικά עברית العربية",
    })
    void every_kind_of_character_survives_a_mac_roman_round_trip(String clean) {
        // a whole file goes through the wrong decoder, so every fixture gets an emoji heading: it is the evidence
        String file = "# 🐍 Title\n" + clean + "\n";
        assertEquals(file, fix(Mangle.asMacRoman(file)));
    }

    @Test
    void mac_roman_accents_alone_are_not_enough_evidence() {
        // "√π" is ordinary maths, and reads exactly like mojibake of "ù": two-byte pairs never switch Mac Roman on
        assertEquals("caf√© r√©sum√©", fix("caf√© r√©sum√©"));
    }

    @Test
    void cyrillic_is_not_repaired_from_mac_roman_because_its_lead_bytes_are_dashes() {
        // "—Él dijo" is D1 83: clean Spanish dialogue must win over mojibake Cyrillic
        String text = Mangle.asMacRoman("🐍 ok") + "\n—Él dijo — “Él”\n";
        assertEquals("🐍 ok\n—Él dijo — “Él”\n", fix(text));
    }

    @Test
    void mac_roman_mojibake_from_seed_000_is_repaired() {
        assertEquals("# 🐍 Python", fix("# \uF8FFüêç Python"));
        assertEquals("## 📑 Table of Contents", fix("## \uF8FFüìë Table of Contents"));
        assertEquals("⚡ fast 💾 disk ❌ ✅", fix("‚ö° fast \uF8FFüíæ disk ‚ùå ‚úÖ"));
    }

    @Test
    void mac_roman_mojibake_inside_badge_urls_is_repaired() {
        String url = "![Tip](https://img.shields.io/badge/\uF8FFüí°_Explain-Time-4CAF50?style=for-the-badge)";
        assertEquals("![Tip](https://img.shields.io/badge/💡_Explain-Time-4CAF50?style=for-the-badge)", fix(url));
    }

    @Test
    void a_mac_roman_emoji_whose_apple_logo_was_stripped_is_still_repaired() {
        assertEquals("🎯 goal, 💡 idea", fix("\uF8FFüéØ goal, üí° idea"));
    }

    @Test
    void the_note_names_mac_roman_when_that_is_what_was_repaired() {
        Diagnostic n = MojibakeRepair.repair("\uF8FFüêç", F).diagnostics().get(0);
        assertTrue(n.message().endsWith("(UTF-8 read as Mac Roman)"), n.message());
    }
}
