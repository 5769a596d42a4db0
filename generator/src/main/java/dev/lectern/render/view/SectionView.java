package dev.lectern.render.view;

import java.util.List;

/** A section of the guide page: prose, questions, prose after them; the untitled one (text before the first heading) has {@code titled} false. */
public record SectionView(String id, String titleHtml, boolean titled, String introHtml, List<QuestionView> questions, String outroHtml) {
    public SectionView {
        questions = List.copyOf(questions);
    }
}
