package dev.lectern.source.text;

import java.nio.charset.Charset;

/**
 * A legacy single-byte code page that UTF-8 gets wrongly decoded with, read backwards: which byte produced a given
 * character. The tables come from the JDK's own charsets, so they match what other Java-built tools produce.
 */
enum Codepage {
    /**
     * Bytes 81, 8D, 8F, 90 and 9D are undefined in Windows-1252: most tools drop them, so sequences containing them
     * arrive one byte short ({@link #lostBytes}). Decoders that fall back to ISO-8859-1 keep them as C1 controls
     * instead, so U+0080..U+009F map back to themselves as well.
     */
    WINDOWS_1252("Windows-1252", "windows-1252", new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D}),
    /** Every byte is defined, so nothing is lost; F0 (the lead byte of every emoji) reads as U+F8FF, the Apple logo. */
    MAC_ROMAN("Mac Roman", "x-MacRoman", new int[0]);

    final String label;
    private final int[] lost;
    /** Indexed by char: the byte 0x80..0xFF that decodes to it, or 0 when no byte does. */
    private final byte[] byteOf = new byte[0x10000];

    Codepage(String label, String charsetName, int[] lost) {
        this.label = label;
        this.lost = lost;
        if (Charset.isSupported(charsetName)) { // x-MacRoman lives in jdk.charsets, absent from some trimmed runtimes
            Charset cs = Charset.forName(charsetName);
            for (int b = 0x80; b <= 0xFF; b++) {
                char c = new String(new byte[] {(byte) b}, cs).charAt(0);
                if (c != '\uFFFD') byteOf[c] = (byte) b;
            }
        }
        if (charsetName.equals("windows-1252")) {
            for (int c = 0x80; c <= 0x9F; c++) {
                if (byteOf[c] == 0) byteOf[c] = (byte) c;
            }
        } else {
            byteOf['\u00A4'] = (byte) 0xDB; // Mac Roman before 1998 had the currency sign where the euro is now
            byteOf['\u2126'] = (byte) 0xBD; // Ohm sign, an older mapping of Omega
        }
    }

    /** The byte behind {@code c}, or 0 if {@code c} cannot come from this code page's upper half. */
    int byteOf(char c) {
        return c < 0x80 ? 0 : byteOf[c] & 0xFF;
    }

    /** Bytes that vanish when UTF-8 is decoded with this code page (tried when a sequence comes up short). */
    int[] lostBytes() {
        return lost;
    }

    /**
     * Two-byte sequences are weak evidence: an accented capital before a quote ("CAFÉ”" is C9 94, IPA) or, in Mac
     * Roman, a dash or quote before an accented letter ("—Él" is D1 83, Cyrillic) is ordinary text. So only targets
     * that real mojibake is made of count, chosen by what the lead character is in this code page:
     * Windows-1252 leads are letters (Â…Û), so Latin (up to Latin Extended-B), Greek, Cyrillic, Hebrew and Arabic;
     * Mac Roman leads D0–D6 and DC–DF are dashes, quotes and ligatures, C6–CD are « » … and the no-break space,
     * which leaves Latin-1/Extended-A (¬ √ ƒ ≈), Greek (Œ œ), Hebrew (◊) and Arabic (ÿ Ÿ ⁄ €).
     */
    boolean twoByteTargetAllowed(int cp) {
        if (this == MAC_ROMAN) return cp < 0x180 || (cp >= 0x380 && cp < 0x400) || (cp >= 0x5C0 && cp < 0x700);
        return cp < 0x250 || (cp >= 0x370 && cp < 0x530) || (cp >= 0x5D0 && cp < 0x700);
    }
}
