package dev.lectern.render.view;

import java.util.List;

/**
 * One topic's page: {@code kind} says what the topic is ("Tag", "Company", "Difficulty", "Topic"), {@code derived}
 * whether the text suggested it rather than a source's metadata; its questions grouped by guide, in site order.
 */
public record TopicPageView(String kind, String label, boolean derived, int count, List<TopicGuideView> guides) {
    public TopicPageView {
        guides = List.copyOf(guides);
    }
}
