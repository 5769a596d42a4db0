package dev.lectern.source.scan;

import dev.lectern.model.Block;
import dev.lectern.model.Group;
import dev.lectern.model.Heading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * GitHub READMEs wrap badges and headings in {@code <div align="center">}. Its children are read as Markdown like the
 * rest, so a heading inside it is a heading and the HTML stays balanced; its alignment is kept ({@link Group.Kind#ALIGNED}).
 * MkDocs Material's grids ({@code <div class="grid cards" markdown>} around a list, one card per item) are the
 * exception: the wrapper is the construct, so it stays around its Markdown, in one block, for the theme to lay out.
 */
final class DivRule implements ContainerRule {
    private static final Set<String> ALIGNS = Set.of("left", "center", "right", "justify");
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
            aligned(scanner.scan(body.lines(), depth + 1), tag.attr("align").strip().toLowerCase(Locale.ROOT)).forEach(out::add);
        }
        return body.end();
    }

    /**
     * The div's blocks, those between its headings kept aligned as the author asked ({@code align="center"}, as GitHub
     * shows a README's logo and badges); the headings stand on their own, as the page's outline, laid out by the theme.
     */
    private static List<Block> aligned(List<Block> children, String align) {
        if (!ALIGNS.contains(align)) return children;
        List<Block> out = new ArrayList<>();
        List<Block> run = new ArrayList<>();
        for (Block b : children) {
            if (b instanceof Heading) {
                flush(run, align, out);
                out.add(b);
            } else {
                run.add(b);
            }
        }
        flush(run, align, out);
        return out;
    }

    private static void flush(List<Block> run, String align, List<Block> out) {
        if (run.isEmpty()) return;
        Group.Item item = new Group.Item("", "", List.of(new Group.Fact("align", align)), run);
        out.add(new Group(Group.Kind.ALIGNED, 0, List.of(item), run.get(0).pos()));
        run.clear();
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
