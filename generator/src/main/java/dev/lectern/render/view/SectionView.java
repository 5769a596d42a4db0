package dev.lectern.render.view;

import java.util.List;

/** A section of the guide page; the untitled one (text before the first heading) has {@code titled} false. */
public record SectionView(String id, String titleHtml, boolean titled, String introHtml, List<QuestionView> questions) {
    public SectionView {
        questions = List.copyOf(questions);
    }
}
