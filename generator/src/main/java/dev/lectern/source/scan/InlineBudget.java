package dev.lectern.source.scan;

/**
 * flexmark's inline parser takes time quadratic in the number of inline constructs in one paragraph (8,000 code
 * spans, links or HTML tags in a paragraph: seconds; 100,000 {@code <span>}: minutes), whether they close or not.
 * Counting them per leaf block (a paragraph, a list item's first line, a table row, a heading) bounds that cost.
 * Fenced code does not count: it is never parsed inline.
 */
final class InlineBudget {
    /** Real paragraphs hold a few dozen; a 5 MB file of leaves at this size still renders in seconds. */
    static final int MAX_PER_LEAF = 128;

    private InlineBudget() {
    }

    /** The most inline constructs in one leaf block of {@code text}: backtick runs, {@code [}, and {@code <} opening a tag. */
    static int maxPerLeaf(String text) {
        int max = 0;
        int leaf = 0;
        Fence fence = null;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            if (fence != null) {
                if (fence.closedBy(line)) fence = null;
            } else if ((fence = Fence.open(line)) != null || line.isBlank() || startsLeaf(line)) {
                leaf = 0;
            }
            if (fence == null) {
                leaf += count(line);
                max = Math.max(max, leaf);
            }
            if (line.indexOf('|') >= 0 || isHeading(line)) leaf = 0;  // a table row or heading is a leaf of its own
            start = end + 1;
        }
        return max;
    }

    private static boolean startsLeaf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '>')) i++;
        return i < line.length() && (ListMarkers.markerEnd(line, i, line.length()) > i || line.charAt(i) == '#');
    }

    private static boolean isHeading(String line) {
        return line.stripLeading().startsWith("#");
    }

    private static int count(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`') {
                n++;
                while (i + 1 < line.length() && line.charAt(i + 1) == '`') i++;
            } else if (c == '[') {
                n++;
            } else if (c == '<' && i + 1 < line.length()) {
                char d = line.charAt(i + 1);
                if (Character.isLetter(d) || d == '/' || d == '!' || d == '?') n++;
            }
        }
        return n;
    }
}
