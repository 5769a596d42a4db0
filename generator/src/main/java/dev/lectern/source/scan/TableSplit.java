package dev.lectern.source.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * flexmark's table extension rebuilds the table's text for every row it reads, and row anchors ask each row for its
 * line by counting from the start of the document, so a table's cost grows with the square of its rows (100,000 rows:
 * minutes). A table longer than {@link #MAX_ROWS} rows is cut into pieces of that many rows, each a Markdown block of
 * its own under a copy of the header, so it stays a table, every row keeps its source line, and rendering is linear.
 */
final class TableSplit {
    static final int MAX_ROWS = 250;

    /** A piece of a block's lines; {@code first} is the source index of its first line (a header copy borrows the rows' lines before it). */
    record Piece(List<String> lines, int first) {
    }

    private TableSplit() {
    }

    /** The pieces of {@code lines} (just one when no table is longer than {@link #MAX_ROWS}). */
    static List<Piece> split(List<String> lines) {
        List<Piece> pieces = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int currentFirst = 0;
        for (int i = 0; i < lines.size(); i++) {
            Fence fence = Fence.open(lines.get(i));
            if (fence != null) {  // a table inside fenced code is code
                current.add(lines.get(i));
                while (i + 1 < lines.size() && !fence.closedBy(lines.get(i + 1))) current.add(lines.get(++i));
                if (i + 1 < lines.size()) current.add(lines.get(++i));
                continue;
            }
            if (i + 1 >= lines.size() || !isHeader(lines.get(i), lines.get(i + 1))) {
                current.add(lines.get(i));
                continue;
            }
            String header = lines.get(i);
            String delimiter = lines.get(i + 1);
            current.add(header);
            current.add(delimiter);
            int rows = 0;
            int k = i + 2;
            for (; k < lines.size() && isRow(lines.get(k)); k++, rows++) {
                if (rows > 0 && rows % MAX_ROWS == 0) {
                    pieces.add(new Piece(current, currentFirst));
                    current = new ArrayList<>(List.of(header, delimiter));
                    currentFirst = k - 2;
                }
                current.add(lines.get(k));
            }
            i = k - 1;
        }
        pieces.add(new Piece(current, currentFirst));
        return pieces;
    }

    private static boolean isRow(String line) {
        return !line.isBlank() && line.indexOf('|') >= 0;
    }

    /** A GFM header row (it holds a pipe) followed by a delimiter row of pipes, dashes, colons and spaces. */
    static boolean isHeader(String line, String next) {
        if (line.indexOf('|') < 0) return false;
        String d = next.strip();
        if (d.indexOf('-') < 0 || d.indexOf('|') < 0) return false;
        for (int k = 0; k < d.length(); k++) {
            if ("|-: \t".indexOf(d.charAt(k)) < 0) return false;
        }
        return true;
    }
}
