package dev.lectern.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The text a reader reads in rendered HTML, whitespace collapsed: what structured data quotes, and what decides
 * whether an answer is short enough to show open. A code block's language label is the theme's, not the author's.
 */
final class ReaderText {
    private ReaderText() {
    }

    static String of(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select(".code-block__lang").remove();
        return doc.body().text();
    }

    /**
     * Whether the text of {@code html} is shorter than {@code limit} characters. Text is never longer than the HTML
     * it comes from, so a short fragment is not parsed at all.
     */
    static boolean shorterThan(String html, int limit) {
        return html.length() < limit || of(html).length() < limit;
    }
}
