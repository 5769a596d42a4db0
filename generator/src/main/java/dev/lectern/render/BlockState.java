package dev.lectern.render;

import com.vladsch.flexmark.util.data.DataKey;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What one Markdown document needs to know about the page it lands on, attached to the flexmark Document so the
 * shared (stateless) renderer can read it. {@code levels} places the author's headings in the page's outline
 * ({@link HeadingLevels}); {@code inline} renders a title without its heading wrapper; {@code lineAnchors}
 * gives table rows and list items starting on those lines (0-based within the block) an id; {@code urls} makes the
 * block's links and images into links from the page ({@link References}); {@code needsTree} is set while rendering
 * ({@link #markForTree}); {@code footnotes} cites a footnote of the document by name on the page ({@link PageNotes}),
 * null when the document defines none of that name; {@code components} is told of the unknown MDX components whose
 * tags the block drops; {@code tooltips} holds what the block's open {@code <Tooltip>}s became ({@link HtmlSanitizer}).
 */
record BlockState(HeadingLevels levels, boolean inline, Consumer<String> dropped, Map<Integer, String> lineAnchors,
                  Urls urls, AtomicBoolean needsTree, Function<String, PageNotes.Cited> footnotes, Components components,
                  java.util.Deque<String> tooltips) {
    // inline: no links, so no tooltip becomes one and the deque stays empty
    static final BlockState INLINE = new BlockState(HeadingLevels.NONE, true, s -> { }, Map.of(), Urls.NONE, new AtomicBoolean(), name -> null,
            Components.NONE, new java.util.ArrayDeque<>());

    BlockState(HeadingLevels levels, boolean inline, Consumer<String> dropped, Map<Integer, String> lineAnchors) {
        this(levels, inline, dropped, lineAnchors, Urls.NONE, new AtomicBoolean(), name -> null, Components.NONE, new java.util.ArrayDeque<>());
    }

    BlockState(HeadingLevels levels, boolean inline, Consumer<String> dropped, Map<Integer, String> lineAnchors, Urls urls) {
        this(levels, inline, dropped, lineAnchors, urls, new AtomicBoolean(), name -> null, Components.NONE, new java.util.ArrayDeque<>());
    }

    /**
     * Told of an unknown MDX component's tag that was dropped (its name as written, and the node and offset where it
     * opens) and of an icon shortcode left out ({@code :octicons-file-code-16:}).
     */
    interface Components {
        Components NONE = (name, node, offset) -> { };

        void unknown(String name, com.vladsch.flexmark.util.ast.Node node, int offset);

        default void icon(String shortcode, com.vladsch.flexmark.util.ast.Node node) {
        }
    }

    /** Rewrites a URL the block's author wrote for the page; {@code at} is the flexmark node holding it (its line, for a warning). */
    interface Urls {
        Urls NONE = (url, at) -> url;

        String rewrite(String url, com.vladsch.flexmark.util.ast.Node at);

        /** Told of each {@code #id} link in the block and the node holding it, for a warning at its line. */
        default void fragment(String id, com.vladsch.flexmark.util.ast.Node at) {
        }
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
