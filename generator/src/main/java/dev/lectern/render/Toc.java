package dev.lectern.render;

import dev.lectern.render.view.TocEntryView;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The on-page table of contents of an answer: its h2 and h3 headings, read back from the HTML we rendered
 * ({@code <hN id="…">} is the only form our heading renderer writes). Labels keep the heading's text only: its
 * links, code spans and anchor link go, since a label sits inside a link itself.
 */
final class Toc {
    private static final Pattern HEADING = Pattern.compile("<h([23]) id=\"([^\"]+)\">(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Toc() {
    }

    static List<TocEntryView> of(String html) {
        List<TocEntryView> out = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            String label = TAG.matcher(m.group(3)).replaceAll("").strip();
            if (!label.isEmpty()) out.add(new TocEntryView("#" + m.group(2), label, m.group(1).equals("3")));
        }
        return out;
    }
}
