package dev.lectern.source.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.lectern.diag.Diagnostic;
import dev.lectern.model.Guide;
import dev.lectern.source.Dialects;
import dev.lectern.source.FrontMatter;
import dev.lectern.source.scan.Line;
import dev.lectern.source.text.Decoded;
import dev.lectern.source.text.MojibakeRepair;
import dev.lectern.source.text.TextDecoder;
import dev.lectern.testing.Bounded;
import java.util.ArrayList;
import java.util.List;

/**
 * The property every dialect reader's fuzz target checks: whatever the bytes, the named reader gives a guide (and
 * diagnostics), within the deadline, and throws nothing. The bytes go through decoding, repair and front matter first,
 * as in a build, so the reader sees what a build would give it.
 */
final class ReaderFuzz {
    private static final Dialects DIALECTS = new Dialects();

    private ReaderFuzz() {
    }

    static Guide read(String dialect, byte[] bytes) {
        DialectReader reader = DIALECTS.byName(dialect);
        return Bounded.run(dialect + " reader", bytes.length, () -> {
            List<Diagnostic> diags = new ArrayList<>();
            Decoded decoded = TextDecoder.decode(bytes, "fuzz.md");
            String text = decoded.text() == null ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1) : decoded.text();
            String repaired = MojibakeRepair.repair(text, "fuzz.md").text();
            FrontMatter fm = FrontMatter.split(repaired, "fuzz.md", diags);
            Guide guide = reader.read(new Document("fuzz.md", "fuzz", fm, Line.split(fm.body(), fm.bodyFirstLine()), diags));
            assertNotNull(guide, "a guide, even an empty one");
            assertEquals(dialect, guide.dialect());
            diags.forEach(d -> assertNotNull(d.pos(), "every diagnostic names its position"));
            return guide;
        });
    }
}
