package dev.lectern.normalize;

import dev.lectern.model.Block;
import dev.lectern.model.ContentPath;
import dev.lectern.model.Guide;
import dev.lectern.model.Heading;
import dev.lectern.model.Question;
import dev.lectern.model.Section;

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
        if (title == null) title = fromName(g.source());
        return new Guide(g.slug(), title, g.description(), g.dialect(), g.sections(), g.pos(), g.source(), g.kind());
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
