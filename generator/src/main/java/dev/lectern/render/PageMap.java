package dev.lectern.render;

import dev.lectern.model.Guide;
import dev.lectern.model.GuidePages;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each guide's pages are ({@link GuidePages}), its anchors, and which page holds each of them: a section, a
 * question, a reference. Built once per render; every link into a guide page goes through it.
 */
final class PageMap {
    private record Entry(GuidePages pages, PageViews.Anchors anchors, Map<String, String> anchorDirs) {
    }

    private final Map<String, Entry> guides = new HashMap<>();
    private final SitePaths paths;

    /** A map whose links name {@code index.html} (the default URL style). */
    PageMap(Site site) {
        this(site, SitePaths.FILES);
    }

    PageMap(Site site, SitePaths paths) {
        this.paths = paths;
        for (Guide g : site.guides()) {
            GuidePages pages = GuidePages.of(g);
            Map<String, String> dirs = new HashMap<>();
            PageViews.Anchors anchors = PageViews.anchors(g, new IdRegistry());
            int qi = 0;
            for (int si = 0; si < g.sections().size(); si++) {
                Section s = g.sections().get(si);
                dirs.putIfAbsent(anchors.sections().get(si), pages.ofSection(si).dir());
                for (int i = 0; i < s.questions().size(); i++) dirs.putIfAbsent(anchors.questions().get(qi++), pages.ofQuestion(si, i).dir());
                for (var r : s.references()) dirs.putIfAbsent(r.slug(), pages.ofReference(s, si, r).dir());
            }
            guides.put(g.slug(), new Entry(pages, anchors, dirs));
        }
    }

    /** How this site's links name a page (its URL style). */
    SitePaths paths() {
        return paths;
    }

    List<GuidePages.Page> pages(Guide g) {
        return entry(g).pages().pages();
    }

    GuidePages of(Guide g) {
        return entry(g).pages();
    }

    /** The guide's section and question anchors ({@link PageViews#anchors}), computed once per render. */
    PageViews.Anchors anchors(Guide g) {
        return entry(g).anchors();
    }

    /** The folder (relative to the root) of the guide page holding {@code anchor}; the first page for one it does not know. */
    String dirOf(Guide g, String anchor) {
        return SitePaths.guide(g) + entry(g).anchorDirs().getOrDefault(anchor, "");
    }

    /** The folder (relative to the root) of a guide page. */
    static String dir(Guide g, GuidePages.Page page) {
        return SitePaths.guide(g) + page.dir();
    }

    /** A link from the page in folder {@code from} to {@code anchor} on its guide page. */
    String link(String from, Guide g, String anchor) {
        return paths.between(from, dirOf(g, anchor)) + "#" + anchor;
    }

    private Entry entry(Guide g) {
        Entry e = guides.get(g.slug());
        if (e == null) throw new IllegalArgumentException("not a guide of this site: " + g.slug());
        return e;
    }
}
