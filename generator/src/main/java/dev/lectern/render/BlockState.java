package dev.lectern.render;

import com.vladsch.flexmark.util.data.DataKey;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one Markdown document needs to know about the page it lands on, attached to the flexmark Document so the
 * shared (stateless) renderer can read it. {@code levels} places the author's headings in the page's outline
 * ({@link HeadingLevels}); {@code inline} renders a title without its heading wrapper; {@code lineAnchors}
 * gives table rows and list items starting on those lines (0-based within the block) an id.
 */
record BlockState(HeadingLevels levels, boolean inline, Consumer<String> dropped, Map<Integer, String> lineAnchors) {
    static final BlockState INLINE = new BlockState(HeadingLevels.NONE, true, s -> { }, Map.of());
    static final DataKey<BlockState> KEY = new DataKey<>("LECTERN_BLOCK_STATE", INLINE);

    int level(int authored) {
        return levels.next(authored);
    }
}
