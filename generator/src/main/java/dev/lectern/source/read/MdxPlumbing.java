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
 * MDX lines that are program, not content: {@code import}/{@code export} statements at column 0 and
 * {@code {/* … *}/}} comments. They are left out with a note each (fenced code is never touched).
 */
final class MdxPlumbing {
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
            boolean statement = l.indent() == 0 && (s.startsWith("import ") && (s.contains(" from ") || s.endsWith(";"))
                    || s.startsWith("export const ") || s.startsWith("export default ") || s.startsWith("export function "));
            boolean comment = s.startsWith("{/*") && s.endsWith("*/}");
            if (statement || comment) {
                doc.diagnostics().add(new Diagnostic(Severity.NOTE, SourcePos.of(doc.file(), l.number()),
                        "MDX " + (comment ? "comment" : "import/export") + " left out", "", List.of(s)));
            } else {
                out.add(l);
            }
            i++;
        }
        return out;
    }
}
