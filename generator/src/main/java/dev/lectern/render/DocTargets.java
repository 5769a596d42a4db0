package dev.lectern.render;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Guide;
import dev.lectern.model.GuidePages;
import dev.lectern.model.Heading;
import dev.lectern.model.PageIds;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Tabs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The anchors of one document's pages and where each one is: its sections, questions and references (with the GitHub
 * heading ids of their titles, which authors link to), and, computed on first need, the headings inside its prose and
 * answers. A heading's id is found as the guide page gives it ({@link IdRegistry} in reading order, after the
 * structural anchors, the rule of {@link PageViews}), so a link from another page lands where the heading is, on
 * whichever page of a long guide holds it.
 */
final class DocTargets {
    /**
     * An anchor on the guide page in folder {@code dir} (relative to the root) with the id {@code id} (null: the top of
     * the page); {@code question}
     * when it is a question's own anchor, {@code inAnswer} the question whose answer holds a heading.
     */
    record Target(String dir, String id, Question question, Question inAnswer) {
    }

    private final Guide guide;
    private final GuidePages pages;
    private final MarkdownEngine md;
    private final Map<String, Target> structural = new HashMap<>();
    private Map<String, Target> headings;

    DocTargets(Guide g, PageMap map, MarkdownEngine md) {
        this.guide = g;
        this.pages = map.of(g);
        this.md = md;
        PageViews.Anchors anchors = map.anchors(g);
        Map<String, Target> byTitle = new HashMap<>();
        int qi = 0;
        for (int si = 0; si < g.sections().size(); si++) {
            Section s = g.sections().get(si);
            Target section = new Target(dir(pages.ofSection(si)), anchors.sections().get(si), null, null);
            structural.putIfAbsent(section.id(), section);
            if (!s.title().isBlank()) byTitle.putIfAbsent(PageIds.headingId(md.plain(s.title())), section);
            for (int i = 0; i < s.questions().size(); i++) {
                Question q = s.questions().get(i);
                Target t = new Target(dir(pages.ofQuestion(si, i)), anchors.questions().get(qi++), q, null);
                structural.putIfAbsent(t.id(), t);
                byTitle.putIfAbsent(PageIds.headingId(md.plain(q.title())), t);
            }
            for (var r : s.references()) structural.putIfAbsent(r.slug(), new Target(dir(pages.ofReference(s, si, r)), r.slug(), null, null));
        }
        // the ids the site gives win; an author's GitHub-style id of a title leads to the same place, and the
        // document's own title (the page's h1, which has no id) to the top of its first page
        byTitle.forEach(structural::putIfAbsent);
        structural.putIfAbsent(PageIds.headingId(md.plain(g.title())), new Target(dir(pages.pages().get(0)), null, null, null));
    }

    /** A section, question or reference anchor (or the GitHub id of its title); null for any other id. */
    Target structural(String id) {
        return structural.get(id);
    }

    /** Any anchor of the document: structural, else a heading inside its prose and answers; null when there is none. */
    synchronized Target find(String id) {
        Target t = structural.get(id);
        if (t != null) return t;
        if (headings == null) headings = headings();
        return headings.get(id);
    }

    boolean onePage() {
        return pages.pages().size() == 1;
    }

    private Map<String, Target> headings() {
        IdRegistry ids = new IdRegistry();
        PageViews.anchors(guide, ids);
        guide.sections().forEach(s -> s.references().forEach(r -> ids.reserve(r.slug())));
        Map<String, Target> out = new HashMap<>();
        for (int si = 0; si < guide.sections().size(); si++) {
            Section s = guide.sections().get(si);
            collect(s.intro(), dir(pages.ofSection(si)), null, ids, out);
            for (int i = 0; i < s.questions().size(); i++) {
                collect(s.questions().get(i).answer(), dir(pages.ofQuestion(si, i)), s.questions().get(i), ids, out);
            }
            collect(s.outro(), dir(pages.ofOutro(si)), null, ids, out);
        }
        return out;
    }

    private void collect(List<Block> blocks, String dir, Question in, IdRegistry ids, Map<String, Target> out) {
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                String id = ids.place(PageIds.headingId(md.plain(h.text())));
                out.putIfAbsent(id, new Target(dir, id, null, in));
            } else if (b instanceof Callout c) {
                collect(c.body(), dir, in, ids, out);
            } else if (b instanceof Tabs t) {
                t.tabs().forEach(tab -> collect(tab.body(), dir, in, ids, out));
            } else if (b instanceof dev.lectern.model.Group g) {
                g.items().forEach(item -> collect(item.body(), dir, in, ids, out));
            }
        }
    }

    private String dir(GuidePages.Page p) {
        return PageMap.dir(guide, p);
    }
}
