package dev.lectern.source.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextDecoderTest {
    private static final String F = "content/x.md";

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void clean_utf8_comes_back_unchanged_with_no_diagnostics() {
        Decoded d = TextDecoder.decode("# Café 🔴 — “ok”\n".getBytes(UTF_8), F);
        assertEquals("# Café 🔴 — “ok”\n", d.text());
        assertEquals(List.of(), d.diagnostics());
    }

    @Test
    void an_empty_file_is_empty_text() {
        assertEquals("", TextDecoder.decode(new byte[0], F).text());
        assertEquals("", TextDecoder.decode(null, F).text());
    }

    @Test
    void a_utf8_byte_order_mark_is_stripped() {
        Decoded d = TextDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), "# Title\n".getBytes(UTF_8)), F);
        assertEquals("# Title\n", d.text());
        assertEquals(List.of(), d.diagnostics());
    }

    @Test
    void crlf_and_lone_cr_become_lf() {
        Decoded d = TextDecoder.decode("a\r\nb\rc\n\r\nd\r".getBytes(UTF_8), F);
        assertEquals("a\nb\nc\n\nd\n", d.text());
        assertEquals(List.of(), d.diagnostics());
    }

    @Test
    void invalid_utf8_gives_one_warning_naming_the_line_of_the_bad_byte() {
        // lines: 1 "ok" CRLF, 2 "fine" CR, 3 "caf<E9> and na<EF>ve" LF, 4 "end"
        byte[] in = concat("ok\r\nfine\rcaf".getBytes(UTF_8), bytes(0xE9), " and na".getBytes(UTF_8), bytes(0xEF),
                "ve\nend é\n".getBytes(UTF_8));
        Decoded d = TextDecoder.decode(in, F);
        assertEquals("ok\nfine\ncaf\uFFFD and na\uFFFDve\nend é\n", d.text());
        assertEquals(1, d.diagnostics().size(), d.diagnostics().toString());
        Diagnostic w = d.diagnostics().get(0);
        assertEquals(Severity.WARNING, w.severity());
        assertEquals("content/x.md:3", w.pos().toString());
        assertTrue(w.message().contains("E9") && w.message().contains("EF"), w.message());
        assertEquals("save the file as UTF-8", w.hint());
    }

    @Test
    void a_truncated_sequence_at_the_end_is_replaced_not_thrown() {
        Decoded d = TextDecoder.decode(concat("arrow é ".getBytes(UTF_8), bytes(0xE2, 0x86)), F);
        assertTrue(d.text().startsWith("arrow é ") && d.text().endsWith("\uFFFD"), d.text());
        assertEquals("content/x.md:1", d.diagnostics().get(0).pos().toString());
        assertTrue(d.diagnostics().get(0).message().contains("E2 86"), d.diagnostics().get(0).message());
    }

    @Test
    void invalid_utf8_warnings_stop_after_twenty_lines_with_one_summary() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("ééééé ééééé: more valid UTF-8 than bad bytes, so no Latin-1 file\n".getBytes(UTF_8));
        for (int i = 0; i < 30; i++) {
            out.writeBytes(concat("bad ".getBytes(UTF_8), bytes(0xC3, 0x28), "\n".getBytes(UTF_8)));
        }
        Decoded d = TextDecoder.decode(out.toByteArray(), F);
        assertEquals(21, d.diagnostics().size());
        assertEquals("content/x.md:2", d.diagnostics().get(0).pos().toString());
        Diagnostic summary = d.diagnostics().get(20);
        assertEquals("content/x.md:22", summary.pos().toString());
        assertTrue(summary.message().startsWith("10 more lines"), summary.message());
    }

    @Test
    void a_latin1_file_is_decoded_as_windows_1252_with_one_note() {
        String text = "Café, naïve, Straße — “quoted” for 5 €\n";
        Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")), F);
        assertEquals(text, d.text());
        assertEquals(1, d.diagnostics().size());
        assertEquals(Severity.NOTE, d.diagnostics().get(0).severity());
        assertTrue(d.diagnostics().get(0).message().contains("Windows-1252"), d.diagnostics().get(0).message());
    }

    @Test
    void a_mostly_utf8_file_with_one_stray_byte_stays_utf8() {
        byte[] in = concat("Café, naïve, Straße\n".getBytes(UTF_8), bytes(0xFC), "ber\n".getBytes(UTF_8));
        Decoded d = TextDecoder.decode(in, F);
        assertEquals("Café, naïve, Straße\n\uFFFDber\n", d.text());
        assertEquals(Severity.WARNING, d.diagnostics().get(0).severity());
        assertEquals("content/x.md:2", d.diagnostics().get(0).pos().toString());
    }

    @Test
    void bytes_undefined_in_windows_1252_rule_that_fallback_out() {
        Decoded d = TextDecoder.decode(bytes('a', 0xE9, ' ', 0x81, 'b'), F);
        assertEquals("a\uFFFD \uFFFDb", d.text());
        assertEquals(Severity.WARNING, d.diagnostics().get(0).severity());
    }

    @Test
    void a_file_with_a_nul_byte_is_binary_and_skipped_with_an_error() {
        Decoded d = TextDecoder.decode(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D), F);
        assertNull(d.text());
        assertEquals(1, d.diagnostics().size());
        Diagnostic e = d.diagnostics().get(0);
        assertEquals(Severity.ERROR, e.severity());
        assertEquals("content/x.md:1", e.pos().toString());
        assertTrue(e.message().contains("binary") && e.message().contains("skipped"), e.message());
        assertTrue(e.hint().contains("remove it from the content folder"), e.hint());
    }

    @Test
    void a_file_full_of_control_characters_is_binary_too() {
        byte[] b = new byte[1000];
        new Random(7).nextBytes(b);
        for (int i = 0; i < b.length; i++) if (b[i] == 0) b[i] = 1;
        Decoded d = TextDecoder.decode(b, F);
        assertNull(d.text());
        assertTrue(d.diagnostics().get(0).message().contains("control characters"), d.diagnostics().get(0).message());
    }

    @Test
    void tabs_form_feeds_and_ansi_colours_do_not_make_text_binary() {
        Decoded d = TextDecoder.decode("\tcode\f\n\u001B[31mred\u001B[0m\n".getBytes(UTF_8), F);
        assertEquals("\tcode\f\n\u001B[31mred\u001B[0m\n", d.text());
    }

    @Test
    void a_utf16_file_with_a_byte_order_mark_is_decoded_with_a_note() {
        byte[] in = concat(bytes(0xFF, 0xFE), "Hé 🔴\r\n".getBytes(Charset.forName("UTF-16LE")));
        Decoded d = TextDecoder.decode(in, F);
        assertEquals("Hé 🔴\n", d.text());
        assertEquals(Severity.NOTE, d.diagnostics().get(0).severity());
    }

    @Test
    void random_bytes_never_throw() {
        Random r = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[r.nextInt(3000)];
            r.nextBytes(b);
            for (int j = 0; j < b.length; j++) { // mostly text-like, so most files get past the binary check
                if (b[j] == 0 || (b[j] >= 1 && b[j] < 0x20 && r.nextInt(4) > 0)) b[j] = 'x';
            }
            Decoded d = TextDecoder.decode(b, F);
            assertTrue(d.text() != null || d.diagnostics().get(0).severity() == Severity.ERROR);
        }
    }

    @Test
    void a_ten_megabyte_clean_file_decodes_without_trouble() {
        StringBuilder sb = new StringBuilder(10_500_000);
        String[] lines = {"Plain ASCII line with `code` and **bold**.\r\n", "Ünïcödé — “quotes” and 🔴 ✅ │ ┌─┐\r\n",
            "    def f(x): return x * 2  # Größe\r\n"};
        for (int i = 0; sb.length() < 10_000_000; i++) sb.append(lines[i % lines.length]);
        byte[] in = sb.toString().getBytes(UTF_8);
        // this thread's CPU time, so that a machine busy with other work does not fail the bound: it catches a
        // quadratic path (minutes), not a slow run; figures belong to the benchmarks
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        Decoded d = TextDecoder.decode(in, F);
        long ms = (cpu.getCurrentThreadCpuTime() - t0) / 1_000_000;
        assertEquals(List.of(), d.diagnostics());
        assertEquals(sb.toString().replace("\r\n", "\n"), d.text());
        Repaired r = MojibakeRepair.repair(d.text(), F);
        assertTrue(r.text() == d.text() && r.diagnostics().isEmpty(), "clean text must pass repair untouched");
        assertTrue(ms < 10_000, "decoding 10 MB took " + ms + " ms of CPU");
    }
}
