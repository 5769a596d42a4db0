package dev.lectern.render.view;

import java.util.List;

/**
 * A question's own page. {@code prev}/{@code next} are null at the ends of the guide (check {@code hasPrev} /
 * {@code hasNext} first: strict variables refuse null in conditions); {@code inGuide} points at the question's
 * place on the guide page, {@code permalink} at this page; {@code related} are similar questions of other guides;
 * {@code answerText} is the answer as a reader reads it (for structured data).
 * Breadcrumbs and contents are in the layout.
 */
public record QuestionPageView(String titleHtml, MetaView meta, String answerHtml,
                               boolean hasPrev, LinkView prev, boolean hasNext, LinkView next,
                               String permalink, LinkView inGuide, List<RelatedView> related, String answerText) {
    public QuestionPageView {
        related = List.copyOf(related);
    }
}
