package dev.lectern.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that knows which anchor id the guide page gives a heading that is neither a section nor a question
 * (a {@code Heading} block in a section's intro or in an answer), so that a search result can link to it.
 *
 * <p>The rule, GitHub's: the heading's plain text, lower-cased, with every character that is not a letter, digit,
 * {@code _}, {@code -} or space removed and each space turned into {@code -} ({@code Common Use Cases:} →
 * {@code common-use-cases}; {@code When to Override `__new__`:} → {@code when-to-override-__new__}). Ids are unique
 * per guide, across all of its pages ({@link dev.lectern.model.GuidePages}): the guide's section and question slugs
 * are reserved first, then headings take ids in document
 * order (section title, its intro, then each question's answer, depth first), and a taken id gets {@code -1},
 * {@code -2}, … as on GitHub. An id with no characters left is {@code heading}.
 *
 * <p>The renderer must give headings the same ids; until this rule moves somewhere both packages may import (the
 * model), this class is its reference.
 */
public final class HeadingAnchors {
    private final Set<String> taken;

    /** @param reserved the ids the page already uses: its section and question slugs */
    public HeadingAnchors(Collection<String> reserved) {
        this.taken = new HashSet<>(reserved);
    }

    /** The id of the next heading on the page, given its plain text. */
    public String next(String plainText) {
        String base = githubId(plainText);
        if (base.isEmpty()) base = "heading";
        String id = base;
        for (int n = 1; !taken.add(id); n++) id = base + "-" + n;
        return id;
    }

    /** GitHub's heading id of a plain text, before de-duplication. */
    public static String githubId(String plainText) {
        StringBuilder sb = new StringBuilder();
        plainText.strip().toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') sb.appendCodePoint(cp);
            else if (cp == ' ') sb.append('-');
        });
        return sb.toString();
    }
}
