package dev.lectern.source.scan;

import dev.lectern.model.Block;
import dev.lectern.model.Code;
import dev.lectern.model.Markdown;

/**
 * Markdown nested hundreds of levels deep (quotes, lists) overflows flexmark's recursive parser, and a paragraph of
 * thousands of inline elements takes it minutes ({@link InlineBudget}). Such text is kept verbatim as a plain code
 * block, with a warning, so nothing is lost, nothing crashes, and rendering stays linear.
 */
final class NestingGuard {
    static final int MAX_NESTING = 64;

    private NestingGuard() {
    }

    static Block check(Markdown md, BlockScanner scanner) {
        int inline = InlineBudget.maxPerLeaf(md.text());
        if (inline > InlineBudget.MAX_PER_LEAF) {
            scanner.diagnostics.add(dev.lectern.diag.Diagnostic.warning(md.pos(), String.format(java.util.Locale.ROOT,
                    "a paragraph holds %,d inline elements (code spans, links, HTML tags); shown as plain text", inline),
                    "split it into paragraphs of at most " + InlineBudget.MAX_PER_LEAF + " each"));
            return new Code("", "", md.text(), md.pos());
        }
        int depth = maxDepth(md.text());
        if (depth <= MAX_NESTING) return md;
        scanner.diagnostics.add(dev.lectern.diag.Diagnostic.warning(md.pos(),
                "Markdown nested " + depth + " levels deep (quotes or lists); shown as plain text",
                "nest at most " + MAX_NESTING + " levels"));
        return new Code("", "", md.text(), md.pos());
    }

    /**
     * The deepest quote or list nesting of any line: {@code >} markers and list markers ({@code -}, {@code 1.},
     * {@code 1)}) stacked on one line, or list markers stacked by indentation.
     */
    static int maxDepth(String text) {
        int max = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            if (end < 0) end = text.length();
            int quotes = 0;
            int items = 0;
            for (int k = lineStart; k < end; k++) {
                char c = text.charAt(k);
                int marker = ListMarkers.markerEnd(text, k, end);
                if (c == '>') quotes++;
                else if (marker > k) {
                    items++;
                    k = marker - 1;
                } else if (c != ' ' && c != '\t') break;
            }
            int indentItems = indentOf(text, lineStart, end) / 2;
            max = Math.max(max, Math.max(quotes + items, indentItems));
            lineStart = end + 1;
        }
        return max;
    }

    private static int indentOf(String text, int from, int to) {
        int col = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ' ') col++;
            else if (c == '\t') col += 4 - (col % 4);
            else break;
        }
        return col;
    }
}
