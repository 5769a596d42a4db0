package dev.lectern.source.read;

import dev.lectern.source.scan.Line;
import java.util.List;

/**
 * Docusaurus MDX: the generic Q&A layer, after {@code mdx-code-block} fences are unwrapped ({@link MdxCodeBlocks}) and
 * MDX program is left out: statements and comments over several lines ({@link MdxSpans}), then one-line ones
 * ({@code import Tabs from '@theme/Tabs'}, {@link MdxPlumbing}).
 */
public final class DocusaurusReader extends MarkdownReader {
    public DocusaurusReader() {
        super("docusaurus");
    }

    @Override
    protected List<Line> prepare(Document doc) {
        return MdxPlumbing.strip(MdxSpans.drop(MdxCodeBlocks.unwrap(doc.lines()), doc), doc);
    }
}
