package dev.lectern.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The footnotes one page cites, numbered in the order of their first citation on the page (wherever the document
 * defined them), with the ids of each citation for the back-links. Ids are reserved on the page as they are handed
 * out, so the blocks that print them keep them ({@link IdRegistry#reserve}). Not thread-safe: one page renders on one
 * thread.
 */
final class PageNotes {
    /** One cited footnote: its number, its definition, the id of its entry in the list and of each citation. */
    record Cited(int number, DocDefinitions.Note note, String noteId, List<String> refIds) {
    }

    private final Map<String, Cited> byName = new HashMap<>();
    private final List<Cited> order = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    /**
     * Cites {@code note} once more and returns it, with the id this citation's element is to carry as the last of its
     * {@code refIds}.
     */
    Cited cite(DocDefinitions.Note note, IdRegistry registry) {
        Cited c = byName.get(note.name());
        if (c == null) {
            int n = order.size() + 1;
            c = new Cited(n, note, own(registry.reserve("fn-" + n)), new ArrayList<>());
            byName.put(note.name(), c);
            order.add(c);
        }
        String base = "fnref-" + c.number();
        c.refIds().add(own(registry.reserve(c.refIds().isEmpty() ? base : base + "-" + (c.refIds().size() + 1))));
        return c;
    }

    /** How many footnotes the page cites so far; number {@code n} is {@code get(n - 1)}. */
    int count() {
        return order.size();
    }

    Cited get(int index) {
        return order.get(index);
    }

    /** Whether {@code id} is a footnote's or a citation's, which stay links within the page. */
    boolean owns(String id) {
        return ids.contains(id);
    }

    private String own(String id) {
        ids.add(id);
        return id;
    }
}
