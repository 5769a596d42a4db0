package dev.lectern.normalize;

import dev.lectern.model.Block;
import dev.lectern.model.ContentPath;
import dev.lectern.model.Guide;
import dev.lectern.model.Heading;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's title when the reader found none (front matter's {@code title:} and a leading {@code # H1} are the
 * readers'): its first H1 anywhere, else its file name made readable ({@code getting-started.md} → "Getting started";
 * a folder's landing page takes the folder's name, the home page "Home").
 */
final class Titles {
    private Titles() {
    }

    static Guide ensure(Guide g) {
        if (!g.title().isBlank()) return g;
        String title = firstH1(g);
        List<Section> sections = g.sections();
        if (title == null) {
            title = fromName(g.source());
        } else if (!sections.isEmpty()) {
            // an H1 in the opening prose (after a logo, a badge) is the page's heading, shown once as its title
            Section first = sections.get(0);
            List<Block> intro = new ArrayList<>(first.intro());
            for (int i = 0; i < intro.size(); i++) {
                if (intro.get(i) instanceof Heading h && h.level() == 1) {
                    intro.remove(i);
                    sections = new ArrayList<>(sections);
                    sections.set(0, first.withBlocks(intro, first.questions(), first.outro()));
                    break;
                }
                if (intro.get(i) instanceof Heading) break;
            }
        }
        return new Guide(g.slug(), title, g.description(), g.dialect(), sections, g.pos(), g.source(), g.kind());
    }

    static String fromName(String source) {
        String name = ContentPath.name(source);
        if (ContentPath.landingRank(name) < 0) return ContentPath.humanise(name);
        String folder = ContentPath.parent(source);
        return folder.isEmpty() ? "Home" : ContentPath.humanise(ContentPath.name(folder));
    }

    private static String firstH1(Guide g) {
        for (Section s : g.sections()) {
            String t = firstH1(s.intro());
            if (t != null) return t;
            for (Question q : s.questions()) {
                t = firstH1(q.answer());
                if (t != null) return t;
            }
            t = firstH1(s.outro());
            if (t != null) return t;
        }
        return null;
    }

    private static String firstH1(Iterable<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Heading h && h.level() == 1 && !h.text().isBlank()) return h.text().strip();
        }
        return null;
    }
}
