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
}
