package dev.lectern.source.scan;

import dev.lectern.model.Block;
import dev.lectern.model.Group;
import dev.lectern.model.Markdown;
import java.util.ArrayList;
import java.util.List;

/** Collects blocks, buffering consecutive text lines into one {@link Markdown} block. */
final class BlockSink {
    private final BlockScanner scanner;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Line> text = new ArrayList<>();
    private boolean inList;
    private boolean afterBlank;

    BlockSink(BlockScanner scanner) {
        this.scanner = scanner;
    }

    void text(Line line) {
        if (line.isBlank()) {
            afterBlank = true;
        } else {
            boolean marker = ListMarkers.startsItem(line.text());
            if (marker) inList = true;
            else if (afterBlank && line.indent() == 0) inList = false;
            afterBlank = false;
        }
        text.add(line);
    }

    /** Whether the text buffered so far ends inside a list item, where indented fences belong to the item. */
    boolean inList() {
        return inList;
    }

    void add(Block block) {
        boolean onlyBlanks = text.stream().allMatch(Line::isBlank);
        flush();
        int last = blocks.size() - 1;
        if (onlyBlanks && last >= 0 && block instanceof Group next && next.kind() == Group.Kind.FIELDS
                && blocks.get(last) instanceof Group before && before.kind() == Group.Kind.FIELDS) {
            blocks.set(last, MintlifyGroups.mergeFields(before, next));  // a run of fields is one list
            return;
        }
        blocks.add(block);
    }

    void flush() {
        int first = 0;
        while (first < text.size() && text.get(first).isBlank()) first++;
        int last = text.size();
        while (last > first && text.get(last - 1).isBlank()) last--;
        if (first < last) {
            List<String> lines = new ArrayList<>(last - first);
            for (int k = first; k < last; k++) lines.add(text.get(k).text());
            List<TableSplit.Piece> pieces = TableSplit.split(lines);
            if (pieces.size() > 1) {
                scanner.warn(text.get(first + pieces.get(1).first()), String.format(java.util.Locale.ROOT,
                        "a table of more than %,d rows is cut into %d tables of %,d rows, each under a copy of its header",
                        TableSplit.MAX_ROWS, pieces.size(), TableSplit.MAX_ROWS), "split it yourself, or move the data to a file that the page links to");
            }
            for (TableSplit.Piece piece : pieces) {
                // a header copy borrows the lines of the rows before it, so every row keeps its own source line
                Markdown md = new Markdown(String.join("\n", piece.lines()), scanner.pos(text.get(first + piece.first())));
                blocks.add(NestingGuard.check(md, scanner));
            }
        }
        text.clear();
        inList = false;
        afterBlank = false;
    }

    List<Block> blocks() {
        return blocks;
    }
}
