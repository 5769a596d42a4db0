package dev.lectern.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the build learned across guides from the text itself, keyed by item id ({@link #id}: "guide/slug", as in
 * {@code questions.json}).
 *
 * <ul>
 *   <li>{@code related}: per question, up to five questions of other guides that ask much the same thing, most
 *   similar first.</li>
 *   <li>{@code derivedTopics}: per question or reference of a guide whose source gives no tags, the topics its text
 *   suggests (a few words of a small shared vocabulary, such as {@code decorators}), strongest first.</li>
 * </ul>
 * Items without any are absent; {@link #NONE} knows nothing.
 */
public record Relations(Map<String, List<String>> related, Map<String, List<String>> derivedTopics) {
    public static final Relations NONE = new Relations(Map.of(), Map.of());

    public Relations {
        related = copy(related);
        derivedTopics = copy(derivedTopics);
    }

    /** The id of a question or reference: its guide's slug and its own. */
    public static String id(Guide guide, String slug) {
        return guide.slug() + "/" + slug;
    }

    public List<String> relatedTo(String id) {
        return related.getOrDefault(id, List.of());
    }

    public List<String> topicsOf(String id) {
        return derivedTopics.getOrDefault(id, List.of());
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        Map<String, List<String>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
