package dev.lectern.model;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The ids of one page, and the one rule for a heading's id. Rendering and the search index both use it, so a search
 * result links to the id the heading really has.
 *
 * <p>The rule is GitHub's: the heading's plain text, lower-cased, with every character that is not a letter, digit,
 * {@code _}, {@code -} or space removed and each space turned into {@code -} ({@code Common Use Cases:} →
 * {@code common-use-cases}); an id with no characters left is {@code heading}; an id the author wrote after the
 * heading ({@code {#custom-id}}) wins over it. An id of the theme's
 * ({@link Reserved#THEME_IDS}) is never given to content: it becomes {@code user-content-…}; and an id already taken
 * gets {@code -1}, {@code -2}, … in document order.
 * Not thread-safe: one page is built on one thread.
 */
public final class PageIds {
    /** What an id the theme owns becomes in content, as on GitHub, where every id a document gives is prefixed so. */
    public static final String CONTENT_PREFIX = "user-content-";

    private final Set<String> used = new HashSet<>();

    /** GitHub's heading id of a plain text, before de-duplication. */
    public static String headingId(String plainText) {
        StringBuilder sb = new StringBuilder();
        plainText.strip().toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') sb.appendCodePoint(cp);
            else if (cp == ' ') sb.append('-');
        });
        return sb.isEmpty() ? "heading" : sb.toString();
    }

    /**
     * The one heading-id rule: the id its author gave the heading ({@code ## Title {#custom-id}}, {@link AuthoredIds}),
     * else GitHub's id of its plain text; before de-duplication.
     */
    public static String headingId(String plainText, String authoredId) {
        return authoredId != null && !authoredId.isBlank() ? authoredId : headingId(plainText);
    }

    /** Whether the theme owns {@code id}. */
    public static boolean isReserved(String id) {
        return Reserved.THEME_IDS.contains(id);
    }

    /** {@code id} itself when free, else its first free variant {@code id-N}; an id of the theme's gets {@link #CONTENT_PREFIX}. */
    public String claim(String id) {
        String base = id.isEmpty() ? "section" : isReserved(id) ? CONTENT_PREFIX + id : id;
        if (used.add(base)) return base;
        for (int n = 1; ; n++) {
            String candidate = base + "-" + n;
            if (used.add(candidate)) return candidate;
        }
    }

    /** Whether an element of the page has the id {@code id}. */
    public boolean has(String id) {
        return used.contains(id);
    }

    /** The id the next heading with this plain text gets on the page. */
    public String heading(String plainText) {
        return claim(headingId(plainText));
    }

    /** The id the next heading gets on the page, given its plain text and the id its author gave it (null for none). */
    public String heading(String plainText, String authoredId) {
        return claim(headingId(plainText, authoredId));
    }
}
