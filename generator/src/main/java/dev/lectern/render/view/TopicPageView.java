package dev.lectern.render.view;

import java.util.List;

/**
 * One topic's page: {@code kind} says what the topic is ("Tag", "Company", "Difficulty", "Topic"), {@code note} where
 * its questions come from when the text rather than a source's metadata filed some of them (empty otherwise); its
 * questions grouped by guide, in site order.
 */
public record TopicPageView(String kind, String label, String note, int count, List<TopicGuideView> guides) {
    public TopicPageView {
        guides = List.copyOf(guides);
    }
}
