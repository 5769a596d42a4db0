package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.diag.SourcePos;
import dev.lectern.source.scan.BlockScanner;
import dev.lectern.source.scan.Fence;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * MDX lines that are program, not content: {@code import}/{@code export} statements at column 0 (one line, or several
 * while their brackets are open: {@code import {\n  A,\n} from 'x';}) and {@code {/* … *}/}} comments (on one line or
 * over several). They are left out with a note each (fenced code is never touched). A statement or comment that never
 * ends within {@link #MAX_LINES} lines is kept as text, so a stray bracket cannot swallow the page.
 */
final class MdxPlumbing {
    /** Longer than any import list or comment in real documents; bounds the look-ahead. */
    static final int MAX_LINES = 200;

    private MdxPlumbing() {
    }

    static List<Line> strip(List<Line> lines, Document doc) {
        List<Line> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            Fence f = Fence.open(l.text());
            if (f != null) {
                int end = Math.min(BlockScanner.closingFence(lines, i, f), lines.size() - 1);
                out.addAll(lines.subList(i, end + 1));
                i = end + 1;
                continue;
            }
            String s = l.trimmed();
            boolean statement = l.indent() == 0 && (s.startsWith("import ") && (s.contains(" from ") || s.endsWith(";") || s.endsWith("{"))
                    || s.startsWith("export const ") || s.startsWith("export default ") || s.startsWith("export function "));
            boolean comment = s.startsWith("{/*");
            int end = comment ? commentEnd(lines, i) : statement ? statementEnd(lines, i) : -1;
            if (end >= 0) {
                doc.diagnostics().add(new Diagnostic(Severity.NOTE, SourcePos.of(doc.file(), l.number()),
                        "MDX " + (comment ? "comment" : "import/export") + " left out", "", List.of(s)));
                i = end + 1;
            } else {
                out.add(l);
                i++;
            }
        }
        return out;
    }

    /** The line that ends the comment opened at {@code i} with {@code *}/}}, or -1. */
    private static int commentEnd(List<Line> lines, int i) {
        for (int k = i; k < Math.min(lines.size(), i + MAX_LINES); k++) {
            if (lines.get(k).trimmed().endsWith("*/}") && (k > i || lines.get(k).trimmed().length() >= 6)) return k;
        }
        return -1;
    }

    /** The line where the statement opened at {@code i} has closed all its brackets, or -1. */
    private static int statementEnd(List<Line> lines, int i) {
        int open = 0;
        for (int k = i; k < Math.min(lines.size(), i + MAX_LINES); k++) {
            String t = lines.get(k).text();
            for (int c = 0; c < t.length(); c++) {
                char ch = t.charAt(c);
                if (ch == '{' || ch == '(' || ch == '[') open++;
                else if (ch == '}' || ch == ')' || ch == ']') open--;
            }
            if (open <= 0) return k;
        }
        return -1;
    }
}
