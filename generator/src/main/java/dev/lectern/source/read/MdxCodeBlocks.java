package dev.lectern.source.read;

import dev.lectern.source.scan.BlockScanner;
import dev.lectern.source.scan.Fence;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Docusaurus {@code ```mdx-code-block} fences hold MDX to render, not code to show: their fence lines go and their
 * lines join the document. An opening tag in one such fence and its closing tag in another ({@code <Tabs>} …
 * {@code </Tabs>}) then meet as they do in Docusaurus. Other fences are passed over whole, so an
 * {@code mdx-code-block} shown inside a longer fence stays code.
 */
final class MdxCodeBlocks {
    private MdxCodeBlocks() {
    }

    static List<Line> unwrap(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            Fence f = Fence.open(lines.get(i).text());
            if (f == null) {
                out.add(lines.get(i++));
                continue;
            }
            int end = Math.min(BlockScanner.closingFence(lines, i, f), lines.size());
            if (f.language().equals("mdx-code-block")) {
                for (int k = i + 1; k < end; k++) out.add(lines.get(k).dedent(f.indent()));
            } else {
                out.addAll(lines.subList(i, Math.min(end + 1, lines.size())));
            }
            i = end + 1;
        }
        return out;
    }
}
