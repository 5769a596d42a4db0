package dev.lectern.render;

import java.util.HashMap;
import java.util.Map;

/**
 * What a preview server's quick steps made of a text, kept from one step to the next, keyed by that text: an edit
 * changes a block or two of the page on screen, and the others need not be parsed or read again. A value is held by
 * one page at a time (taken, used, given back), so a parsed tree is never rendered by two threads at once. Values not
 * used in a step are let go after the next, so it holds about the pages of the last two steps. A tree from here reports
 * nothing its parse found (an attribute list it dropped): a quick step's diagnostics are not shown, the whole build
 * that follows reports them. The builds themselves use {@link #none()}.
 */
final class StepCache<V> {
    private static final StepCache<?> NONE = new StepCache<>(false);

    private final boolean keeps;
    private Map<String, V> older = new HashMap<>();
    private Map<String, V> newer = new HashMap<>();

    private StepCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** Keeps nothing: every page makes its own. */
    @SuppressWarnings("unchecked")
    static <V> StepCache<V> none() {
        return (StepCache<V>) NONE;
    }

    /** A cache that keeps values, for one preview server's renderer. */
    static <V> StepCache<V> keeping() {
        return new StepCache<>(true);
    }

    /** The value made of {@code text}, given up by the cache; null when it has none. */
    synchronized V take(String text) {
        if (!keeps) return null;
        V value = newer.remove(text);
        return value != null ? value : older.remove(text);
    }

    /** Keeps {@code value}, made of {@code text}, once its page is done with it. */
    synchronized void give(String text, V value) {
        if (keeps) newer.put(text, value);
    }

    /** Starts a step: what the step before the last one left and this one does not take is let go. */
    synchronized void nextStep() {
        older = newer;
        newer = new HashMap<>();
    }
}
