package dev.lectern.source.scan;

import java.util.ArrayList;
import java.util.List;

/** One source line and its 1-based number in the original file (kept through dedents and unwraps). */
public record Line(String text, int number) {
    public static List<Line> split(String text, int firstLine) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = firstLine;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(new Line(text.substring(start, i), n++));
                start = i + 1;
            }
        }
        if (start < text.length()) out.add(new Line(text.substring(start), n));
        return out;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** Leading spaces, a tab counting as up to the next multiple of 4. */
    public int indent() {
        return indentOf(text);
    }

    public static int indentOf(String s) {
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') col++;
            else if (c == '\t') col += 4 - (col % 4);
            else return col;
        }
        return col;
    }

    /** This line with up to {@code n} columns of leading white space removed. */
    public Line dedent(int n) {
        int col = 0;
        int i = 0;
        while (i < text.length() && col < n) {
            char c = text.charAt(i);
            if (c == ' ') col++;
            else if (c == '\t') {
                int w = 4 - (col % 4);
                if (col + w > n) {  // a tab wider than what is left: keep the rest as spaces
                    return new Line(" ".repeat(col + w - n) + text.substring(i + 1), number);
                }
                col += w;
            } else break;
            i++;
        }
        return new Line(text.substring(i), number);
    }

    public String trimmed() {
        return text.strip();
    }
}
