package dev.lectern.source.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Makes mojibake the way real tools do, so fixtures are written in clean text and damaged here. */
final class Mangle {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    private Mangle() {
    }

    /** UTF-8 bytes read as Windows-1252; the five undefined bytes are dropped, as in seed 001. */
    static String asWindows1252(String clean) {
        StringBuilder sb = new StringBuilder();
        for (byte b : clean.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xFF;
            if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) continue;
            sb.append(new String(new byte[] {b}, CP1252));
        }
        return sb.toString();
    }

    /** The WHATWG/ISO-8859-1 flavour: undefined bytes survive as C1 control characters. */
    static String asWindows1252KeepingC1(String clean) {
        StringBuilder sb = new StringBuilder();
        for (byte b : clean.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xFF;
            boolean undefined = v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D;
            sb.append(undefined ? String.valueOf((char) v) : new String(new byte[] {b}, CP1252));
        }
        return sb.toString();
    }

    /** UTF-8 bytes read as Mac Roman (F0 becomes U+F8FF). */
    static String asMacRoman(String clean) {
        return new String(clean.getBytes(StandardCharsets.UTF_8), MAC_ROMAN);
    }
}
