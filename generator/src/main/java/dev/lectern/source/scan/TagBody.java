package dev.lectern.source.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * The children of a tag opened at line {@code opener}: everything up to the matching close tag (same-name tags nest;
 * fenced code is skipped), dedented by the children's common indent, as MDX does. {@code closed} is false when no
 * close tag was found; the body then ends before the next sibling opener of the same name, or at the end.
 */
record TagBody(List<Line> lines, int end, boolean closed) {

    static TagBody of(List<Line> lines, int opener, Tag tag) {
        String open = "<" + tag.name();
        String close = "</" + tag.name() + ">";
        List<Line> body = new ArrayList<>();
        Line first = lines.get(opener);
        if (!tag.after().isBlank()) {
            int cut = tag.after().indexOf(close);
            if (cut >= 0) {
                body.add(new Line(tag.after().substring(0, cut), first.number()));
                return new TagBody(body, opener + 1, true);
            }
            body.add(new Line(tag.after(), first.number()));
        }
        int depth = 1;
        int openerIndent = first.indent();
        for (int k = opener + 1; k < lines.size(); k++) {
            Line l = lines.get(k);
            Fence f = Fence.open(l.text());
            if (f != null) {
                int endFence = Math.min(BlockScanner.closingFence(lines, k, f), lines.size() - 1);
                for (int m = k; m <= endFence; m++) body.add(lines.get(m));
                k = endFence;
                continue;
            }
            String t = l.text();
            depth += count(t, open, true);
            int c = t.indexOf(close);
            if (c >= 0 && depth - count(t, close, false) <= 0) {
                String before = t.substring(0, c);
                if (!before.isBlank()) body.add(new Line(before, l.number()));
                return new TagBody(dedent(body), k + 1, true);
            }
            depth -= count(t, close, false);
            body.add(l);
        }
        // unclosed: stop before the next sibling of the same name at the opener's indent
        List<Line> cut = new ArrayList<>();
        for (Line l : body) {
            if (l.number() > first.number() && l.indent() <= openerIndent && l.text().stripLeading().startsWith(open)) break;
            cut.add(l);
        }
        int end = opener + 1 + cut.size() - (tag.after().isBlank() ? 0 : 1);
        return new TagBody(dedent(cut), Math.min(end, lines.size()), false);
    }

    /** Occurrences of {@code needle} in {@code s}; for an opener it must be followed by a space, '>' or end of line. */
    private static int count(String s, String needle, boolean opener) {
        int n = 0;
        int from = 0;
        while ((from = s.indexOf(needle, from)) >= 0) {
            int after = from + needle.length();
            if (!opener || after >= s.length() || " \t>/".indexOf(s.charAt(after)) >= 0) n++;
            from = after;
        }
        return n;
    }

    private static List<Line> dedent(List<Line> body) {
        int min = Integer.MAX_VALUE;
        for (Line l : body) {
            if (!l.isBlank()) min = Math.min(min, l.indent());
        }
        if (min == Integer.MAX_VALUE || min == 0) return body;
        List<Line> out = new ArrayList<>(body.size());
        for (Line l : body) out.add(l.dedent(min));
        return out;
    }

    boolean isEmpty() {
        return lines.stream().allMatch(Line::isBlank);
    }
}
