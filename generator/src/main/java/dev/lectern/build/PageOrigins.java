package dev.lectern.build;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.ContentPath;
import dev.lectern.model.Guide;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a built page comes from: a question's page from the question (its heading's line), any other page in a
 * document's folder (its guide page, a long guide's later pages) from the document. Pages of the site's own (search,
 * topics, a generated home page) have none.
 */
final class PageOrigins {
    private final Map<String, SourcePos> byDir = new HashMap<>();

    PageOrigins(Site site) {
        for (Guide g : site.guides()) {
            String dir = ContentPath.dir(g);
            byDir.put(dir, g.pos());
            for (Section s : g.sections()) {
                for (Question q : s.questions()) byDir.put(ContentPath.questionDir(g, q.slug()), q.pos());
            }
        }
    }

    /** The source of {@code page} (a path under the site root), or null. */
    SourcePos of(String page) {
        String dir = page.substring(0, page.lastIndexOf('/') + 1);
        while (true) {
            SourcePos pos = byDir.get(dir);
            if (pos != null) return pos;
            if (dir.isEmpty()) return null;
            int slash = dir.lastIndexOf('/', dir.length() - 2);
            dir = slash < 0 ? "" : dir.substring(0, slash + 1);
        }
    }
}
