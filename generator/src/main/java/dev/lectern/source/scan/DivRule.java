package dev.lectern.source.scan;

import java.util.List;

/**
 * GitHub READMEs wrap badges and headings in {@code <div align="center">}. The wrapper is presentation only; its
 * children are read as Markdown like the rest, so a heading inside it is a heading and the HTML stays balanced.
 */
final class DivRule implements ContainerRule {
    private final BlockScanner scanner;

    DivRule(BlockScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public boolean matches(Line line) {
        return Tag.open(line.text(), "div") != null && line.text().strip().endsWith(">");
    }

    @Override
    public int tryScan(List<Line> lines, int i, int depth, BlockSink out) {
        if (!matches(lines.get(i))) return i;
        Tag tag = Tag.open(lines.get(i).text(), "div");
        if (tag.selfClosing()) return i;
        TagBody body = TagBody.of(lines, i, tag, scanner.tagIndex(lines, tag.name()));
        if (!body.closed()) {
            scanner.warn(lines.get(i), "<div> is never closed", "add </div> after its content");
        }
        scanner.scan(body.lines(), depth + 1).forEach(out::add);
        return body.end();
    }
}
