package dev.lectern.render;

import dev.lectern.model.Guide;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.render.view.LinkView;
import dev.lectern.render.view.NavGuideView;
import dev.lectern.render.view.NavSectionView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The sidebar: every guide with its titled sections, and the questions of the page's own guide. Titles are
 * rendered once per build; each page gets the tree with links relative to itself and its own place marked.
 * Only the page's guide lists questions, so a page carries at most one guide's worth of links.
 */
final class NavTree {
    private record Item(String dir, String titleHtml) {
    }

    /** A section: {@code dir} is the guide page where it starts. */
    private record Part(String titleHtml, String dir, String anchor, boolean titled, List<Item> questions) {
    }

    /** A guide: {@code pages} are the folders of its guide pages, the first being {@code dir}. */
    private record Entry(String dir, List<String> pages, String titleHtml, List<Part> parts) {
    }

    private final List<Entry> guides = new ArrayList<>();

    NavTree(Site site, MarkdownEngine md, PageMap map) {
        for (Guide g : site.guides()) {
            PageViews.Anchors anchors = PageViews.anchors(g, new IdRegistry());
            List<Part> parts = new ArrayList<>();
            for (int si = 0; si < g.sections().size(); si++) {
                Section s = g.sections().get(si);
                List<Item> questions = new ArrayList<>();
                for (Question q : s.questions()) questions.add(new Item(SitePaths.question(g, q), md.inline(q.title())));
                boolean titled = !s.title().isBlank();
                String anchor = anchors.sections().get(si);
                parts.add(new Part(titled ? md.inline(s.title()) : "", map.dirOf(g, anchor), anchor, titled, questions));
            }
            List<String> pages = map.pages(g).stream().map(p -> PageMap.dir(g, p)).toList();
            guides.add(new Entry(SitePaths.guide(g), pages, md.inline(g.title()), parts));
        }
    }

    /**
     * @param link     turns a page folder (relative to the root) into a link from this page
     * @param guide    the guide the page belongs to, -1 for none
     * @param page     the page's own folder, to mark it; on its guide's pages the sidebar lists sections only
     */
    List<NavGuideView> view(UnaryOperator<String> link, int guide, String page) {
        List<NavGuideView> out = new ArrayList<>();
        for (int gi = 0; gi < guides.size(); gi++) {
            Entry e = guides.get(gi);
            boolean own = gi == guide;
            boolean onGuidePage = own && e.pages().contains(page);
            String guideHref = link.apply(e.dir());
            List<LinkView> loose = new ArrayList<>();
            List<NavSectionView> sections = new ArrayList<>();
            for (Part p : e.parts()) {
                // a guide's own page lists its questions already: its sidebar keeps to the sections
                boolean listQuestions = own && !onGuidePage;
                List<LinkView> questions = new ArrayList<>();
                boolean holdsPage = false;
                if (listQuestions) {
                    for (Item q : p.questions()) {
                        boolean current = q.dir().equals(page);
                        holdsPage |= current;
                        questions.add(new LinkView(link.apply(q.dir()), q.titleHtml(), current));
                    }
                }
                if (p.titled()) {
                    sections.add(new NavSectionView(p.titleHtml(), link.apply(p.dir()) + "#" + p.anchor(), holdsPage, questions));
                } else {
                    loose.addAll(questions);
                }
            }
            out.add(new NavGuideView(e.titleHtml(), guideHref, own, own && e.dir().equals(page), loose, sections));
        }
        return out;
    }
}
