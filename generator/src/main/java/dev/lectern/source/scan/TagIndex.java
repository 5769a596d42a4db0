package dev.lectern.source.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each {@code <Name>} opened in a list of lines is closed, found without rescanning the rest of the document
 * for every opener (40,000 unclosed {@code <Note>} tags took 50 s that way). One pass counts, line by line, the
 * openers minus the closers of {@code Name} outside fenced code (a running sum, {@code level}); a tag opened at
 * line {@code o} closes at the first later line holding a closer where the level falls below {@code level[o]}:
 * the same rule as counting depth from the opener, answered from the sums. Built once per list and name.
 */
final class TagIndex {
    private final String open;
    private final String close;
    private final int[] level;
    private final boolean[] fenced;
    /** Lines holding a closer, in order, and the lowest level from each of them to the end. */
    private final int[] closers;
    private final int[] lowestFrom;

    TagIndex(List<Line> lines, String name) {
        open = "<" + name;
        close = "</" + name + ">";
        int n = lines.size();
        level = new int[n];
        fenced = new boolean[n];
        List<Integer> closing = new ArrayList<>();
        int sum = 0;
        for (int k = 0; k < n; k++) {
            Fence f = Fence.open(lines.get(k).text());
            if (f != null) {
                int end = Math.min(BlockScanner.closingFence(lines, k, f), n - 1);
                for (int m = k; m <= end; m++) {
                    fenced[m] = true;
                    level[m] = sum;
                }
                k = end;
                continue;
            }
            String t = lines.get(k).text();
            sum += count(t, open, true) - count(t, close, false);
            level[k] = sum;
            if (t.contains(close)) closing.add(k);
        }
        closers = closing.stream().mapToInt(Integer::intValue).toArray();
        lowestFrom = new int[closers.length + 1];
        lowestFrom[closers.length] = Integer.MAX_VALUE;
        for (int c = closers.length - 1; c >= 0; c--) lowestFrom[c] = Math.min(level[closers[c]], lowestFrom[c + 1]);
    }

    /** The line that closes the tag opened at line {@code opener}, or -1 when none does. */
    int closer(int opener) {
        int from = Arrays.binarySearch(closers, opener + 1);
        if (from < 0) from = -from - 1;
        int base = level[opener];
        if (lowestFrom[from] >= base) return -1;
        // a closer exists: the ones skipped on the way belong to tags nested inside this one's body
        for (int c = from; ; c++) {
            if (level[closers[c]] < base) return closers[c];
        }
    }

    boolean fenced(int line) {
        return fenced[line];
    }

    String openToken() {
        return open;
    }

    String closeToken() {
        return close;
    }

    /** Occurrences of {@code needle} in {@code s}; for an opener it must be followed by a space, '>' or end of line. */
    private static int count(String s, String needle, boolean opener) {
        int n = 0;
        int from = 0;
        while ((from = s.indexOf(needle, from)) >= 0) {
            int after = from + needle.length();
            if (!opener || after >= s.length() || " \t>/".indexOf(s.charAt(after)) >= 0) n++;
            from = after;
        }
        return n;
    }
}
