package dev.lectern.source.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of an indentation-delimited container (MkDocs admonitions and content tabs): the following lines that are
 * blank or indented 4+, dedented by 4. A fence opened inside the body runs to its closing fence even through lines
 * that authors left at column 0 (seed 001's subprocess answer), so one code block stays one code block.
 */
record IndentedBody(List<Line> lines, int end) {
    static IndentedBody after(List<Line> lines, int opener, FenceClosers closers) {
        List<Line> body = new ArrayList<>();
        int j = opener + 1;
        Fence open = null;
        int lastContent = opener;
        while (j < lines.size()) {
            Line l = lines.get(j);
            if (open != null) {
                body.add(l.dedent(4));
                if (open.closedBy(l.dedent(4).text())) open = null;
                lastContent = j;
            } else if (l.isBlank()) {
                body.add(l);
            } else if (l.indent() >= 4) {
                Line d = l.dedent(4);
                body.add(d);
                Fence f = d.indent() < 4 ? Fence.open(d.text()) : null;
                if (f != null && closers.closedAfter(j, f)) open = f;
                lastContent = j;
            } else {
                break;
            }
            j++;
        }
        // trailing blank lines belong to what follows
        int keep = lastContent - opener;
        return new IndentedBody(new ArrayList<>(body.subList(0, Math.max(0, keep))), lastContent + 1);
    }

    boolean isEmpty() {
        return lines.stream().allMatch(Line::isBlank);
    }
}
