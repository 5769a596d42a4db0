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
 * Only the page's guide lists questions, so a page carries at most one guide's worth of links, and a long run of
 * them at most {@link #WINDOW} around the current question.
 */
final class NavTree {
    /** A question: its page's folder, and its place on the guide page (folder and anchor) for "more" links. */
    private record Item(String dir, String titleHtml, String guideDir, String anchor) {
    }

    /**
     * A list longer than this (a 495-question guide with no sections) shows this many questions around the current
     * one, and links to the guide page for the rest: every question page would otherwise carry the whole list.
     */
    static final int WINDOW = 50;

    /** A section: {@code dir} is the guide page where it starts. */
    private record Part(String titleHtml, String dir, String anchor, boolean titled, List<Item> questions) {
    }

    /** A guide: {@code pages} are the folders of its guide pages, the first being {@code dir}. */
    private record Entry(String dir, List<String> pages, String titleHtml, List<Part> parts) {
    }

    private final List<Entry> guides = new ArrayList<>();

    NavTree(Site site, MarkdownEngine md, PageMap map) {
        for (Guide g : site.guides()) {
            PageViews.Anchors anchors = map.anchors(g);
            List<Part> parts = new ArrayList<>();
            int qi = 0;
            for (int si = 0; si < g.sections().size(); si++) {
                Section s = g.sections().get(si);
                List<Item> questions = new ArrayList<>();
                for (Question q : s.questions()) {
                    String anchor = anchors.questions().get(qi++);
                    questions.add(new Item(SitePaths.question(g, q), md.inline(q.title()), map.dirOf(g, anchor), anchor));
                }
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
                    List<Item> all = p.questions();
                    int here = -1;
                    for (int i = 0; i < all.size() && here < 0; i++) if (all.get(i).dir().equals(page)) here = i;
                    holdsPage = here >= 0;
                    int from = all.size() <= WINDOW || here < 0 ? 0 : Math.max(0, Math.min(here - WINDOW / 2, all.size() - WINDOW));
                    int to = Math.min(all.size(), from + WINDOW);
                    if (from > 0) questions.add(more(link, all.get(from - 1), from + (from == 1 ? " earlier question" : " earlier questions")));
                    for (int i = from; i < to; i++) {
                        Item q = all.get(i);
                        questions.add(new LinkView(link.apply(q.dir()), q.titleHtml(), i == here));
                    }
                    int after = all.size() - to;
                    if (after > 0) questions.add(more(link, all.get(to), after + (after == 1 ? " more question" : " more questions")));
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

    /** "… 120 more questions": a link to the guide page where the hidden run of questions continues, at {@code next}. */
    private static LinkView more(UnaryOperator<String> link, Item next, String label) {
        return new LinkView(link.apply(next.guideDir()) + "#" + next.anchor(), "\u2026 " + label);
    }
}
