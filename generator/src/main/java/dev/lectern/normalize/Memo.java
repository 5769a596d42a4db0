package dev.lectern.normalize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one normalize run may reuse from the run before: results of pure steps, keyed by their whole input. For a
 * preview server, which normalizes the site again after each edit while most documents are unchanged. Only the last
 * run's results are kept, so the memory is that of one site; a step that reports diagnostics is reused only where
 * they are not wanted (the preview's first pages; the build that follows reports them).
 */
public final class Memo {
    private volatile Map<Object, Object> previous = new ConcurrentHashMap<>();
    private volatile Map<Object, Object> current = new ConcurrentHashMap<>();

    /** An object's identity as a key: for inputs that are the very objects an earlier run was given. */
    record Same(Object of) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        Object value = current.get(key);
        if (value == null) {
            value = previous.get(key);
            if (value == null) value = compute.get();
            current.put(key, value);
        }
        return (T) value;
    }

    /** Ends a run: what it did not use is forgotten. */
    void next() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }
}
