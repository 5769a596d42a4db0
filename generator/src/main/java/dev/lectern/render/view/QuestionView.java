package dev.lectern.render.view;

/**
 * A question as the guide page lists it: {@code id} is its anchor (the slug), {@code href} its own page,
 * {@code headingTag} "h2" or "h3" depending on whether its section has a heading; {@code open} when its answer is
 * short enough to show unfolded.
 */
public record QuestionView(String id, String titleHtml, String href, String headingTag, MetaView meta, String answerHtml,
                           boolean open) {
}
