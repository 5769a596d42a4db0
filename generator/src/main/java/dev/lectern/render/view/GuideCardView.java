package dev.lectern.render.view;

/** A guide or documentation page as the home page lists it; only a guide ({@code guide} true) counts questions. */
public record GuideCardView(String titleHtml, String href, String description, boolean guide, int questionCount) {
}
