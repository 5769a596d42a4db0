package dev.lectern.render;

import com.vladsch.flexmark.util.data.DataKey;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one Markdown document needs to know about the page it lands on, attached to the flexmark Document so the
 * shared (stateless) renderer can read it. {@code offset} moves the author's heading levels below the page's own,
 * clamped to {@code [minLevel, 6]} and to one below the heading before it ({@code last}, shared by the blocks of
 * one answer, so an outline never skips a level: validators and screen readers expect none); {@code inline} renders a title without its heading wrapper; {@code lineAnchors}
 * gives table rows and list items starting on those lines (0-based within the block) an id.
 */
record BlockState(int offset, int minLevel, boolean inline, Consumer<String> dropped, Map<Integer, String> lineAnchors,
                  int[] last) {
    static final BlockState INLINE = new BlockState(0, 1, true, s -> { }, Map.of(), new int[] {0});
    static final DataKey<BlockState> KEY = new DataKey<>("LECTERN_BLOCK_STATE", INLINE);

    /** Called once per heading, in document order. */
    int level(int authored) {
        if (inline) return Math.max(minLevel, Math.min(6, authored + offset)); // INLINE is shared: no state
        int level = Math.max(minLevel, Math.min(Math.min(6, authored + offset), last[0] + 1));
        last[0] = level;
        return level;
    }
}
