package dev.lectern.render.view;

import java.util.List;

/** A guide's questions on a topic page: the guide's title and page, then each question's title and link. */
public record TopicGuideView(String titleHtml, String href, List<LinkView> questions) {
    public TopicGuideView {
        questions = List.copyOf(questions);
    }
}
