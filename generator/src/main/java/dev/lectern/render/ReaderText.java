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
        if (isText(html)) return html;
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select(".code-block__lang").remove();
        return doc.body().text();
    }

    /**
     * Whether {@code html} reads as it is written: no tag, no entity, no white space that collapses or character the
     * parser drops (most titles and breadcrumbs). Parsing such a string gives it back unchanged, so it is not parsed.
     */
    static boolean isText(String html) {
        if (html.isEmpty()) return true;
        if (html.charAt(0) == ' ' || html.charAt(html.length() - 1) == ' ') return false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<' || c == '&' || c < ' ' || c == '\u00a0' || c == '\u00ad' || c == '\u200b' || c == '\u007f') return false;
            if (c == ' ' && html.charAt(i - 1) == ' ') return false;
        }
        return true;
    }
}
