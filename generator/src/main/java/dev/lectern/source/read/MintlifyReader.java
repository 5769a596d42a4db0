package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import dev.lectern.source.scan.Fence;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Mintlify MDX and its rendered-Markdown export (seed 004): {@code <Accordion title="N. …">} inside
 * {@code <AccordionGroup>} are questions (the generic layer does that); this reader drops what is not content: the
 * export's {@code > ## Documentation Index … llms.txt} banner and MDX plumbing ({@code import}/{@code export} lines,
 * {@code {/* … *}/}} comments).
 */
public final class MintlifyReader extends MarkdownReader {
    public MintlifyReader() {
        super("mintlify");
    }

    @Override
    protected List<Line> prepare(Document doc) {
        List<Line> lines = doc.lines();
        List<Line> out = new ArrayList<>(lines.size());
        int i = dropBanner(lines, doc);
        while (i < lines.size()) {
            Line l = lines.get(i);
            Fence f = Fence.open(l.text());
            if (f != null) {
                int end = Math.min(dev.lectern.source.scan.BlockScanner.closingFence(lines, i, f), lines.size() - 1);
                out.addAll(lines.subList(i, end + 1));
                i = end + 1;
                continue;
            }
            String s = l.trimmed();
            boolean plumbing = l.indent() == 0 && (s.startsWith("import ") && (s.contains(" from ") || s.endsWith(";"))
                    || s.startsWith("export const ") || s.startsWith("export default "));
            boolean comment = s.startsWith("{/*") && s.endsWith("*/}");
            if (plumbing || comment) {
                doc.diagnostics().add(new Diagnostic(dev.lectern.diag.Severity.NOTE, SourcePos.of(doc.file(), l.number()),
                        "MDX " + (comment ? "comment" : "import/export") + " left out", "", List.of(s)));
            } else {
                out.add(l);
            }
            i++;
        }
        return out;
    }

    /** The export banner: a quote at the top whose first line is {@code > ## Documentation Index}. */
    private static int dropBanner(List<Line> lines, Document doc) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        if (i >= lines.size() || !lines.get(i).trimmed().replace(" ", "").startsWith(">##DocumentationIndex")) return 0;
        List<String> dropped = new ArrayList<>();
        int start = i;
        while (i < lines.size() && lines.get(i).trimmed().startsWith(">")) dropped.add(lines.get(i++).trimmed());
        doc.diagnostics().add(new Diagnostic(dev.lectern.diag.Severity.NOTE, SourcePos.of(doc.file(), lines.get(start).number()),
                "dropped the Mintlify export banner (" + dropped.size() + " lines)", "", dropped));
        return i;
    }
}
