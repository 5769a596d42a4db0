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
        for (Element h : HtmlTree.parse(html).select("h2[id], h3[id]")) {
            String label = h.text().strip();
            if (!label.isEmpty()) out.add(new TocEntryView("#" + h.id(), Html.escapeText(label), h.tagName().equals("h3")));
        }
        return out;
    }
}
