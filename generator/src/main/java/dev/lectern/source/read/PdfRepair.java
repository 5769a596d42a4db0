package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import dev.lectern.source.scan.BlockScanner;
import dev.lectern.source.scan.Fence;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Line repairs for PDF extractions: a paragraph that is only a bold numbered question ({@code **7. Design …**})
 * becomes a heading, and code the PDF split across consecutive fences (only blank lines between, the second one
 * unlabelled) is merged back into one block.
 */
final class PdfRepair {
    private PdfRepair() {
    }

    static List<Line> repair(List<Line> lines, String file, List<Diagnostic> diagnostics) {
        List<Line> out = new ArrayList<>(lines.size());
        int merged = 0;
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            Fence f = Fence.open(l.text());
            if (f != null) {
                int end = BlockScanner.closingFence(lines, i, f);
                out.addAll(lines.subList(i, Math.min(end, lines.size())));
                // while the next non-blank line reopens an unlabelled fence, swallow the close/open pair
                while (end < lines.size()) {
                    int next = end + 1;
                    while (next < lines.size() && lines.get(next).isBlank()) next++;
                    Fence again = next < lines.size() ? Fence.open(lines.get(next).text()) : null;
                    if (again == null || !again.language().isEmpty()) break;
                    int againEnd = BlockScanner.closingFence(lines, next, again);
                    out.addAll(lines.subList(end + 1, next));  // the blank lines stay, inside the code
                    out.addAll(lines.subList(next + 1, Math.min(againEnd, lines.size())));
                    merged++;
                    end = againEnd;
                }
                if (end < lines.size()) out.add(lines.get(end));
                i = end + 1;
                continue;
            }
            String bold = Numbering.unbold(l.trimmed());
            boolean alone = (i == 0 || lines.get(i - 1).isBlank()) && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
            if (alone && !bold.equals(l.trimmed()) && Numbering.number(bold) > 0) {
                out.add(new Line("#### " + l.trimmed(), l.number()));
            } else {
                out.add(l);
            }
            i++;
        }
        if (merged > 0) {
            diagnostics.add(Diagnostic.note(SourcePos.of(file, 1), "merged " + merged + " code blocks that the PDF split across fences"));
        }
        return out;
    }
}
