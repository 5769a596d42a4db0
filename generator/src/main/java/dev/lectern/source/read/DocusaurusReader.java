package dev.lectern.source.read;

import dev.lectern.source.scan.Line;
import java.util.List;

/**
 * Docusaurus MDX: the generic Q&A layer, after {@code mdx-code-block} fences are unwrapped ({@link MdxCodeBlocks}) and
 * MDX plumbing ({@code import Tabs from '@theme/Tabs'}) is left out.
 */
public final class DocusaurusReader extends MarkdownReader {
    public DocusaurusReader() {
        super("docusaurus");
    }

    @Override
    protected List<Line> prepare(Document doc) {
        return MdxPlumbing.strip(MdxCodeBlocks.unwrap(doc.lines()), doc);
    }
}
