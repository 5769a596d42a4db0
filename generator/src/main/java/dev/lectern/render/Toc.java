package dev.lectern.render;

import dev.lectern.render.view.TocEntryView;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The on-page table of contents of an answer or of a documentation page's section: its h2 and h3 headings with an id,
 * read from the parsed HTML we rendered, each h3 under the h2 before it. Labels keep the heading's text only: its
 * links, code spans and anchor link go, since a label sits inside a link itself.
 */
final class Toc {
    private Toc() {
    }

    static List<TocEntryView> of(String html) {
        List<TocEntryView> out = new ArrayList<>();
        // most answers have no heading, and an element exists only where its start tag is: skip their parse
        if (!hasTagStart(html, "<h2") && !hasTagStart(html, "<h3")) return out;
        String href = null;
        String label = null;
        List<TocEntryView> subs = new ArrayList<>();
        for (Element h : HtmlTree.parse(html).select("h2[id], h3[id]")) {
            String text = h.text().strip();
            if (text.isEmpty()) continue;
            if (h.tagName().equals("h3") && href != null) {
                subs.add(new TocEntryView("#" + h.id(), Html.escapeText(text)));
                continue;
            }
            if (href != null) out.add(new TocEntryView(href, label, subs));
            subs = new ArrayList<>();
            href = null;
            if (h.tagName().equals("h3")) {
                out.add(new TocEntryView("#" + h.id(), Html.escapeText(text))); // an h3 before any h2
            } else {
                href = "#" + h.id();
                label = Html.escapeText(text);
            }
        }
        if (href != null) out.add(new TocEntryView(href, label, subs));
        return out;
    }

    /** A title's inline HTML as the text-only label of a contents entry. */
    static String label(String inlineHtml) {
        if (inlineHtml.indexOf('<') < 0) return inlineHtml;
        return Html.escapeText(HtmlTree.parse(inlineHtml).text().strip());
    }

    /** Whether {@code html} holds {@code tag} in any case (a parser reads {@code <H2>} as {@code <h2>} too). */
    private static boolean hasTagStart(String html, String tag) {
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, tag, 0, tag.length())) return true;
        }
        return false;
    }
}
