package dev.lectern.serve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The pages browsers have open, as the site files they come from ({@code guide/index.html}): the reload script names
 * its page while it waits for a new version, so a rebuild renders those first. A page counts while it waits and for a
 * while after: between a reload and the next wait it is still open.
 */
final class OpenPages {
    static final long LINGER_NANOS = 5_000_000_000L;
    private final Map<String, Long> lastSeen = new HashMap<>();
    private final Map<String, Integer> waiting = new HashMap<>();

    /** The site file of a decoded request path: a folder's {@code index.html}, no leading slash. */
    static String file(String path) {
        String rel = path.startsWith("/") ? path.substring(1) : path;
        return rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
    }

    synchronized void enter(String file) {
        waiting.merge(file, 1, Integer::sum);
        lastSeen.put(file, System.nanoTime());
    }

    synchronized void leave(String file) {
        waiting.computeIfPresent(file, (k, n) -> n == 1 ? null : n - 1);
        lastSeen.put(file, System.nanoTime());
    }

    /** The pages open now or a moment ago. */
    synchronized Set<String> now() {
        long now = System.nanoTime();
        lastSeen.values().removeIf(seen -> now - seen > LINGER_NANOS);
        Set<String> open = new HashSet<>(waiting.keySet());
        open.addAll(lastSeen.keySet());
        return Set.copyOf(open);
    }
}
