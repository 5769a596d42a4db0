package dev.lectern.render;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Work a guide page does for an answer, kept for the answer's own page: the flexmark trees of its blocks (an answer is
 * parsed once, rendered twice: heading levels, ids and links differ between the two pages, the tree does not), and the
 * text a reader reads in it. One per guide, handed from the thread that renders the guide's sections to the threads of
 * its question pages. A question page that renders before its guide's sections does the work itself, and the guide
 * then keeps nothing for it: nothing stays here that no page will take. Keys are compared by identity.
 */
final class HandOff<K, V> {
    private static final HandOff<?, ?> NONE = new HandOff<>();

    private final Map<K, V> kept = new IdentityHashMap<>();
    private final Set<K> done = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Keeps nothing and has nothing: for what one page shows only (a section's introduction, a footnote). */
    @SuppressWarnings("unchecked")
    static <K, V> HandOff<K, V> none() {
        return (HandOff<K, V>) NONE;
    }

    /**
     * Keeps {@code value}, made for {@code key}, for the page that will take it; false when no page will (that page has
     * rendered already, or this is {@link #none()}).
     */
    synchronized boolean keep(K key, V value) {
        if (this == NONE || done.contains(key)) return false;
        kept.put(key, value);
        return true;
    }

    /** The value kept for {@code key}, given up; null when there is none (the caller makes it, and nothing is kept after). */
    synchronized V take(K key) {
        if (this == NONE) return null;
        V value = kept.remove(key);
        if (value == null) done.add(key);
        return value;
    }
}
