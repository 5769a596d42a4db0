package dev.lectern.source.scan;

import java.util.List;

/**
 * GitHub READMEs wrap badges and headings in {@code <div align="center">}. The wrapper is presentation only; its
 * children are read as Markdown like the rest, so a heading inside it is a heading and the HTML stays balanced.
 * MkDocs Material's grids ({@code <div class="grid cards" markdown>} around a list, one card per item) are the
 * exception: the wrapper is the construct, so it stays around its Markdown, in one block, for the theme to lay out.
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
        if (isGrid(tag)) {
            grid(lines, i, body, out);
        } else {
            scanner.scan(body.lines(), depth + 1).forEach(out::add);
        }
        return body.end();
    }

    private static boolean isGrid(Tag tag) {
        return List.of(tag.attr("class").strip().split("\\s+")).contains("grid");
    }

    /**
     * The grid's lines as Markdown text with the div around them; blank lines after the opener and before the closer
     * (as Python-Markdown's md_in_html reads it) make the children Markdown rather than part of the HTML block.
     */
    private static void grid(List<Line> lines, int i, TagBody body, BlockSink out) {
        Line opener = lines.get(i);
        out.text(opener);
        out.text(new Line("", opener.number()));
        for (Line l : body.lines()) out.text(l);
        if (body.closed()) {
            Line closer = lines.get(body.end() - 1);
            out.text(new Line("", closer.number()));
            out.text(new Line("</div>", closer.number()));
        }
    }
}
