package dev.lectern.render;

import com.vladsch.flexmark.util.ast.Document;
import dev.lectern.model.Markdown;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An answer's Markdown blocks as flexmark parsed them for the guide page, kept for the answer's own page: an answer is
 * parsed once and rendered twice (heading levels, ids and links differ between the two pages; the tree does not).
 * One per guide, handed from the thread that renders the guide's sections to the threads of its question pages.
 * A question page that renders before its guide's sections parses its blocks itself, and the guide then keeps none of
 * them: nothing stays here that no page will take.
 */
final class ParsedBlocks {
    /** Keeps nothing and has nothing: for blocks shown on one page only (a section's introduction, a footnote). */
    static final ParsedBlocks NONE = new ParsedBlocks();

    private final Map<Markdown, Document> kept = new IdentityHashMap<>();
    private final Set<Markdown> rendered = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Keeps {@code doc}, the parse of {@code block}, for the page that will take it (unless it has rendered already). */
    synchronized void keep(Markdown block, Document doc) {
        if (this != NONE && !rendered.contains(block)) kept.put(block, doc);
    }

    /** The kept parse of {@code block}, given up; null when there is none (the caller parses, and nothing is kept after). */
    synchronized Document take(Markdown block) {
        if (this == NONE) return null;
        Document doc = kept.remove(block);
        if (doc == null) rendered.add(block);
        return doc;
    }
}
