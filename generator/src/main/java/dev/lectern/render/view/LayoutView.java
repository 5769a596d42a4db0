package dev.lectern.render.view;

import java.util.List;

/**
 * What {@code base.peb} needs for any page: the plain-text {@code <title>}, the meta description, the way back to
 * the site root ({@code relRoot}, "./" or "../../", for assets and links), the optional absolute canonical URL
 * and the guide navigation.
 */
public record LayoutView(String title, String description, String relRoot, String canonical, boolean hasCanonical,
                         List<LinkView> nav) {
    public LayoutView {
        nav = List.copyOf(nav);
    }
}
