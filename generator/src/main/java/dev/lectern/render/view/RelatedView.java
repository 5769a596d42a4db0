package dev.lectern.render.view;

/** A question of another guide that asks much the same: its title and page, and its guide's title. */
public record RelatedView(String titleHtml, String href, String guideTitleHtml) {
}
