package dev.lectern.render.view;

/** A link: {@code href} relative to the current page, {@code html} its label; {@code current} marks this page. */
public record LinkView(String href, String html, boolean current) {
    public LinkView(String href, String html) {
        this(href, html, false);
    }
}
