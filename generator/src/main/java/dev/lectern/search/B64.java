package dev.lectern.search;

/**
 * Numbers as text that survives being a JavaScript string untouched: the URL-safe base64 alphabet, one character per
 * 5 bits of a variable-length integer (characters 0–31 end a number, 32–63 carry 5 low bits and continue), or one
 * character per 6-bit code.
 */
final class B64 {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private B64() {
    }

    /** Appends a non-negative integer: low 5 bits first. */
    static void varint(StringBuilder out, int value) {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        int v = value;
        while (v >= 32) {
            out.append(ALPHABET.charAt(32 + (v & 31)));
            v >>>= 5;
        }
        out.append(ALPHABET.charAt(v));
    }

    /** Appends one code in 0..63. */
    static void code(StringBuilder out, int code) {
        out.append(ALPHABET.charAt(code));
    }

    /** Reads the varints of a string back (for tests and checks). */
    static int[] decode(String s) {
        int[] out = new int[s.length()];
        int n = 0;
        int value = 0;
        int shift = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = ALPHABET.indexOf(s.charAt(i));
            if (c < 0) throw new IllegalArgumentException("not base64: " + s.charAt(i));
            value |= (c & 31) << shift;
            if (c < 32) {
                out[n++] = value;
                value = 0;
                shift = 0;
            } else {
                shift += 5;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
