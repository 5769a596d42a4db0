package dev.lectern.render.view;

import java.util.List;

/**
 * A section, or the part of it on one page of the guide: prose, questions, prose after them. The untitled one (text
 * before the first heading) has {@code titled} false; {@code continued} marks a part that carries on from the page
 * before (it shows no intro; its {@code id} is one of its own on this page, for the contents: the section's anchor
 * is on the page where it starts).
 */
public record SectionView(String id, String titleHtml, boolean titled, boolean continued, String introHtml,
                          List<QuestionView> questions, String outroHtml) {
    public SectionView {
        questions = List.copyOf(questions);
    }
}
