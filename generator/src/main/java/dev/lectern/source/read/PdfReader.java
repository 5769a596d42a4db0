package dev.lectern.source.read;

import dev.lectern.model.Block;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.source.scan.Line;
import java.util.List;

/**
 * Markdown extracted from a PDF (seed 003). Heading levels cannot be trusted, so questions are recognised by their
 * numbering: a numbered heading (or bold paragraph) is a question when it continues the count (n + 1) or restarts it
 * at 1 right after a section heading; other numbered headings are sub-headings of the answer. A heading without a
 * number is a section when the very next heading restarts the count at 1, otherwise part of the answer.
 */
public final class PdfReader extends MarkdownReader {
    public PdfReader() {
        super("pdf");
    }

    @Override
    protected List<Line> prepare(Document doc) {
        return PageBreaks.join(PdfRepair.repair(doc.lines(), doc.file(), doc.diagnostics()), doc.file(), doc.diagnostics());
    }

    @Override
    public dev.lectern.model.Guide read(Document doc) {
        List<Line> lines = prepare(doc);
        List<Block> blocks = LanguageGuess.label(new dev.lectern.source.scan.BlockScanner(doc.file(), doc.diagnostics()).scan(lines));
        GuideBuilder guide = new GuideBuilder(doc, name());
        int expected = 1;
        boolean sectionOpen = true;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Heading h && h.level() == 1 && !guide.hasTitle()) {
                i = title(blocks, i, h, guide);
                continue;
            }
            if (b instanceof Heading h) {
                int n = Numbering.number(h.text());
                if (n > 0 && (n == expected || n == 1 && sectionOpen)) {
                    guide.question(Numbering.strip(h.text()), Meta.NONE, h.pos());
                    expected = n + 1;
                    sectionOpen = false;
                    continue;
                }
                if (n < 0 && !h.text().strip().endsWith(":") && nextHeadingNumber(blocks, i) == 1) {
                    guide.section(Numbering.unbold(h.text()), h.pos());
                    sectionOpen = true;
                    expected = 1;
                    continue;
                }
            }
            guide.content(b);
        }
        return guide.build();
    }

    /** "# Python" followed by a short unpunctuated paragraph ("Interview Questions / and Answers"): one title. */
    private static int title(List<Block> blocks, int i, Heading h, GuideBuilder guide) {
        String title = h.text();
        if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Markdown m) {
            String t = m.text().strip();
            if (t.length() < 80 && t.lines().count() <= 3 && !t.endsWith(".") && !t.contains("**") && !t.startsWith("<")) {
                guide.title(title + " " + String.join(" ", t.lines().map(String::strip).toList()));
                return i + 1;
            }
        }
        guide.title(title);
        return i;
    }

    /** The number of the next heading, or -1 when it has none: a section heading is followed directly by question 1. */
    private static int nextHeadingNumber(List<Block> blocks, int i) {
        for (int k = i + 1; k < blocks.size(); k++) {
            if (blocks.get(k) instanceof Heading h) return Numbering.number(h.text());
        }
        return -1;
    }
}
