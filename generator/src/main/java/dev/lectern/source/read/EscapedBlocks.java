package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Some exports store a whole block on one line with literal {@code \n} and {@code \"} escapes (seed 001 line 1506: an
 * answer's code, prose and tip on one 13.7 KB line). A line that opens a fence and holds 5+ escaped newlines is
 * unescaped back into real lines, all numbered as the original line.
 */
final class EscapedBlocks {
    private static final int MIN_ESCAPES = 5;

    private EscapedBlocks() {
    }

    static List<Line> restore(List<Line> lines, String file, List<Diagnostic> diagnostics) {
        List<Line> out = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (isEscapedBlock(l.text())) {
                if (out == null) out = new ArrayList<>(lines.subList(0, i));
                String unescaped = unescape(l.text());
                for (String part : unescaped.split("\n", -1)) out.add(new Line(part, l.number()));
                diagnostics.add(Diagnostic.note(SourcePos.of(file, l.number()),
                        "restored a block stored on one line with literal \\n escapes (" + unescaped.split("\n", -1).length + " lines)"));
            } else if (out != null) {
                out.add(l);
            }
        }
        return out == null ? lines : out;
    }

    static boolean isEscapedBlock(String text) {
        String s = text.stripLeading();
        if (!s.startsWith("```") && !s.startsWith("~~~")) return false;
        int count = 0;
        for (int k = s.indexOf("\\n"); k >= 0 && count < MIN_ESCAPES; k = s.indexOf("\\n", k + 2)) count++;
        return count >= MIN_ESCAPES;
    }

    /** {@code \n} → newline, {@code \t} → tab, {@code \"} → {@code "}, {@code \\} → {@code \}; other escapes stay. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length()) {
                char n = s.charAt(k + 1);
                switch (n) {
                    case 'n' -> { sb.append('\n'); k++; continue; }
                    case 't' -> { sb.append('\t'); k++; continue; }
                    case '"' -> { sb.append('"'); k++; continue; }
                    case '\\' -> { sb.append('\\'); k++; continue; }
                    default -> { }
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
