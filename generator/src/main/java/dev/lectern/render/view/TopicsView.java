package dev.lectern.render.view;

import java.util.List;

/**
 * The topics index: one group per kind of topic (difficulty, tags, companies, derived from the text) of the topics
 * that group several questions, then {@code others}, the topics of one question each, by name.
 */
public record TopicsView(List<TopicGroupView> groups, List<OtherTopicView> others, int topicCount) {
    public TopicsView {
        groups = List.copyOf(groups);
        others = List.copyOf(others);
    }
}
