package dev.lectern.render;

import com.vladsch.flexmark.util.ast.Document;
import dev.lectern.model.Guide;
import dev.lectern.model.GuidePages;
import dev.lectern.model.Markdown;
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
import java.util.function.Supplier;

/** Model → view records. All links are made relative to the page the view is for. */
final class PageViews {
    /**
     * An answer with less text than this (in characters a reader reads) is shown open on the guide page: a sentence
     * or two reads faster than a click opens it, and a guide of one-line answers must not need a click per answer.
     */
    static final int OPEN_ANSWER_CHARS = 300;

    /** A question with the section it sits in, for breadcrumbs and prev/next across sections. */
    record Located(int sectionIndex, Section section, Question question) {
    }

    /**
     * What a guide's pages make of its answers for the answers' own pages ({@link HandOff}): their blocks' flexmark
     * trees, and the text a reader reads in those that cite no footnote (a footnote's number, and the list of them,
     * differ between the two pages; nothing else in the text does).
     */
    record HandOffs(HandOff<Markdown, Document> trees, HandOff<Question, String> texts) {
        /** For a guide none of whose questions' pages are made (a preview server's quick step): nothing is kept. */
        static final HandOffs NONE = new HandOffs(HandOff.none(), HandOff.none());

        static HandOffs create() {
            return new HandOffs(new HandOff<>(), new HandOff<>());
        }
    }

    /** The guide page's ids for its sections, and for its questions in reading order. */
    record Anchors(List<String> sections, List<String> questions) {
    }

    private final MarkdownEngine md;
    private final BlockRenderer blocks;
    /** The text a reader reads in an answer, by its HTML, kept between a preview's steps (none for a build). */
    private final StepCache<String> texts;

    PageViews(MarkdownEngine md, BlockRenderer blocks, StepCache<String> texts) {
        this.md = md;
        this.blocks = blocks;
        this.texts = texts;
    }

    IndexView index(Site site, SitePaths paths) {
        List<GuideCardView> cards = site.guides().stream()
                .map(g -> new GuideCardView(md.inline(g.title()), paths.link("./", SitePaths.guide(g)),
                        site.description(g), g.isGuide(), g.questionCount()))
                .toList();
        return new IndexView(cards, site.questionCount(), site.summary());
    }

    /**
     * Claims the guide page's structural ids in {@code ids} (the theme's own are taken already). Question anchors should be exactly the slugs (links
     * from elsewhere name them), so they go before section ids, and both before any heading inside the content.
     * Deterministic, so question pages can recompute where they link back to.
     */
    static Anchors anchors(Guide g, IdRegistry ids) {
        List<String> questions = new ArrayList<>();
        g.sections().forEach(s -> s.questions().forEach(q -> questions.add(ids.claim(q.slug()))));
        List<String> sections = g.sections().stream().map(s -> ids.claim(s.slug())).toList();
        return new Anchors(sections, questions);
    }

    /**
     * The guide's pages. Every section renders once, in reading order, with ids unique across the whole guide; each
     * page then takes its slices ({@link GuidePages}), and links to anchors on other pages go there. Chips link to
     * topics ({@code topics} is asked for them once the sections are rendered: it may wait for the text's topics, which
     * decide which topics have pages); topics derived from the text are left to question pages, to keep long guides light.
     * Only the views of pages 1 … {@code lastPage} are made, and, unless the guide has footnotes, only the sections on
     * them rendered: a page depends on the pages before it (ids, footnote numbers), and on those after it only through
     * its footnotes' links back to every citation.
     */
    List<GuideView> guide(Guide g, PageMap map, References refs, Supplier<TopicViews> topics, PageScope scope, HandOffs handOffs,
                          int lastPage) {
        Anchors anchors = anchors(g, scope.ids());
        // a reference's anchor sits on its table row or list item, wherever its block renders
        g.sections().forEach(s -> s.references().forEach(r -> scope.lineAnchors().put(r.pos().line(), scope.ids().reserve(r.slug()))));
        List<GuidePages.Page> all = map.pages(g);
        List<GuidePages.Page> made = all.subList(0, Math.min(lastPage, all.size()));
        int lastSection = md.definitions(g).hasFootnotes() ? g.sections().size() - 1
                : made.stream().flatMap(p -> p.slices().stream()).mapToInt(GuidePages.Slice::section).max().orElse(-1);
        List<Rendered> rendered = renderSections(g, map, refs, scope, handOffs.trees(), lastSection);
        // every id of the guide is known now, on whichever of its pages
        if (made.size() == all.size()) scope.checkAnchors(g.source());
        List<GuideView> out = new ArrayList<>();
        for (GuidePages.Page p : made) {
            String dir = PageMap.dir(g, p);
            List<TocEntryView> toc = new ArrayList<>();
            List<SectionView> sections = new ArrayList<>();
            for (GuidePages.Slice slice : p.slices()) {
                Section s = g.sections().get(slice.section());
                Rendered r = rendered.get(slice.section());
                // a section continued from the page before gets an id of its own here, for the contents to link to
                String id = slice.opens() ? anchors.sections().get(slice.section())
                        : scope.ids().claim(anchors.sections().get(slice.section()) + "-page-" + p.number());
                // the contents list the questions under their section; a documentation page's, the headings inside it
                List<TocEntryView> inner = new ArrayList<>();
                if (!g.isGuide() && slice.opens()) inner.addAll(Toc.of(r.intro()));
                List<QuestionView> questions = new ArrayList<>();
                for (int qi = slice.from(); qi < slice.to(); qi++) {
                    Question q = s.questions().get(qi);
                    String qid = anchors.questions().get(r.firstQuestion() + qi);
                    String title = md.inline(q.title());
                    inner.add(new TocEntryView("#" + qid, Toc.label(title)));
                    questions.add(new QuestionView(qid, title,
                            map.paths().between(dir, SitePaths.question(g, q)), "h" + r.level(),
                            topics.get().meta(q.meta(), SitePaths.relRoot(dir), List.of()), r.answers().get(qi),
                            opensUnfolded(r.answers().get(qi), this::readerText, text -> {
                                if (!mayCiteFootnotes(q)) handOffs.texts().keep(q, text); // for the answer's own page
                            })));
                }
                if (!g.isGuide() && slice.closes()) inner.addAll(Toc.of(r.outro()));
                if (!r.titled()) toc.addAll(inner);
                else toc.add(new TocEntryView("#" + id, Toc.label(r.titleHtml()) + (slice.opens() ? "" : " (continued)"), inner));
                sections.add(new SectionView(id, r.titleHtml(), r.titled(), !slice.opens(),
                        slice.opens() ? r.intro() : "", questions, slice.closes() ? r.outro() : ""));
            }
            int i = p.number() - 1;
            LinkView prev = i > 0 ? pageLink(map.paths(), g, dir, all.get(i - 1), rendered) : null;
            LinkView next = i + 1 < all.size() ? pageLink(map.paths(), g, dir, all.get(i + 1), rendered) : null;
            List<LinkView> pageLinks = all.stream()
                    .map(o -> new LinkView(map.paths().between(dir, PageMap.dir(g, o)), Integer.toString(o.number()), o == p)).toList();
            // a section's footnotes are listed on the page that opens it
            List<Integer> notes = new ArrayList<>();
            for (GuidePages.Slice slice : p.slices()) {
                Rendered r = rendered.get(slice.section());
                if (slice.opens()) for (int n = r.notesFrom() + 1; n <= r.notesTo(); n++) notes.add(n);
            }
            String footnotes = blocks.footnotes(notes, scope, refs.on(g, dir, null), md.definitions(g));
            out.add(new GuideView(md.inline(g.title()), md.plain(g.description()), g.isGuide(), g.questionCount(), p.number(), all.size(), pageLinks,
                    toc, sections, footnotes, prev != null, prev, next != null, next));
        }
        return out;
    }

    /** Whether an answer rendered as {@code answerHtml} is shown unfolded on the guide page ({@link #OPEN_ANSWER_CHARS}). */
    static boolean opensUnfolded(String answerHtml) {
        return opensUnfolded(answerHtml, ReaderText::of, text -> { });
    }

    /** As {@link #opensUnfolded(String)}, reading through {@code reader}, and handing the text it read (when it read one) to {@code read}. */
    private static boolean opensUnfolded(String answerHtml, java.util.function.UnaryOperator<String> reader, java.util.function.Consumer<String> read) {
        if (answerHtml.length() < OPEN_ANSWER_CHARS) return true; // text is never longer than its HTML: not parsed
        String text = reader.apply(answerHtml);
        read.accept(text);
        return text.length() < OPEN_ANSWER_CHARS;
    }

    /** {@link ReaderText#of}, from what a preview's last steps read when they read the same HTML. */
    private String readerText(String html) {
        String text = texts.take(html);
        if (text == null) text = ReaderText.of(html);
        texts.give(html, text);
        return text;
    }

    /** Whether anything in the answer (text, titles, labels, code) holds "[^": a record's string shows every field. */
    private static boolean mayCiteFootnotes(Question q) {
        return q.answer().toString().contains("[^");
    }

    /**
     * Every section's HTML, in reading order (so ids are the guide's), with #links resolved from the page each part lands
     * on; the answers' parsed blocks are kept in {@code trees} for the questions' own pages. Sections after
     * {@code lastSection} keep only their titles (for the links to the pages they open).
     */
    private List<Rendered> renderSections(Guide g, PageMap map, References refs, PageScope scope, HandOff<Markdown, Document> trees,
                                          int lastSection) {
        GuidePages pages = map.of(g);
        DocDefinitions defs = md.definitions(g);
        List<Rendered> rendered = new ArrayList<>();
        int firstQuestion = 0;
        for (int si = 0; si < g.sections().size(); si++) {
            Section s = g.sections().get(si);
            boolean titled = !s.title().isBlank();
            // an untitled section sits directly under the guide's h1, a titled one under its own h2
            int level = titled ? 3 : 2;
            int notesFrom = scope.notes().count();
            String title = titled ? md.inline(s.title()) : "";
            if (si > lastSection) {
                rendered.add(new Rendered(title, titled, level, firstQuestion, "", List.of(), "", notesFrom, notesFrom));
            } else {
                String intro = blocks.render(s.intro(), level, scope, refs.on(g, PageMap.dir(g, pages.ofSection(si)), null), defs);
                List<String> answers = new ArrayList<>();
                for (int qi = 0; qi < s.questions().size(); qi++) {
                    answers.add(blocks.render(s.questions().get(qi).answer(), level + 1, scope,
                            refs.on(g, PageMap.dir(g, pages.ofQuestion(si, qi)), null), defs, trees, true));
                }
                String outro = blocks.render(s.outro(), level, scope, refs.on(g, PageMap.dir(g, pages.ofOutro(si)), null), defs);
                rendered.add(new Rendered(title, titled, level, firstQuestion, intro, answers, outro, notesFrom, scope.notes().count()));
            }
            firstQuestion += s.questions().size();
        }
        return rendered;
    }

    /**
     * A section as it renders on the guide page, before pages take their slices of it; {@code firstQuestion} is how
     * many questions of the guide come before it; it cites footnotes {@code notesFrom + 1} … {@code notesTo} first.
     */
    private record Rendered(String titleHtml, boolean titled, int level, int firstQuestion, String intro, List<String> answers,
                            String outro, int notesFrom, int notesTo) {
    }

    /** A link from the guide page in {@code from} to another of its pages, named for the first titled section on it. */
    private static LinkView pageLink(SitePaths paths, Guide g, String from, GuidePages.Page to, List<Rendered> rendered) {
        String label = "Page " + to.number();
        for (GuidePages.Slice slice : to.slices()) {
            Rendered r = rendered.get(slice.section());
            if (!r.titled()) continue;
            label += ": " + r.titleHtml() + (slice.opens() ? "" : " (continued)");
            break;
        }
        return new LinkView(paths.between(from, PageMap.dir(g, to)), label);
    }

    /** The page of {@code order.get(i)}; it lives in a folder of the guide page's, so the guide page is "../". */
    QuestionPageView question(Guide g, List<Located> order, int i, Anchors anchors, PageMap map, References refs, TopicViews topics,
                               PageScope scope, HandOffs handOffs) {
        Question q = order.get(i).question();
        LinkView prev = i > 0 ? sibling(map.paths(), order.get(i - 1)) : null;
        LinkView next = i + 1 < order.size() ? sibling(map.paths(), order.get(i + 1)) : null;
        String here = SitePaths.question(g, q);
        LinkView inGuide = new LinkView(map.link(here, g, anchors.questions().get(i)), md.inline(g.title()));
        String relRoot = SitePaths.relRoot(here);
        MetaView meta = topics.meta(q.meta(), relRoot, topics.derivedTopics(g, q.slug()));
        DocDefinitions defs = md.definitions(g);
        String answer = blocks.render(q.answer(), 2, scope, refs.on(g, here, q), defs, handOffs.trees(), false);
        List<Integer> notes = java.util.stream.IntStream.rangeClosed(1, scope.notes().count()).boxed().toList();
        answer += blocks.footnotes(notes, scope, refs.on(g, here, q), defs);
        String kept = mayCiteFootnotes(q) ? null : handOffs.texts().take(q);
        return new QuestionPageView(md.inline(q.title()), meta, answer,
                prev != null, prev, next != null, next, map.paths().between(here, here), inGuide, topics.related(g, q.slug(), relRoot),
                kept != null ? kept : readerText(answer));
    }

    /** Home › folders › guide › section, as seen from the page of {@code here}; {@code trail} is Home and the folders. */
    List<LinkView> questionCrumbs(Guide g, Located here, Anchors anchors, PageMap map, List<LinkView> trail) {
        List<LinkView> crumbs = new ArrayList<>(trail);
        crumbs.add(new LinkView(map.paths().link("../", ""), md.inline(g.title())));
        if (!here.section().title().isBlank()) {
            crumbs.add(new LinkView(map.link(SitePaths.question(g, here.question()), g, anchors.sections().get(here.sectionIndex())),
                    md.inline(here.section().title())));
        }
        return crumbs;
    }

    private LinkView sibling(SitePaths paths, Located other) {
        return new LinkView(paths.link("../", other.question().slug() + "/"), md.inline(other.question().title()));
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
