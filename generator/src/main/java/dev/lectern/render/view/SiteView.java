package dev.lectern.render.view;

/**
 * What every page shows about the site; {@code hasQuestions} whether any document is a guide (the search page then
 * speaks of guides and questions), {@code hasTopics} whether it has a topics index (topics come from questions and
 * their metadata), so that no page links to an empty one.
 */
public record SiteView(String title, String description, boolean hasQuestions, boolean hasTopics) {
}
