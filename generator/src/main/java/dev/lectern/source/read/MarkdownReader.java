package dev.lectern.source.read;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Guide;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.source.scan.BlockScanner;
import dev.lectern.source.scan.Line;
import java.util.List;

/**
 * The common Q&A layer over any Markdown dialect: the first H1 is the guide's title, headings one level below the
 * title's are sections, deeper headings that read as questions ("Q3: …", "Challenge 2: …", "… ?") are questions, and
 * collapsibles titled as questions ({@code <details><summary>Why …?</summary>}) are questions with their body as the
 * answer. Dialect readers override the hooks where their sources differ.
 */
public class MarkdownReader implements DialectReader {
    private final String name;

    public MarkdownReader(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Guide read(Document doc) {
        List<Line> lines = prepare(doc);
        List<Block> blocks = new BlockScanner(doc.file(), doc.diagnostics()).scan(lines);
        GuideBuilder guide = new GuideBuilder(doc, name);
        int sectionLevel = sectionLevel(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            i = place(blocks, i, sectionLevel, guide, doc);
        }
        return guide.build();
    }

    /** Line-level repairs before scanning (dialect-specific); the default changes nothing. */
    protected List<Line> prepare(Document doc) {
        return doc.lines();
    }

    /** Places block {@code i}; returns the index of the last block it consumed. */
    protected int place(List<Block> blocks, int i, int sectionLevel, GuideBuilder guide, Document doc) {
        Block b = blocks.get(i);
        if (b instanceof Heading h) {
            if (h.level() == 1 && !guide.hasContent()) {
                if (!guide.hasTitle()) {
                    guide.title(h.text());
                    return takeDescription(blocks, i, guide);
                }
                if (h.text().equals(guide.title())) return i;
            }
            String q = h.level() > sectionLevel ? questionTitle(h.text()) : null;
            if (q != null) {
                guide.question(q, Meta.NONE, h.pos());
                return i;
            }
            if (h.level() == sectionLevel) {
                guide.section(h.text(), h.pos());
                return i;
            }
        } else if (b instanceof Callout c && c.collapse() != Callout.Collapse.NO) {
            String q = questionTitle(c.title());
            if (q != null) {
                guide.question(q, Meta.NONE, c.pos());
                guide.content(c.body());
                guide.endQuestion();
                return i;
            }
        }
        guide.content(b);
        return i;
    }

    /** A short paragraph or quote right after the title is the guide's description; the page shows it as its lead. */
    protected int takeDescription(List<Block> blocks, int i, GuideBuilder guide) {
        if (guide.hasDescription() || i + 1 >= blocks.size() || !(blocks.get(i + 1) instanceof Markdown m)) return i;
        String text = m.text().strip();
        if (text.startsWith(">")) text = text.replaceAll("(?m)^>\\s?", "").strip();
        if (text.contains("\n\n") || text.length() > 300 || text.startsWith("<") || text.startsWith("!") || text.startsWith("|")) return i;
        guide.description(text.replace('\n', ' '));
        return i + 1;
    }

    /** The smallest heading level below the title's level (usually 2); headings at it are sections. */
    protected int sectionLevel(List<Block> blocks) {
        int min = 7;
        for (Block b : blocks) {
            if (b instanceof Heading h && h.level() > 1) min = Math.min(min, h.level());
        }
        return min == 7 ? 2 : min;
    }

    /** The question a heading or summary asks, without its numbering; null when it is not a question. */
    protected String questionTitle(String text) {
        if (Numbering.isNumbered(text)) return Numbering.strip(text);
        String plain = text.strip();
        return plain.endsWith("?") ? plain : null;
    }
}
