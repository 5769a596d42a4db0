package dev.lectern.config;

import java.util.List;

/**
 * The site's configuration ({@code content/lectern.yml}), validated. Empty strings mean "derive it": the title and
 * description from the home page ({@code index.md} or {@code README.md} at the content root).
 *
 * @param title       site title shown in the header and the home page
 * @param description one sentence for the home page and meta tags
 * @param baseUrl     absolute URL the site is published at (for canonical links and the sitemap); may be empty
 * @param theme       theme folder name under {@code themes/}, or a path; "default" is built in
 * @param nav         the navigation's order ({@code nav:}, or the older flat {@code guides:} list): files and folders,
 *                    with optional labels; what it leaves out follows, by numeric prefix, then by title
 * @param file        how messages name {@code lectern.yml}
 * @param synonyms    groups of words or phrases that mean the same to a reader who searches ({@code synonyms:})
 */
public record SiteConfig(String title, String description, String baseUrl, String theme, List<NavEntry> nav, String file,
                         List<List<String>> synonyms) {
    public static final SiteConfig DEFAULTS = new SiteConfig("", "", "", "default", List.of(), ConfigLoader.FILE_NAME, List.of());

    public SiteConfig {
        nav = List.copyOf(nav);
        synonyms = synonyms.stream().map(List::copyOf).toList();
    }

    /**
     * This configuration with the base URL given on the command line ({@code --base-url}, which CI sets per
     * environment) in place of lectern.yml's; a URL that is not absolute http(s) is an error, as in the file.
     */
    public SiteConfig withBaseUrl(String url, dev.lectern.diag.Diagnostics diagnostics) {
        String checked = BaseUrl.check(url.strip(), dev.lectern.diag.SourcePos.of("--base-url", 0), diagnostics);
        return new SiteConfig(title, description, checked, theme, nav, file, synonyms);
    }
}
