package dev.lectern.render.view;

/** A page with no content of its own beyond a heading and a line of text: the search page and the 404 page. */
public record PageView(String heading, String lead) {
}
