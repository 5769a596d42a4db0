package dev.lectern.source.scan;

import java.util.List;

/**
 * Whether a fence opened inside an indented body (dedented by 4) is closed anywhere later in the list: asked for
 * every fence, it once rescanned the rest of the document each time (20,000 unclosed fences in admonitions: minutes).
 * Closing lines are summarised once per list: for each marker and indent bound, the longest closing run from each
 * line to the end. A fence opened in a body has an indent below 4, so its bound ({@link Fence#closedBy}) is 3 to 6.
 */
final class FenceClosers {
    private static final int MIN_BOUND = 3;
    private static final int MAX_BOUND = 6;
    private static final String MARKERS = "`~";
    /** [marker][bound - 3][line]: the longest run of the marker on a closing line at or after {@code line}. */
    private final int[][][] longestFrom;

    FenceClosers(List<Line> lines, int dedent) {
        int n = lines.size();
        longestFrom = new int[MARKERS.length()][MAX_BOUND - MIN_BOUND + 1][n + 1];
        for (int k = n - 1; k >= 0; k--) {
            Line d = lines.get(k).dedent(dedent);
            String s = d.text().strip();
            int marker = s.isEmpty() ? -1 : MARKERS.indexOf(s.charAt(0));
            for (int i = 1; marker >= 0 && i < s.length(); i++) {
                if (s.charAt(i) != s.charAt(0)) marker = -1;
            }
            int indent = d.indent();
            for (int m = 0; m < MARKERS.length(); m++) {
                for (int b = 0; b <= MAX_BOUND - MIN_BOUND; b++) {
                    int here = m == marker && indent <= b + MIN_BOUND ? s.length() : 0;
                    longestFrom[m][b][k] = Math.max(here, longestFrom[m][b][k + 1]);
                }
            }
        }
    }

    /** Whether a line after {@code line} closes {@code f} (as {@link Fence#closedBy} decides, after the dedent). */
    boolean closedAfter(int line, Fence f) {
        int bound = Math.max(MIN_BOUND, f.indent() + 3);
        if (bound > MAX_BOUND) throw new IllegalArgumentException("fence indented " + f.indent() + " inside a body");
        return longestFrom[MARKERS.indexOf(f.marker())][bound - MIN_BOUND][line + 1] >= f.length();
    }
}
