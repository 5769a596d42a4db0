package dev.lectern.render.view;

import java.util.List;

/**
 * What {@code base.peb} and its partials need for any page: the plain-text {@code <title>}, the meta description,
 * the way back to the site root ({@code relRoot}, "./" or "../../", for assets and links; an absolute URL on the
 * 404 page, which may be served at any depth), the links to the site's own pages ({@code links}: home, search, topics, in
 * the site's URL style), the optional absolute canonical URL, the page's kind (the template
 * name, for CSS), the sidebar, the breadcrumbs (without the page itself), the on-page table of contents, and the
 * page's schema.org JSON-LD ("" for none; safe to place in a script element as it is).
 */
public record LayoutView(String title, String description, String relRoot, RootLinksView links, String canonical, boolean hasCanonical,
                         String kind, List<NavItemView> nav, List<LinkView> breadcrumbs, List<TocEntryView> toc, String jsonLd) {
    public LayoutView {
        nav = List.copyOf(nav);
        breadcrumbs = List.copyOf(breadcrumbs);
        toc = List.copyOf(toc);
    }

    /** How many entries the contents hold at every level: a long list is folded on small screens. */
    public int tocSize() {
        return TocEntryView.count(toc);
    }
}
