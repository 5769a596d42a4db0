package dev.lectern.render;

import dev.lectern.render.view.TocEntryView;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The on-page table of contents of an answer or of a documentation page's section: its h2 and h3 headings with an id,
 * read from the parsed HTML we rendered. Labels keep the heading's text only: its links, code spans and anchor link
 * go, since a label sits inside a link itself.
 */
final class Toc {
    private Toc() {
    }

    static List<TocEntryView> of(String html) {
        List<TocEntryView> out = new ArrayList<>();
        // most answers have no heading, and an element exists only where its start tag is: skip their parse
        if (!hasTagStart(html, "<h2") && !hasTagStart(html, "<h3")) return out;
        for (Element h : HtmlTree.parse(html).select("h2[id], h3[id]")) {
            String label = h.text().strip();
            if (!label.isEmpty()) out.add(new TocEntryView("#" + h.id(), Html.escapeText(label), h.tagName().equals("h3")));
        }
        return out;
    }

    /** Whether {@code html} holds {@code tag} in any case (a parser reads {@code <H2>} as {@code <h2>} too). */
    private static boolean hasTagStart(String html, String tag) {
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, tag, 0, tag.length())) return true;
        }
        return false;
    }
}
