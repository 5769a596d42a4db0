package dev.lectern.model;

/**
 * A MkDocs Material code annotation marker: {@code (n)} at the end of a comment in the code ({@code # (1)},
 * {@code // see (2)}), or {@code (n)!}, which asks for the comment to go and only the marker to stay. Found by a scan
 * from the end of the line (no regex); a marker only counts when a comment opener comes before it on the line, so
 * {@code print(1)} is never one.
 *
 * @param n    the note's number, from 1
 * @param keep the part of the line that stays before the marker (the code, and the comment unless it was {@code (n)!})
 */
public record Annotation(int n, String keep) {
    private static final String[] OPENERS = {"#", "//", "--", "/*", "<!--", ";", "%"};

    /** Whether any line of {@code code} ends in a marker. */
    public static boolean anyIn(String code) {
        if (code.indexOf(')') < 0) return false;
        for (String line : code.split("\n")) if (in(line) != null) return true;
        return false;
    }

    /** The marker ending {@code line}, or null. */
    public static Annotation in(String line) {
        String s = line.stripTrailing();
        for (String closer : new String[] {"*/", "-->"}) {
            if (s.endsWith(closer)) s = s.substring(0, s.length() - closer.length()).stripTrailing();
        }
        boolean bang = s.endsWith("!");
        int close = bang ? s.length() - 2 : s.length() - 1;
        if (close < 2 || s.charAt(close) != ')') return null;
        int open = close - 1;
        while (open >= 0 && Character.isDigit(s.charAt(open))) open--;
        if (open < 0 || open == close - 1 || close - open > 4 || s.charAt(open) != '(') return null;
        int n = Integer.parseInt(s.substring(open + 1, close));
        String before = s.substring(0, open);
        int opener = -1;
        String openerText = "";
        for (String o : OPENERS) {
            int at = before.lastIndexOf(o);
            if (at >= 0 && (at == 0 || Character.isWhitespace(before.charAt(at - 1))) && at > opener) {
                opener = at;
                openerText = o;
            }
        }
        if (n == 0 || opener < 0) return null;
        if (!bang) return new Annotation(n, before);
        // (n)! takes the whole comment, so it must hold nothing but the marker
        if (!before.substring(opener + openerText.length()).isBlank()) return new Annotation(n, before);
        return new Annotation(n, before.substring(0, opener).stripTrailing());
    }
}
