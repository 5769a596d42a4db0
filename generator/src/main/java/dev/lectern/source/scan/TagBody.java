package dev.lectern.source.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * The children of a tag opened at line {@code opener}: everything up to the matching close tag (same-name tags nest;
 * fenced code is skipped; {@link TagIndex} finds it), dedented by the children's common indent, as MDX does. {@code closed} is false when no
 * close tag was found; the body then ends before the next sibling opener of the same name, or at the end.
 */
record TagBody(List<Line> lines, int end, boolean closed) {

    static TagBody of(List<Line> lines, int opener, Tag tag, TagIndex index) {
        return of(lines, opener, opener, tag, index);
    }

    /** @param openerEnd the line the opening tag ends on (an MDX opener may list its attributes over several lines) */
    static TagBody of(List<Line> lines, int opener, int openerEnd, Tag tag, TagIndex index) {
        String close = index.closeToken();
        List<Line> body = new ArrayList<>();
        Line first = lines.get(opener);
        if (!tag.after().isBlank()) {
            int cut = tag.after().indexOf(close);
            if (cut >= 0) {
                body.add(new Line(tag.after().substring(0, cut), lines.get(openerEnd).number()));
                return new TagBody(body, openerEnd + 1, true);
            }
            body.add(new Line(tag.after(), lines.get(openerEnd).number()));
        }
        int end = index.closer(opener);
        if (end >= 0) {
            body.addAll(lines.subList(openerEnd + 1, end));
            String before = lines.get(end).text().substring(0, lines.get(end).text().indexOf(close));
            if (!before.isBlank()) body.add(new Line(before, lines.get(end).number()));
            return new TagBody(dedent(body), end + 1, true);
        }
        // unclosed: stop before the next sibling of the same name at the opener's indent
        int openerIndent = first.indent();
        int k = openerEnd + 1;
        while (k < lines.size() && !(lines.get(k).indent() <= openerIndent
                && lines.get(k).text().stripLeading().startsWith(index.openToken()))) {
            body.add(lines.get(k++));
        }
        return new TagBody(dedent(body), k, false);
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
