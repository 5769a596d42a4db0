package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Mintlify MDX and its rendered-Markdown export (seed 004): {@code <Accordion title="N. …">} inside
 * {@code <AccordionGroup>} are questions (the generic layer does that); this reader drops what is not content: the
 * export's {@code > ## Documentation Index … llms.txt} banner and MDX plumbing.
 */
public final class MintlifyReader extends MarkdownReader {
    public MintlifyReader() {
        super("mintlify");
    }

    @Override
    protected List<Line> prepare(Document doc) {
        List<Line> lines = doc.lines();
        return MdxPlumbing.strip(lines.subList(dropBanner(lines, doc), lines.size()), doc);
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
