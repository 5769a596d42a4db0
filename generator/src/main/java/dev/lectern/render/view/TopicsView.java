package dev.lectern.render.view;

import java.util.List;

/** The topics index: one group per kind of topic (difficulty, tags, companies, derived from the text). */
public record TopicsView(List<LinkView> breadcrumbs, List<TopicGroupView> groups, int topicCount) {
    public TopicsView {
        breadcrumbs = List.copyOf(breadcrumbs);
        groups = List.copyOf(groups);
    }
}
