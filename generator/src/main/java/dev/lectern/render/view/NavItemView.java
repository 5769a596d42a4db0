package dev.lectern.render.view;

import java.util.List;

/**
 * An entry of the sidebar's tree. {@code kind} is "page" (a document: {@code page} holds it, open with its sections
 * when the reader is on it), "folder" (a section of the navigation: {@code href} is its landing page, "" when it has
 * none; {@code open} unfolds it, on the current page's path; {@code children} are listed when {@code expanded}),
 * "link" (out of the site) or "more" (entries the sidebar leaves out, at {@code href}).
 */
public record NavItemView(String kind, String titleHtml, String href, boolean open, boolean current, boolean expanded,
                          NavGuideView page, List<NavItemView> children) {
    public NavItemView {
        children = List.copyOf(children);
    }

    public static NavItemView page(NavGuideView page) {
        return new NavItemView(page.more() ? "more" : "page", page.titleHtml(), page.href(), page.open(), page.current(), false, page, List.of());
    }

    public static NavItemView folder(String titleHtml, String href, boolean open, boolean current, boolean expanded, List<NavItemView> children) {
        return new NavItemView("folder", titleHtml, href, open, current, expanded, null, children);
    }

    public static NavItemView link(String titleHtml, String href) {
        return new NavItemView("link", titleHtml, href, false, false, false, null, List.of());
    }
}
