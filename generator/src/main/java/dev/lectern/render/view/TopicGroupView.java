package dev.lectern.render.view;

import java.util.List;

/** Topics of one kind on the index; {@code id} is the group's anchor, {@code note} says where they come from (may be empty). */
public record TopicGroupView(String id, String title, String note, List<TopicLinkView> topics) {
    public TopicGroupView {
        topics = List.copyOf(topics);
    }
}
