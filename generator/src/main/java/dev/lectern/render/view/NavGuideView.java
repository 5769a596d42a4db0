package dev.lectern.render.view;

import java.util.List;

/**
 * A guide in the sidebar. {@code open} unfolds it (the page belongs to it); {@code current} marks its own page.
 * {@code questions} are the questions outside any titled section, listed directly under the guide; titled
 * sections follow in {@code sections}. Other guides than the page's list their sections only.
 */
public record NavGuideView(String titleHtml, String href, boolean open, boolean current,
                           List<LinkView> questions, List<NavSectionView> sections) {
    public NavGuideView {
        questions = List.copyOf(questions);
        sections = List.copyOf(sections);
    }
}
