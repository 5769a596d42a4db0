package dev.lectern.render.view;

import java.util.List;

/**
 * A guide in the sidebar. {@code open} unfolds it: the page belongs to it, and only that guide lists its sections
 * (other guides are one link each); {@code current} marks its own page. {@code questions} are the questions outside
 * any titled section, listed directly under the guide; titled sections follow in {@code sections}. {@code more} marks
 * an entry that stands for guides the sidebar leaves out ("… 40 more guides"), linking to the home page. A page
 * ({@code guide} false) has no questions: its own link leads its sections, with no "Overview" entry.
 */
public record NavGuideView(String titleHtml, String href, boolean open, boolean current, boolean more,
                           List<LinkView> questions, List<NavSectionView> sections, boolean guide) {
    public NavGuideView {
        questions = List.copyOf(questions);
        sections = List.copyOf(sections);
    }

    /** Another guide than the page's: one link to its (first) page. */
    public static NavGuideView collapsed(String titleHtml, String href) {
        return new NavGuideView(titleHtml, href, false, false, false, List.of(), List.of(), true);
    }

    /** "… 40 more guides": guides beyond the sidebar's window, listed in full on the home page at {@code href}. */
    public static NavGuideView more(String href, String label) {
        return new NavGuideView("\u2026 " + label, href, false, false, true, List.of(), List.of(), true);
    }
}
