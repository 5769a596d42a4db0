package dev.lectern.render.view;

/** A guide as the home page lists it. */
public record GuideCardView(String titleHtml, String href, String description, int questionCount) {
}
