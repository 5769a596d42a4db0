package dev.lectern.render;

import com.vladsch.flexmark.util.ast.Document;
import java.util.HashMap;
import java.util.Map;

/**
 * Parsed Markdown blocks kept between the quick steps of a preview server, keyed by the text parsed: an edit changes a
 * block or two of the page on screen, and the others need not be parsed again. A tree is held by one page at a time
 * (taken, rendered, given back). Trees not used in a step are let go after the next, so it holds about the pages
 * of the last two steps. A tree from here reports nothing its parse found (an attribute list it dropped): it serves
 * pages whose diagnostics the whole build that follows reports. The builds themselves use {@link #NONE}.
 */
final class TreeCache {
    /** Keeps nothing: every block is parsed for the page that renders it. */
    static final TreeCache NONE = new TreeCache(false);

    private final boolean keeps;
    private Map<String, Document> older = new HashMap<>();
    private Map<String, Document> newer = new HashMap<>();

    private TreeCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** A cache that keeps trees, for one preview server's renderer. */
    static TreeCache keeping() {
        return new TreeCache(true);
    }

    /** The tree of {@code text}, given up by the cache; null when it has none. */
    synchronized Document take(String text) {
        if (!keeps) return null;
        Document doc = newer.remove(text);
        return doc != null ? doc : older.remove(text);
    }

    /** Keeps {@code doc}, the tree of {@code text}, once its page has rendered it. */
    synchronized void give(String text, Document doc) {
        if (keeps) newer.put(text, doc);
    }

    /** Starts a step: what the step before the last one left and this one does not take is let go. */
    synchronized void nextStep() {
        older = newer;
        newer = new HashMap<>();
    }
}
