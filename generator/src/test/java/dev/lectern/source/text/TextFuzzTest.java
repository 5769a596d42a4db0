package dev.lectern.source.text;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.diag.Severity;
import dev.lectern.testing.Bounded;

/**
 * Any bytes decode to text (or to an error saying why not), and mojibake repair of that text never throws: bytes in,
 * text and diagnostics out. Seeds in {@code TextFuzzTestInputs}; {@code bench/fuzz.sh} fuzzes it.
 */
class TextFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyBytesDecodeAndRepairToTextOrAnError(byte[] bytes) {
        Bounded.run("decode and repair", bytes.length, () -> {
            Decoded decoded = TextDecoder.decode(bytes, "fuzz.md");
            assertNotNull(decoded.diagnostics());
            if (decoded.text() == null) {
                assertTrue(decoded.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR), "no text, and no error saying why");
                return null;
            }
            assertTrue(decoded.text().indexOf('\r') < 0, "line endings are LF");
            Repaired repaired = MojibakeRepair.repair(decoded.text(), "fuzz.md");
            assertNotNull(repaired.text());
            return null;
        });
    }
}
