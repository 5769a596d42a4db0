package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import dev.lectern.source.scan.BlockScanner;
import dev.lectern.source.scan.Fence;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF extraction ends a paragraph at each page break, so one sentence reads as two paragraphs ("…a working
 * solution" / "within the time we had."). Such a pair is joined again: the first line of text ends with a letter,
 * digit or comma (no sentence or clause ends there) and, after blank lines only, the next one starts with a small
 * letter, as no paragraph does. Lines that are structure (headings, tables, quotes, HTML, fences, indented code) and
 * code inside fences are never joined. One note per document gives the count and the first place.
 */
final class PageBreaks {
    private PageBreaks() {
    }

    static List<Line> join(List<Line> lines, String file, List<Diagnostic> diagnostics) {
        List<Line> out = new ArrayList<>(lines.size());
        int joined = 0;
        int firstAt = 0;
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
            out.add(l);
            int next = i + 1;
            while (next < lines.size() && lines.get(next).isBlank()) next++;
            if (next > i + 1 && next < lines.size() && endsMidSentence(l) && continues(lines.get(next))) {
                if (joined++ == 0) firstAt = lines.get(next).number();
                i = next;  // the blank lines between are dropped: one paragraph again
                continue;
            }
            i++;
        }
        if (joined > 0) {
            diagnostics.add(Diagnostic.note(SourcePos.of(file, firstAt), "joined " + joined
                    + (joined == 1 ? " paragraph" : " paragraphs") + " that the PDF split at a page break (a line ending mid-sentence,"
                    + " the next starting in lower case); put a full stop at the end of the first if they are meant apart"));
        }
        return out;
    }

    private static boolean endsMidSentence(Line l) {
        String t = l.trimmed();
        if (t.isEmpty() || l.indent() >= 4 || isStructure(t)) return false;
        char last = t.charAt(t.length() - 1);
        return Character.isLetterOrDigit(last) || last == ',';
    }

    private static boolean continues(Line l) {
        String t = l.trimmed();
        return !t.isEmpty() && l.indent() < 4 && Character.isLowerCase(t.charAt(0)) && !isStructure(t);
    }

    private static boolean isStructure(String t) {
        char c = t.charAt(0);
        return c == '#' || c == '|' || c == '>' || c == '<' || Fence.open(t) != null;
    }
}
