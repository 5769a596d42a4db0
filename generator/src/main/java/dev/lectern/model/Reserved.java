package dev.lectern.model;

import java.util.List;
import java.util.Set;

/**
 * Names the site keeps for itself, in one place. Content never takes them: a guide's folder gets another name, and an
 * id in a page (a heading's, a section's, an author's own) is renamed, since a second element with the theme's id
 * would capture its scripts and styles.
 */
public final class Reserved {
    private Reserved() {
    }

    /**
     * The element ids of the default theme's templates, and the global names its scripts define (a browser exposes
     * every element id as a global, so an author's {@code id="LecternSearch"} would shadow the search client).
     * A test checks that every id the templates write is listed here.
     */
    public static final List<String> THEME_IDS = List.of("lectern-main", "site-nav", "search-input", "search-page-input",
            "top", "LecternSearch", "LecternSearchData", "LecternUI", "topics-others");

    /** The top-level names of what a build writes besides the guides: folders, and files without their extension. */
    public static final Set<String> TOP_LEVEL = Set.of("index", "assets", "search", "topics", "404", "sitemap", "robots", "questions", "llms", "llms-full");
}
