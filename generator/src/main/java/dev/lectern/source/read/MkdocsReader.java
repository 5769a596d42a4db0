package dev.lectern.source.read;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.source.scan.Line;
import java.util.List;

/**
 * MkDocs Material guides (seed 001): a heading followed by an optional metadata line
 * ({@code **Difficulty:** 🔴 Hard | **Tags:** … | **Asked by:** …}) and a collapsible {@code ??? success "View Answer"}
 * is a question; the collapsible's body is the answer. A {@code - Google, Meta Interview Question} suffix on the
 * heading becomes companies metadata.
 */
public final class MkdocsReader extends MarkdownReader {
    public MkdocsReader() {
        super("mkdocs");
    }

    @Override
    protected List<Line> prepare(Document doc) {
        return EscapedBlocks.restore(doc.lines(), doc.file(), doc.diagnostics());
    }

    @Override
    protected int place(List<Block> blocks, int i, int sectionLevel, GuideBuilder guide, Document doc) {
        if (blocks.get(i) instanceof Heading h && h.level() > sectionLevel) {
            int answer = answerAfter(blocks, i);
            if (answer > 0) {
                TitleSuffix title = TitleSuffix.split(h.text());
                if (!title.suffix().isEmpty()) guide.replaced("heading suffix became companies metadata", title.suffix());
                Callout answerBlock = (Callout) blocks.get(answer);
                guide.replaced("collapsible answer title became the site's answer toggle", answerBlock.title());
                Meta meta = i + 1 < answer ? MetaLine.parse(blocks.get(i + 1), title.companies()) : null;
                guide.question(title.title(), meta != null ? meta : new Meta(null, List.of(), title.companies()), h.pos());
                if (meta == null) {
                    for (int k = i + 1; k < answer; k++) guide.content(blocks.get(k));
                }
                guide.content(answerBlock.body());
                return answer;
            }
        }
        return super.place(blocks, i, sectionLevel, guide, doc);
    }

    /** The index of the collapsible answer right after heading {@code i} (at most one metadata block between), or -1. */
    private static int answerAfter(List<Block> blocks, int i) {
        for (int k = i + 1; k < blocks.size() && k <= i + 2; k++) {
            Block b = blocks.get(k);
            if (b instanceof Callout c && c.collapse() != Callout.Collapse.NO) return k;
            if (!(b instanceof Markdown)) return -1;
        }
        return -1;
    }
}
