package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Text that reads as written skips the parser, and gives what the parser would. */
class ReaderTextTest {
    private static String parsed(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    @Test
    void plainTitlesAreTheirOwnText() {
        for (String s : new String[] {"Why is the sky blue?", "Café, naïve – “quoted” 日本語 🙂", "a > b"}) {
            assertTrue(ReaderText.isText(s), s);
            assertEquals(parsed(s), ReaderText.of(s));
        }
    }

    @Test
    void markupEntitiesAndLooseWhiteSpaceAreParsed() {
        for (String s : new String[] {"<code>x</code> y", "Fish &amp; chips", " lead", "trail ", "two  spaces", "line\nbreak",
                "no\u00a0break", "soft\u00adhyphen", "zero\u200bwidth"}) {
            assertFalse(ReaderText.isText(s), s);
            assertEquals(parsed(s), ReaderText.of(s));
        }
    }

    @Test
    void whateverSkipsTheParserIsWhatTheParserGives() {
        String alphabet = "ab <>&;#x0 \t\n\r\u00a0\u00ad\u200b\u007f\u0000é🙂\"'=/";
        Random random = new Random(42);
        int skipped = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            String s = sb.toString();
            if (ReaderText.isText(s)) {
                skipped++;
                assertEquals(parsed(s), s, () -> "skipped the parser for " + s.codePoints().mapToObj(Integer::toHexString).toList());
            }
        }
        assertTrue(skipped > 100, "the property was tested on " + skipped + " strings");
    }
}
