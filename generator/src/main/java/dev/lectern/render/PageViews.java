package dev.lectern.render;

import dev.lectern.model.Guide;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.render.view.GuideCardView;
import dev.lectern.render.view.GuideView;
import dev.lectern.render.view.IndexView;
import dev.lectern.render.view.LinkView;
import dev.lectern.render.view.MetaView;
import dev.lectern.render.view.QuestionPageView;
import dev.lectern.render.view.QuestionView;
import dev.lectern.render.view.SectionView;
import dev.lectern.render.view.TocEntryView;
import java.util.ArrayList;
import java.util.List;

/** Model → view records. All links are made relative to the page the view is for. */
final class PageViews {
    /** Ids the templates use themselves; claimed first so content never takes them. */
    static final List<String> TEMPLATE_IDS = List.of("lectern-main");

    /** A question with the section it sits in, for breadcrumbs and prev/next across sections. */
    record Located(int sectionIndex, Section section, Question question) {
    }

    /** The guide page's ids for its sections, and for its questions in reading order. */
    record Anchors(List<String> sections, List<String> questions) {
    }

    private final MarkdownEngine md;
    private final BlockRenderer blocks;

    PageViews(MarkdownEngine md, BlockRenderer blocks) {
        this.md = md;
        this.blocks = blocks;
    }

    IndexView index(Site site) {
        List<GuideCardView> cards = site.guides().stream()
                .map(g -> new GuideCardView(md.inline(g.title()), SitePaths.link("./", SitePaths.guide(g)),
                        g.description(), g.questionCount()))
                .toList();
        return new IndexView(cards, site.questionCount());
    }

    /**
     * Claims the guide page's structural ids in {@code ids}. Question anchors should be exactly the slugs (links
     * from elsewhere name them), so they go before section ids, and both before any heading inside the content.
     * Deterministic, so question pages can recompute where they link back to.
     */
    static Anchors anchors(Guide g, IdRegistry ids) {
        TEMPLATE_IDS.forEach(ids::claim);
        List<String> questions = new ArrayList<>();
        g.sections().forEach(s -> s.questions().forEach(q -> questions.add(ids.claim(q.slug()))));
        List<String> sections = g.sections().stream().map(s -> ids.claim(s.slug())).toList();
        return new Anchors(sections, questions);
    }

    /** The guide page. Its chips link to topics; topics derived from the text are left to question pages, to keep long guides light. */
    GuideView guide(Guide g, PageScope scope) {
        Anchors anchors = anchors(g, scope.ids());
        // a reference's anchor sits on its table row or list item, wherever its block renders
        g.sections().forEach(s -> s.references().forEach(r -> scope.lineAnchors().put(r.pos().line(), scope.ids().reserve(r.slug()))));
        List<String> sectionIds = anchors.sections();
        List<String> questionIds = anchors.questions();

        List<TocEntryView> toc = new ArrayList<>();
        List<SectionView> sections = new ArrayList<>();
        int qi = 0;
        for (int si = 0; si < g.sections().size(); si++) {
            Section s = g.sections().get(si);
            boolean titled = !s.title().isBlank();
            String titleHtml = titled ? md.inline(s.title()) : "";
            if (titled) toc.add(new TocEntryView("#" + sectionIds.get(si), titleHtml, false));
            // an untitled section sits directly under the guide's h1, a titled one under its own h2
            int level = titled ? 3 : 2;
            String intro = blocks.render(s.intro(), level, scope);
            List<QuestionView> questions = new ArrayList<>();
            for (Question q : s.questions()) {
                String id = questionIds.get(qi++);
                questions.add(new QuestionView(id, md.inline(q.title()), SitePaths.link("./", q.slug() + "/"),
                        "h" + level, TopicViews.meta(q.meta(), "../", List.of()), blocks.render(q.answer(), level + 1, scope)));
            }
            String outro = blocks.render(s.outro(), level, scope);
            sections.add(new SectionView(sectionIds.get(si), titleHtml, titled, intro, questions, outro));
        }
        return new GuideView(md.inline(g.title()), g.description(), g.questionCount(), toc, sections);
    }

    /** The page of {@code order.get(i)}; it lives two folders down, so the guide page is "../". */
    QuestionPageView question(Guide g, List<Located> order, int i, Anchors anchors, TopicViews topics, PageScope scope) {
        TEMPLATE_IDS.forEach(scope.ids()::claim);
        Question q = order.get(i).question();
        LinkView prev = i > 0 ? sibling(order.get(i - 1)) : null;
        LinkView next = i + 1 < order.size() ? sibling(order.get(i + 1)) : null;
        LinkView inGuide = new LinkView(SitePaths.link("../", "") + "#" + anchors.questions().get(i), md.inline(g.title()));
        MetaView meta = TopicViews.meta(q.meta(), "../../", topics.derivedTopics(g, q.slug()));
        return new QuestionPageView(md.inline(q.title()), meta, blocks.render(q.answer(), 2, scope),
                prev != null, prev, next != null, next, SitePaths.INDEX, inGuide, topics.related(g, q.slug(), "../../"));
    }

    /** Home › guide › section, as seen from the page of {@code here}. */
    List<LinkView> questionCrumbs(Guide g, Located here, Anchors anchors) {
        List<LinkView> crumbs = new ArrayList<>();
        crumbs.add(new LinkView(SitePaths.link("../../", ""), "Home"));
        crumbs.add(new LinkView(SitePaths.link("../", ""), md.inline(g.title())));
        if (!here.section().title().isBlank()) {
            crumbs.add(new LinkView(SitePaths.link("../", "") + "#" + anchors.sections().get(here.sectionIndex()),
                    md.inline(here.section().title())));
        }
        return crumbs;
    }

    private LinkView sibling(Located other) {
        return new LinkView(SitePaths.link("../", other.question().slug() + "/"), md.inline(other.question().title()));
    }

    static List<Located> order(Guide g) {
        List<Located> all = new ArrayList<>();
        for (int si = 0; si < g.sections().size(); si++) {
            Section s = g.sections().get(si);
            for (Question q : s.questions()) all.add(new Located(si, s, q));
        }
        return all;
    }
}
