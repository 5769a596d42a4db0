package dev.lectern.search;

import dev.lectern.model.PageIds;
import java.util.Collection;

/**
 * The anchor id the guide page gives a heading that is neither a section nor a question (a {@code Heading} block in a
 * section's intro or in an answer), so that a search result can link to it. The rule is the renderer's
 * ({@link PageIds}: the author's {@code {#id}}, else GitHub's id of its text): ids are unique per guide, across all of its pages ({@link dev.lectern.model.GuidePages}); the
 * theme's ids are taken first, then the guide's section, question and reference slugs, then headings take ids in
 * document order (section title, its intro, then each question's answer, depth first).
 */
public final class HeadingAnchors {
    private final PageIds ids = new PageIds();

    /** @param reserved the ids the page already uses: its section and question slugs */
    public HeadingAnchors(Collection<String> reserved) {
        reserved.forEach(ids::claim);
    }

    /** The id of the next heading on the page, given its plain text. */
    public String next(String plainText) {
        return ids.heading(plainText);
    }

    /** The id of the next heading on the page, given its plain text and the id its author wrote after it (null for none). */
    public String next(String plainText, String authoredId) {
        return ids.heading(plainText, authoredId);
    }
}
