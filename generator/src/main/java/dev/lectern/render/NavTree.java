package dev.lectern.render;

import dev.lectern.model.Guide;
import dev.lectern.model.GuidePages;
import dev.lectern.model.NavNode;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.render.view.LinkView;
import dev.lectern.render.view.NavGuideView;
import dev.lectern.render.view.NavItemView;
import dev.lectern.render.view.NavSectionView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The sidebar, bounded whatever the size of the site: every page would otherwise carry the whole site's tree, and the
 * output would grow with the square of the content. A page's sidebar lists at most {@link #WINDOW} guides (other
 * guides collapsed to one link each), {@link #WINDOW} sections of its own guide and {@link #WINDOW} of its questions,
 * each a window around the page's own place, with "… N more" links to where the hidden entries are listed in full
 * (the home page for guides, the guide's pages for sections and questions). Titles are rendered once per build.
 * A deep folder tree is bounded too: the sidebar opens at most {@link #DEPTH} folders on the page's path (the
 * top-level one and the nearest ones above the page, with a "… N levels" link in between), and the breadcrumbs keep
 * as many; otherwise each page of a tree n folders deep would list n links of n steps each.
 */
final class NavTree {
    /** The most guides, sections of a guide and questions of a guide one sidebar lists. */
    static final int WINDOW = 50;
    /** The most folders a sidebar opens, and the most breadcrumbs between Home and the page. */
    static final int DEPTH = 8;

    /** A question: its page's folder, and its place on the guide page (folder and anchor) for "more" links. */
    private record Item(String dir, String titleHtml, String guideDir, String anchor) {
    }

    /** A section: {@code dir} is the guide page where it starts; its questions are {@code first}… of the guide's. */
    private record Part(String titleHtml, String dir, String anchor, boolean titled, int first, int count) {
    }

    /** A guide or page ({@code guide} false): its parts, and its questions in reading order. */
    private record Entry(String dir, String titleHtml, List<Part> parts, List<Item> questions, boolean guide) {
    }

    /** Where a page is in the tree: its guide, its question (-1 on a guide page) and its section. */
    private record Where(int guide, int question, int section) {
    }

    private final List<Entry> guides = new ArrayList<>();
    private final Map<String, Where> pages = new HashMap<>();
    private final NavNode root;
    /** Each document's way down the tree: the child index at each folder from the root ({@code route[gi]}). */
    private final int[][] routes;
    /** A small site lists its whole tree on every page; a big one the current page's path. */
    private final boolean whole;
    private final Map<NavNode, String> titles = new java.util.IdentityHashMap<>();

    NavTree(Site site, MarkdownEngine md, PageMap map) {
        for (int gi = 0; gi < site.guides().size(); gi++) {
            Guide g = site.guides().get(gi);
            PageViews.Anchors anchors = map.anchors(g);
            List<Part> parts = new ArrayList<>();
            List<Item> questions = new ArrayList<>();
            for (int si = 0; si < g.sections().size(); si++) {
                Section s = g.sections().get(si);
                int first = questions.size();
                for (Question q : s.questions()) {
                    String anchor = anchors.questions().get(questions.size());
                    pages.put(SitePaths.question(g, q), new Where(gi, questions.size(), si));
                    questions.add(new Item(SitePaths.question(g, q), md.inline(q.title()), map.dirOf(g, anchor), anchor));
                }
                boolean titled = !s.title().isBlank();
                String anchor = anchors.sections().get(si);
                parts.add(new Part(titled ? md.inline(s.title()) : "", map.dirOf(g, anchor), anchor, titled, first, s.questions().size()));
            }
            for (GuidePages.Page p : map.pages(g)) {
                pages.put(PageMap.dir(g, p), new Where(gi, -1, p.slices().isEmpty() ? 0 : p.slices().get(0).section()));
            }
            guides.add(new Entry(SitePaths.guide(g), md.inline(g.title()), parts, questions, g.isGuide()));
        }
        root = site.nav();
        routes = new int[site.guides().size()][];
        route(root, new ArrayList<>(), md);
        whole = site.guides().size() <= WINDOW;
    }

    /** Fills {@link #routes} (a folder's landing page's route is the folder's) and renders labels once. */
    private void route(NavNode folder, List<Integer> path, MarkdownEngine md) {
        if (folder.guide() >= 0) routes[folder.guide()] = path.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < folder.children().size(); i++) {
            NavNode c = folder.children().get(i);
            if (!c.title().isEmpty()) titles.put(c, md.inline(c.title()));
            path.add(i);
            if (c.kind() == NavNode.Kind.FOLDER) route(c, path, md);
            else if (c.kind() == NavNode.Kind.PAGE) routes[c.guide()] = path.stream().mapToInt(Integer::intValue).toArray();
            path.remove(path.size() - 1);
        }
    }

    /**
     * @param link turns a page folder (relative to the root) into a link from this page
     * @param page the page's own folder, to place and mark it; on its guide's pages the sidebar lists sections only
     */
    List<NavItemView> view(UnaryOperator<String> link, String page) {
        Where here = page == null ? null : pages.get(page);
        int[] route = here == null ? new int[0] : routes[here.guide()];
        List<NavItemView> out = new ArrayList<>();
        // the home page (the content root's landing page) comes first, a page like any other
        if (root.guide() >= 0) out.add(NavItemView.page(entry(root.guide(), "", link, here, page)));
        out.addAll(children(root, route, 0, link, here, page));
        return out;
    }

    /**
     * Breadcrumbs to document {@code gi}: Home, then each folder above it that has a landing page (a landing page's
     * own folder is the page itself, so it is left out).
     */
    List<LinkView> trail(int gi, UnaryOperator<String> link) {
        List<LinkView> out = new ArrayList<>();
        out.add(new LinkView(link.apply(""), "Home"));
        int[] route = routes[gi];
        NavNode folder = root;
        List<NavNode> landings = new ArrayList<>();
        for (int depth = 0; depth < route.length; depth++) {
            NavNode c = folder.children().get(route[depth]);
            if (c.kind() != NavNode.Kind.FOLDER || c.guide() == gi) break;
            if (c.guide() >= 0) landings.add(c);
            folder = c;
        }
        // more than DEPTH: the first, "…" for the ones up to index skip, and the DEPTH - 2 nearest the page
        int skip = landings.size() > DEPTH ? landings.size() - DEPTH + 1 : 0;
        for (int i = 0; i < landings.size(); i++) {
            NavNode c = landings.get(i);
            if (i > 0 && i <= skip) {
                if (i == skip) {
                    String hidden = "<span class=\"visually-hidden\"> " + count(skip, "more level") + "</span>";
                    out.add(new LinkView(link.apply(guides.get(c.guide()).dir()), "\u2026" + hidden));
                }
                continue;
            }
            out.add(new LinkView(link.apply(guides.get(c.guide()).dir()), titles.getOrDefault(c, guides.get(c.guide()).titleHtml())));
        }
        return out;
    }

    /** A folder's entries, a window around the one on the page's path, with the folders on it open. */
    private List<NavItemView> children(NavNode folder, int[] route, int depth, UnaryOperator<String> link, Where here, String page) {
        List<NavItemView> out = new ArrayList<>();
        boolean onPath = depth < route.length;
        if (onPath && depth == 1 && route.length - depth > DEPTH) {
            // a deep path: list the folder DEPTH - 1 levels above the page here, behind a link to it for those skipped
            int to = route.length - DEPTH + 1;
            for (int d = depth; d < to; d++) folder = folder.children().get(route[d]);
            out.add(NavItemView.page(NavGuideView.more(link.apply(firstPage(folder)), count(to - depth, "more level"))));
            depth = to;
        }
        List<NavNode> all = folder.children();
        int[] w = window(all.size(), onPath ? route[depth] : -1);
        String moreHref = link.apply(folder.guide() >= 0 ? guides.get(folder.guide()).dir() : "");
        if (w[0] > 0) out.add(NavItemView.page(NavGuideView.more(moreHref, count(w[0], depth == 0 ? "earlier guide" : "earlier page"))));
        for (int i = w[0]; i < w[1]; i++) {
            NavNode c = all.get(i);
            boolean inPath = onPath && route[depth] == i;
            switch (c.kind()) {
                case PAGE -> out.add(NavItemView.page(entry(c.guide(), titles.getOrDefault(c, ""), link, here, page)));
                case LINK -> out.add(NavItemView.link(titles.getOrDefault(c, c.url()), c.url()));
                default -> {
                    boolean current = here != null && c.guide() == here.guide() && here.question() < 0 && inPath && depth + 1 == route.length;
                    String href = c.guide() >= 0 ? link.apply(guides.get(c.guide()).dir()) : "";
                    boolean expanded = inPath || whole && depth < DEPTH;
                    List<NavItemView> kids = expanded ? children(c, inPath ? route : new int[0], depth + 1, link, here, page) : List.of();
                    if (!expanded && href.isEmpty()) href = link.apply(firstPage(c));
                    out.add(NavItemView.folder(titles.getOrDefault(c, ""), href, inPath, current, expanded, kids));
                }
            }
        }
        if (w[1] < all.size()) out.add(NavItemView.page(NavGuideView.more(moreHref, count(all.size() - w[1], depth == 0 ? "more guide" : "more page"))));
        return out;
    }

    /** The first document in a folder (depth first), for a folder without a landing page shown as one link. */
    private String firstPage(NavNode folder) {
        if (folder.guide() >= 0) return guides.get(folder.guide()).dir();
        for (NavNode c : folder.children()) {
            if (c.kind() == NavNode.Kind.PAGE) return guides.get(c.guide()).dir();
            if (c.kind() == NavNode.Kind.FOLDER) {
                String d = firstPage(c);
                if (d != null) return d;
            }
        }
        return "";
    }

    /** A document: open with its sections (and questions) when the page is its, else one link. */
    private NavGuideView entry(int gi, String labelHtml, UnaryOperator<String> link, Where here, String page) {
        Entry e = guides.get(gi);
        String title = labelHtml.isEmpty() ? e.titleHtml() : labelHtml;
        if (here == null || here.guide() != gi) return NavGuideView.collapsed(title, link.apply(e.dir()));
        NavGuideView open = open(e, link, here, page);
        return new NavGuideView(title, open.href(), true, open.current(), false, open.questions(), open.sections(), e.guide());
    }

    /** The page's own guide: its sections around the page's, and (on a question page) its questions around the page. */
    private NavGuideView open(Entry e, UnaryOperator<String> link, Where here, String page) {
        List<LinkView> loose = new ArrayList<>();
        List<NavSectionView> sections = new ArrayList<>();
        int[] sw = window(e.parts().size(), here.section());
        // a guide's own page lists its questions already: its sidebar keeps to the sections
        int[] qw = here.question() < 0 ? new int[] {0, 0} : window(e.questions().size(), here.question());
        int current = currentPart(e, here, page);
        if (sw[0] > 0) sections.add(moreSections(link, e.parts().get(sw[0] - 1), count(sw[0], "earlier section")));
        for (int si = sw[0]; si < sw[1]; si++) {
            Part p = e.parts().get(si);
            int from = Math.max(p.first(), qw[0]);
            int to = Math.min(p.first() + p.count(), qw[1]);
            List<LinkView> questions = new ArrayList<>();
            if (from < to) {
                if (from > p.first()) questions.add(more(link, e.questions().get(from - 1), count(from - p.first(), "earlier question")));
                for (int i = from; i < to; i++) {
                    Item q = e.questions().get(i);
                    questions.add(new LinkView(link.apply(q.dir()), q.titleHtml(), i == here.question()));
                }
                int after = p.first() + p.count() - to;
                if (after > 0) questions.add(more(link, e.questions().get(to), count(after, "more question")));
            }
            if (p.titled()) {
                sections.add(new NavSectionView(p.titleHtml(), link.apply(p.dir()) + "#" + p.anchor(), si == here.section() && here.question() >= 0,
                        si == current, questions));
            } else {
                loose.addAll(questions);
            }
        }
        int after = e.parts().size() - sw[1];
        if (after > 0) sections.add(moreSections(link, e.parts().get(sw[1]), count(after, "more section")));
        return new NavGuideView(e.titleHtml(), link.apply(e.dir()), true, e.dir().equals(page), false, loose, sections, e.guide());
    }

    /**
     * The section a later page of a guide (page-2/, …) is marked by in the sidebar, whose first page is its "Overview":
     * the first section that starts on it, else (a page wholly of one long section) the section it continues. -1
     * on any other page.
     */
    private static int currentPart(Entry e, Where here, String page) {
        if (here.question() >= 0 || e.dir().equals(page) || e.parts().isEmpty()) return -1;
        int si = here.section();
        if (!e.parts().get(si).dir().equals(page) && si + 1 < e.parts().size() && e.parts().get(si + 1).dir().equals(page)) si++;
        return si;
    }

    /** {@code [from, to)}: all of {@code size} entries if they fit the window, else the window around {@code here}. */
    static int[] window(int size, int here) {
        int from = size <= WINDOW || here < 0 ? 0 : Math.max(0, Math.min(here - WINDOW / 2, size - WINDOW));
        return new int[] {from, Math.min(size, from + WINDOW)};
    }

    /** "1 question", "1,204 questions": digits grouped by threes with commas, whatever the locale. */
    static String count(int n, String noun) {
        String digits = Integer.toString(n);
        StringBuilder sb = new StringBuilder(digits.length() + noun.length() + 6);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) sb.append(',');
            sb.append(digits.charAt(i));
        }
        return sb.append(' ').append(noun).append(n == 1 ? "" : "s").toString();
    }

    /** "… 120 more questions": a link to the guide page where the hidden run of questions continues, at {@code next}. */
    private static LinkView more(UnaryOperator<String> link, Item next, String label) {
        return new LinkView(link.apply(next.guideDir()) + "#" + next.anchor(), "\u2026 " + label);
    }

    /** "… 40 more sections": a link to the next hidden section on its guide page. */
    private static NavSectionView moreSections(UnaryOperator<String> link, Part next, String label) {
        return new NavSectionView("\u2026 " + label, link.apply(next.dir()) + "#" + next.anchor(), false, false, List.of());
    }
}
