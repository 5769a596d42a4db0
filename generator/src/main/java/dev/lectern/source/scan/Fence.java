package dev.lectern.source.scan;

import dev.lectern.model.FenceInfo;

/** A fence opener ({@code ```lang meta} or {@code ~~~}) as CommonMark reads it, with its info string read ({@link FenceInfo}). */
public record Fence(int indent, char marker, int length, FenceInfo info) {

    /** The opener on this line, or null. Plain string scanning: no regex, so no backtracking. */
    public static Fence open(String line) {
        int indent = Line.indentOf(line);
        String s = line.stripLeading();
        if (s.isEmpty()) return null;
        char c = s.charAt(0);
        if (c != '`' && c != '~') return null;
        int n = 0;
        while (n < s.length() && s.charAt(n) == c) n++;
        if (n < 3) return null;
        String info = s.substring(n).strip();
        if (c == '`' && info.indexOf('`') >= 0) return null;  // CommonMark: a backtick fence's info has no backticks
        return new Fence(indent, c, n, FenceInfo.parse(info));
    }

    /** Whether {@code line} closes this fence: same marker, at least as long, nothing else but spaces. */
    public boolean closedBy(String line) {
        String s = line.strip();
        if (s.length() < length || Line.indentOf(line) > Math.max(3, indent + 3)) return false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != marker) return false;
        }
        return true;
    }

    public String language() {
        return info.language();
    }

    public String title() {
        return info.title();
    }

    public boolean lineNumbers() {
        return info.firstLine() > 0;
    }
}
