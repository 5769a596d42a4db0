package dev.lectern.render;

import java.util.Arrays;

/**
 * The 0-based line of an offset in one document's text, by binary search over its line starts. flexmark's
 * {@code Node.getLineNumber()} counts line ends from the start of the document on every call, so asking it for every
 * row of a 100,000-row table took time quadratic in the rows.
 */
final class LineIndex {
    private final CharSequence text;
    private final int[] starts;
    private final int count;

    LineIndex(CharSequence text) {
        this.text = text;
        int[] s = new int[16];
        int n = 1; // line 0 starts at offset 0
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // a line ends at \n, \r\n or a lone \r, as flexmark counts them
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (n == s.length) s = Arrays.copyOf(s, n * 2);
                s[n++] = i + 1;
            }
        }
        this.starts = s;
        this.count = n;
    }

    /** True when this index was built over {@code other} (the same object). */
    boolean covers(CharSequence other) {
        return text == other;
    }

    int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i : -i - 2;
    }
}
