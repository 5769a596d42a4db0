package dev.lectern.source.text;

/** The few UTF-8 facts the repair needs, on byte values 0..255 held in ints. */
final class Utf8 {
    private Utf8() {
    }

    /** Length of the sequence this byte starts; 0 if it cannot start a multi-byte one (C0, C1, F5+ never can). */
    static int length(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) return 2;
        if (lead >= 0xE0 && lead <= 0xEF) return 3;
        if (lead >= 0xF0 && lead <= 0xF4) return 4;
        return 0;
    }

    static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    /**
     * The code point of {@code b[0..n)}, or -1 if that is not one well-formed sequence (overlong forms, surrogates and
     * values above U+10FFFF are refused, exactly as a strict decoder would).
     */
    static int decode(int[] b, int n) {
        if (length(b[0]) != n) return -1;
        for (int i = 1; i < n; i++) {
            if (!isContinuation(b[i])) return -1;
        }
        switch (n) {
            case 2:
                return (b[0] & 0x1F) << 6 | (b[1] & 0x3F);
            case 3:
                if (b[0] == 0xE0 && b[1] < 0xA0) return -1; // overlong
                if (b[0] == 0xED && b[1] > 0x9F) return -1; // UTF-16 surrogate
                return (b[0] & 0x0F) << 12 | (b[1] & 0x3F) << 6 | (b[2] & 0x3F);
            default:
                if (b[0] == 0xF0 && b[1] < 0x90) return -1; // overlong
                if (b[0] == 0xF4 && b[1] > 0x8F) return -1; // above U+10FFFF
                return (b[0] & 0x07) << 18 | (b[1] & 0x3F) << 12 | (b[2] & 0x3F) << 6 | (b[3] & 0x3F);
        }
    }

    /**
     * Targets no real text contains: C0/C1 controls and noncharacters. Unassigned code points are allowed, so emoji
     * newer than the JDK's Unicode tables still repair.
     */
    static boolean isReasonable(int cp) {
        if (cp < 0xA0) return false;
        return (cp & 0xFFFE) != 0xFFFE && !(cp >= 0xFDD0 && cp <= 0xFDEF);
    }
}
