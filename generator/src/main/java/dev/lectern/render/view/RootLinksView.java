package dev.lectern.render.view;

/**
 * Links from a page to the pages every page may link to: the home page, the search page and the topics index (which
 * exists when {@code site.hasTopics}), and to the page itself ({@code here}; "" on the 404 page, which has no address
 * of its own). They follow the site's URL style ({@code urls} in lectern.yml): {@code
 * ../index.html} by default, {@code ../} when {@code directories} (links end at folders), which the theme's scripts
 * learn from the page to build the same kind of links.
 */
public record RootLinksView(String home, String search, String topics, String here, boolean directories) {
}
