package dev.lectern.render.view;

import java.util.List;

/** The topics index: one group per kind of topic (difficulty, tags, companies, derived from the text). */
public record TopicsView(List<TopicGroupView> groups, int topicCount) {
    public TopicsView {
        groups = List.copyOf(groups);
    }
}
