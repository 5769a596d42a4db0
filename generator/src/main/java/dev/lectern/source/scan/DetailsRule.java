package dev.lectern.source.scan;

import dev.lectern.model.Callout;
import dev.lectern.model.CalloutKind;
import java.util.List;

/** HTML {@code <details [open]>} with an optional {@code <summary>Title</summary>}: a collapsible callout. */
final class DetailsRule implements ContainerRule {
    private final BlockScanner scanner;

    DetailsRule(BlockScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public boolean matches(Line line) {
        return Tag.open(line.text(), "details") != null;
    }

    @Override
    public int tryScan(List<Line> lines, int i, int depth, BlockSink out) {
        Tag tag = Tag.open(lines.get(i).text(), "details");
        if (tag == null || tag.selfClosing()) return i;
        TagBody body = TagBody.of(lines, i, tag, scanner.tagIndex(lines, tag.name()));
        if (!body.closed()) scanner.warn(lines.get(i), "<details> is never closed", "add </details> after its content");
        List<Line> content = body.lines();
        String title = "";
        int first = 0;
        while (first < content.size() && content.get(first).isBlank()) first++;
        if (first < content.size()) {
            String s = content.get(first).trimmed();
            int close = s.indexOf("</summary>");
            if (s.startsWith("<summary>") && close > 0) {
                title = s.substring("<summary>".length(), close).strip();
                String rest = s.substring(close + "</summary>".length());
                content = new java.util.ArrayList<>(content.subList(first + 1, content.size()));
                if (!rest.isBlank()) content.add(0, new Line(rest, lines.get(i).number()));
            }
        }
        Callout.Collapse collapse = tag.attributes().containsKey("open") ? Callout.Collapse.OPEN : Callout.Collapse.CLOSED;
        out.add(new Callout(CalloutKind.PLAIN, title.isEmpty() ? "Details" : title, collapse,
                scanner.scan(content, depth + 1), scanner.pos(lines.get(i))));
        return body.end();
    }
}
