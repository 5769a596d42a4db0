package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.diag.SourcePos;
import dev.lectern.source.scan.BlockScanner;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * MDX program that spans several lines, left out before the one-line plumbing ({@link MdxPlumbing}) is: a
 * {@code {/*} comment closed by {@code *}/}} on a later line, and an {@code import}/{@code export} statement at column 0
 * whose brackets stay open past its first line ({@code import {\n  A,\n} from 'x';}, an exported component). Each is
 * left out with one note. One that does not end within {@link #MAX_LINES} lines is kept as text, so a stray bracket
 * cannot swallow the page; fenced code is never touched.
 */
final class MdxSpans {
    /** Longer than any import list or comment in real documents; bounds the look-ahead. */
    static final int MAX_LINES = 200;

    private MdxSpans() {
    }

    static List<Line> drop(List<Line> lines, Document doc) {
        List<Line> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            int fenceEnd = BlockScanner.fencedBlockEnd(lines, i);
            if (fenceEnd >= 0) {
                out.addAll(lines.subList(i, fenceEnd + 1));
                i = fenceEnd + 1;
                continue;
            }
            String s = l.trimmed();
            boolean comment = s.startsWith("{/*") && !s.endsWith("*/}");
            boolean statement = l.indent() == 0 && (s.startsWith("import ") || s.startsWith("export ")) && open(s) > 0;
            int end = comment ? commentEnd(lines, i) : statement ? statementEnd(lines, i) : -1;
            if (end > i) {
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

    /** The line after {@code i} that ends the comment opened there with {@code *}/}}, or -1. */
    private static int commentEnd(List<Line> lines, int i) {
        for (int k = i + 1; k < Math.min(lines.size(), i + MAX_LINES); k++) {
            if (lines.get(k).trimmed().endsWith("*/}")) return k;
        }
        return -1;
    }

    /** The line where the statement opened at {@code i} has closed all its brackets, or -1. */
    private static int statementEnd(List<Line> lines, int i) {
        int depth = 0;
        for (int k = i; k < Math.min(lines.size(), i + MAX_LINES); k++) {
            depth += open(lines.get(k).text());
            if (depth <= 0) return k;
        }
        return -1;
    }

    /** Brackets opened minus brackets closed on one line. */
    private static int open(String text) {
        int n = 0;
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (ch == '{' || ch == '(' || ch == '[') n++;
            else if (ch == '}' || ch == ')' || ch == ']') n--;
        }
        return n;
    }
}
