package dev.lectern.render.view;

/** What every page shows about the site. */
public record SiteView(String title, String description) {
}
