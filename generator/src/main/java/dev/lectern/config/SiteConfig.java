package dev.lectern.config;

import java.util.List;

/**
 * The site's configuration ({@code content/lectern.yml}), validated. Empty strings mean "derive it":
 * the title from the first guide, the description from the first guide's description.
 *
 * @param title       site title shown in the header and the home page
 * @param description one sentence for the home page and meta tags
 * @param baseUrl     absolute URL the site is published at (for canonical links and the sitemap); may be empty
 * @param theme       theme folder name under {@code themes/}, or a path; "default" is built in
 * @param guides      source file names (relative to the content folder) in the order the site lists them;
 *                    files not named come after, sorted by name
 */
public record SiteConfig(String title, String description, String baseUrl, String theme, List<String> guides) {
    public static final SiteConfig DEFAULTS = new SiteConfig("", "", "", "default", List.of());

    public SiteConfig {
        guides = List.copyOf(guides);
    }
}
