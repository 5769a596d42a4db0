package dev.lectern.render.view;

import java.util.List;

/**
 * A titled section in the sidebar: {@code href} is its place on the guide page. {@code questions} is empty when the
 * sidebar lists only the section (on the guide page itself, or a section outside the window of questions around the
 * page; "… 40 more sections" entries too); {@code open} unfolds the section that holds the current page;
 * {@code current} marks the section that a later page of a long guide (page-2/, …) stands for in the sidebar.
 */
public record NavSectionView(String titleHtml, String href, boolean open, boolean current, List<LinkView> questions) {
    public NavSectionView {
        questions = List.copyOf(questions);
    }
}
