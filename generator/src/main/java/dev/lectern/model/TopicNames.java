package dev.lectern.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The name a topic is shown by, out of the ways its sources write it: the commonest written form among the names that
 * share its {@link TopicKey} ("Type hints" ×3, "type-hints" ×1 → "Type hints"); between forms used equally often,
 * the first in {@link String#compareTo} order (capitals before lower case), so the choice never depends on the order
 * guides are read. Count every use with {@link #add}, then ask {@link #name}.
 */
public final class TopicNames {
    private final Map<String, Map<String, Integer>> uses = new HashMap<>();

    public void add(String written) {
        String form = written.strip();
        uses.computeIfAbsent(TopicKey.of(form), k -> new HashMap<>()).merge(form, 1, Integer::sum);
    }

    /** The shown name of the topic {@code written} belongs to; {@code written} itself if it was never added. */
    public String name(String written) {
        Map<String, Integer> forms = uses.get(TopicKey.of(written));
        if (forms == null) return written.strip();
        String best = null;
        int bestCount = 0;
        for (var e : forms.entrySet()) {
            int c = e.getValue();
            if (c > bestCount || c == bestCount && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best;
    }
}
