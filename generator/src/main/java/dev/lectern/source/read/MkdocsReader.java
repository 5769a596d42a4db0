package dev.lectern.source.read;

import dev.lectern.source.scan.Line;
import java.util.List;

/**
 * MkDocs Material: the generic Q&A layer (a heading answered by a collapsible {@code ??? success "View Answer"} is a
 * question, the collapsible's body its answer), after blocks an export stored on one line with literal {@code \n}
 * escapes are restored.
 */
public final class MkdocsReader extends MarkdownReader {
    public MkdocsReader() {
        super("mkdocs");
    }

    @Override
    protected List<Line> prepare(Document doc) {
        return EscapedBlocks.restore(doc.lines(), doc.file(), doc.diagnostics());
    }
}
