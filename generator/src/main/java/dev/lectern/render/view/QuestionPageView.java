package dev.lectern.render.view;

import java.util.List;

/**
 * A question's own page. {@code prev}/{@code next} are null at the ends of the guide (check {@code hasPrev} /
 * {@code hasNext} first: strict variables refuse null in conditions); {@code inGuide} points at the question's
 * place on the guide page, {@code permalink} at this page; {@code related} are similar questions of other guides.
 * Breadcrumbs and contents are in the layout.
 */
public record QuestionPageView(String titleHtml, MetaView meta, String answerHtml,
                               boolean hasPrev, LinkView prev, boolean hasNext, LinkView next,
                               String permalink, LinkView inGuide, List<RelatedView> related) {
    public QuestionPageView {
        related = List.copyOf(related);
    }
}
