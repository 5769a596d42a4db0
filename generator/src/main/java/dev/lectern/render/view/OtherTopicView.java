package dev.lectern.render.view;

/**
 * A topic of one question on the topics index: its name and kind ("Tag", "Company"), and a link straight to that
 * question (a page of one question would only repeat it).
 */
public record OtherTopicView(String label, String kind, String href, String questionHtml) {
}
