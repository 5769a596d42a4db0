package dev.lectern.source.scan;

import dev.lectern.model.Callout;
import dev.lectern.model.CalloutKind;
import java.util.List;

/**
 * Docusaurus's JSX form of an admonition, {@code <Admonition type="tip" title="…" icon="…">}: the same callout as
 * {@code :::tip[…]}. A type the site does not know is a note titled by its type; the icon (an emoji or an element of
 * the author's site) is left to the theme, which gives every kind its own.
 */
final class AdmonitionTagRule implements ContainerRule {
    private final BlockScanner scanner;

    AdmonitionTagRule(BlockScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public boolean matches(Line line) {
        return Tag.open(line.text(), "Admonition") != null;
    }

    @Override
    public int tryScan(List<Line> lines, int i, int depth, BlockSink out) {
        Tag tag = Tag.open(lines.get(i).text(), "Admonition");
        // the name test is case-blind; <admonition> is HTML, not the component
        if (tag == null || tag.selfClosing() || !tag.name().equals("Admonition")) return i;
        TagBody body = TagBody.of(lines, i, tag, scanner.tagIndex(lines, tag.name()));
        if (!body.closed()) scanner.warn(lines.get(i), "<Admonition> is never closed", "add </Admonition> after its content");
        String type = tag.attr("type").isBlank() ? "note" : tag.attr("type");
        CalloutKind kind = CalloutKinds.of(type, lines.get(i), scanner);
        String title = tag.attr("title").isBlank() ? CalloutKind.keywordTitle(type) : tag.attr("title");
        out.add(new Callout(kind, title, Callout.Collapse.NO,
                scanner.scan(body.lines(), depth + 1), scanner.pos(lines.get(i))));
        return body.end();
    }
}
