package dev.lectern.render.view;

import java.util.List;

/**
 * The home page: the guides and pages in site order, and {@code summary}, what the site holds in words ("3 questions
 * in 1 guide, and 2 pages"; empty for an empty site).
 */
public record IndexView(List<GuideCardView> guides, int questionCount, String summary) {
    public IndexView {
        guides = List.copyOf(guides);
    }
}
