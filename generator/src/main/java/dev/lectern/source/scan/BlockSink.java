package dev.lectern.source.scan;

import dev.lectern.model.Block;
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
        flush();
        blocks.add(block);
    }

    void flush() {
        int first = 0;
        while (first < text.size() && text.get(first).isBlank()) first++;
        int last = text.size();
        while (last > first && text.get(last - 1).isBlank()) last--;
        if (first < last) {
            StringBuilder sb = new StringBuilder();
            for (int k = first; k < last; k++) {
                if (k > first) sb.append('\n');
                sb.append(text.get(k).text());
            }
            blocks.add(NestingGuard.check(new Markdown(sb.toString(), scanner.pos(text.get(first))), scanner));
        }
        text.clear();
        inList = false;
        afterBlank = false;
    }

    List<Block> blocks() {
        return blocks;
    }
}
