package dev.lectern.source.scan;

/** CommonMark list item starts: {@code - x}, {@code * x}, {@code + x}, {@code 1. x}, {@code 1) x}. */
final class ListMarkers {
    private ListMarkers() {
    }

    static boolean startsItem(String line) {
        String s = line.stripLeading();
        if (s.length() < 2) return false;
        char c = s.charAt(0);
        if ((c == '-' || c == '*' || c == '+') && s.charAt(1) == ' ') return true;
        int d = 0;
        while (d < s.length() && d < 9 && Character.isDigit(s.charAt(d))) d++;
        return d > 0 && d + 1 < s.length() && (s.charAt(d) == '.' || s.charAt(d) == ')') && s.charAt(d + 1) == ' ';
    }

    /** The index after a list marker and the space after it at {@code at} (before {@code end}), or {@code at} if none. */
    static int markerEnd(String text, int at, int end) {
        int k = at;
        char c = text.charAt(k);
        if (c == '-' || c == '*' || c == '+') {
            k++;
        } else {
            while (k < end && k - at < 9 && Character.isDigit(text.charAt(k))) k++;
            if (k == at || k >= end || (text.charAt(k) != '.' && text.charAt(k) != ')')) return at;
            k++;
        }
        return k < end && (text.charAt(k) == ' ' || text.charAt(k) == '\t') ? k + 1 : at;
    }
}
