package dev.lectern.render;

import com.vladsch.flexmark.util.data.DataKey;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * What one Markdown document needs to know about the page it lands on, attached to the flexmark Document so the
 * shared (stateless) renderer can read it. {@code levels} places the author's headings in the page's outline
 * ({@link HeadingLevels}); {@code inline} renders a title without its heading wrapper; {@code lineAnchors}
 * gives table rows and list items starting on those lines (0-based within the block) an id; {@code needsTree} is
 * set while rendering ({@link #markForTree}).
 */
record BlockState(HeadingLevels levels, boolean inline, Consumer<String> dropped, Map<Integer, String> lineAnchors,
                  AtomicBoolean needsTree) {
    static final BlockState INLINE = new BlockState(HeadingLevels.NONE, true, s -> { }, Map.of(), new AtomicBoolean());

    BlockState(HeadingLevels levels, boolean inline, Consumer<String> dropped, Map<Integer, String> lineAnchors) {
        this(levels, inline, dropped, lineAnchors, new AtomicBoolean());
    }

    /**
     * Notes that the block's HTML holds raw HTML, an id or a {@code #link}, which {@link HtmlTree} must see; a block of
     * prose and code holds none, is balanced as flexmark wrote it, and skips the parse.
     */
    void markForTree() {
        needsTree.set(true);
    }
    static final DataKey<BlockState> KEY = new DataKey<>("LECTERN_BLOCK_STATE", INLINE);

    int level(int authored) {
        return levels.next(authored);
    }
}
