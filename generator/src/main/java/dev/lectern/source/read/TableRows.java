package dev.lectern.source.read;

import java.util.ArrayList;
import java.util.List;

/** GFM table lines: a header row is followed by a delimiter row ({@code |---|:--:|}); cells split on unescaped pipes outside code. */
final class TableRows {
    private TableRows() {
    }

    static boolean isHeader(String line, String next) {
        if (!line.strip().startsWith("|")) return false;
        String d = next.strip();
        if (!d.startsWith("|") || d.length() < 3) return false;
        for (int k = 0; k < d.length(); k++) {
            if ("|-: ".indexOf(d.charAt(k)) < 0) return false;
        }
        return d.contains("-");
    }

    static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|") && !s.endsWith("\\|")) s = s.substring(0, s.length() - 1);
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length() && s.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '`') {
                code = !code;
                cell.append(c);
            } else if (c == '|' && !code) {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }
}
