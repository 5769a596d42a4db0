package dev.lectern.render;

import dev.lectern.model.PageIds;
import java.util.HashSet;
import java.util.Set;

/**
 * The ids used on one page. flexmark knows one Markdown block at a time, but a page holds many (every answer of a
 * guide), so each block's ids are claimed here in document order ({@link HtmlTree}) and renamed ({@code x},
 * {@code x-1}, …) when taken; the theme's ids are taken from the start ({@link PageIds}). Not thread-safe: one page
 * renders on one thread.
 */
final class IdRegistry {
    private final PageIds ids = new PageIds();
    /** Ids claimed up front for an element some block will emit (a reference's row); that first emission keeps it. */
    private final Set<String> reserved = new HashSet<>();

    /** The id itself when free, else the first free {@code id-N}. */
    String claim(String id) {
        return ids.claim(id);
    }

    /** Claims {@code id} (or its first free variant) for an element a later block emits: that block keeps it as is. */
    String reserve(String id) {
        String got = claim(id);
        reserved.add(got);
        return got;
    }

    /** The id an element written with {@code id} gets: its reservation, or a claim. */
    String place(String id) {
        return reserved.remove(id) ? id : claim(id);
    }

    /** Whether some element of the page has the id {@code id} (claimed or reserved). */
    boolean has(String id) {
        return ids.has(id);
    }
}
