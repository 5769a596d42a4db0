package dev.lectern.render;

import com.vladsch.flexmark.util.ast.Document;
import dev.lectern.config.UrlStyle;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.DisplayPath;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Asset;
import dev.lectern.model.Guide;
import dev.lectern.model.GuidePages;
import dev.lectern.model.Relations;
import dev.lectern.model.Site;
import dev.lectern.publish.Artifact;
import dev.lectern.render.highlight.Highlighter;
import dev.lectern.render.view.GuideView;
import dev.lectern.render.view.LayoutView;
import dev.lectern.render.view.LinkView;
import dev.lectern.render.view.PageView;
import dev.lectern.render.view.QuestionPageView;
import dev.lectern.render.view.RootLinksView;
import dev.lectern.render.view.SiteView;
import dev.lectern.render.view.TocEntryView;
import io.pebbletemplates.pebble.error.PebbleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Renders a whole site: the home page, a guide's pages (one, or more for a long guide), one per question, the topics index and one page per
 * topic, the search page, the 404 page, {@code questions.json} and the theme's assets. Engines are built once here; {@link #render} keeps no state between
 * calls (memos of highlighted code and of titles aside, which cannot change the output) and renders pages in
 * parallel ({@link PagePool}), each on its own (ids, diagnostics scope), so the output is the same on every run.
 */
public final class SiteRenderer {
    private final MarkdownEngine md;
    private final PageViews views;
    /** A preview's parsed blocks and answers' text, kept between its steps (none for a build). */
    private final StepCache<Document> trees;
    private final StepCache<String> texts;
    private final Templates templates;
    private final ThemeAssets assets;
    private final Path userThemeDir;
    private final SitePaths paths;

    /**
     * Highlights code at build time with the shared {@link Highlighter}: pages ship no highlighting JavaScript. Links
     * name each page's {@code index.html}, so the site also works from {@code file://}.
     * @param userThemeDir a theme folder ({@code templates/}, {@code assets/}) overriding the built-in one; may be null
     */
    public SiteRenderer(Path userThemeDir) {
        this(userThemeDir, UrlStyle.FILE);
    }

    /** @param urls how links name a page: its {@code index.html}, or its folder ({@code guide/}, for a web server) */
    public SiteRenderer(Path userThemeDir, UrlStyle urls) {
        this(userThemeDir, Highlighter.shared(), urls);
    }

    public SiteRenderer(Path userThemeDir, CodeHighlighter highlighter) {
        this(userThemeDir, highlighter, UrlStyle.FILE);
    }

    public SiteRenderer(Path userThemeDir, CodeHighlighter highlighter, UrlStyle urls) {
        this(userThemeDir, highlighter, urls, StepCache.none(), StepCache.none());
    }

    /**
     * The renderer of a preview server's quick steps ({@link #renderPages}): it keeps the blocks it parsed and the text
     * it read in answers from one step to the next ({@link StepCache}), so a page shown again after an edit does that
     * only for what changed.
     */
    public static SiteRenderer forPreview(Path userThemeDir, UrlStyle urls) {
        return new SiteRenderer(userThemeDir, Highlighter.shared(), urls, StepCache.keeping(), StepCache.keeping());
    }

    private SiteRenderer(Path userThemeDir, CodeHighlighter highlighter, UrlStyle urls, StepCache<Document> trees, StepCache<String> texts) {
        this.paths = SitePaths.of(urls);
        CodeHighlighter once = new MemoHighlighter(highlighter);
        this.md = new MarkdownEngine(once);
        this.trees = trees;
        this.texts = texts;
        this.views = new PageViews(md, new BlockRenderer(md, once, trees), texts);
        this.userThemeDir = userThemeDir;
        this.assets = new ThemeAssets(userThemeDir);
        this.templates = new Templates(userThemeDir, assets);
    }

    /** The site with no related questions and no derived topics. */
    public List<Artifact> render(Site site, Diagnostics diags) {
        return render(site, Relations.NONE, diags);
    }

    /** Every output file, sorted by path; {@code relations} add related questions and topics derived from the text. */
    public List<Artifact> render(Site site, Relations relations, Diagnostics diags) {
        return render(site, () -> relations, diags);
    }

    /** Every output file, sorted by path (held in memory: for tests and small sites). */
    public List<Artifact> render(Site site, Supplier<Relations> relations, Diagnostics diags) {
        List<Artifact> out = java.util.Collections.synchronizedList(new ArrayList<>());
        render(site, relations, diags, out::add);
        out.sort(Comparator.comparing(Artifact::path));
        return List.copyOf(out);
    }

    /**
     * Hands every output file to {@code sink} as soon as it is rendered, from the rendering threads (so the sink must be
     * thread-safe), in no set order; no page waits in memory for the others. {@code relations} (related questions,
     * topics derived from the text) may still be computing when this starts: the pages that need none of it are
     * queued first, question pages and the chips of guide pages wait for it, and the topics index and the topics' pages
     * render once it is known. Problems in the content or the theme are reported, never thrown.
     */
    public void render(Site site, Supplier<Relations> relations, Diagnostics diags, Consumer<Artifact> sink) {
        render(site, List.of(), relations, diags, sink);
    }

    /**
     * As {@link #render(Site, Supplier, Diagnostics, Consumer)}, with the content folder's other files ({@code assets}):
     * each is published at its own path, and every page's references to them and to other documents resolve
     * ({@link References}).
     */
    public void render(Site site, List<Asset> assets, Supplier<Relations> relations, Diagnostics diags, Consumer<Artifact> sink) {
        render(site, assets, relations, diags, null, sink);
    }

    /**
     * Renders only the pages whose file (a path under the site root, {@code guide/index.html}) {@code wanted} accepts,
     * and no other file: a preview server shows the page an author is on before the rest of the site is made again.
     */
    public void renderPages(Site site, List<Asset> assets, Supplier<Relations> relations, Diagnostics diags,
                            Predicate<String> wanted, Consumer<Artifact> sink) {
        trees.nextStep();
        texts.nextStep();
        render(site, assets, relations, diags, java.util.Objects.requireNonNull(wanted), sink);
    }

    /** Every file, or with {@code wanted} only the pages it accepts. */
    private void render(Site site, List<Asset> assets, Supplier<Relations> relations, Diagnostics diags,
                        Predicate<String> wanted, Consumer<Artifact> sink) {
        if (wanted == null) HandWrittenAssets.check(userThemeDir, this.assets, diags);
        Map<String, String> titles = new ConcurrentHashMap<>();
        PageMap map = new PageMap(site, paths);
        List<Asset> published = AssetFiles.publishable(assets, site, map, this.assets.artifacts(), diags);
        References refs = new References(site, References.paths(published), map, md);
        Supplier<TopicViews> topics = once(() -> new TopicViews(md, Topics.of(site, relations.get()), relations.get(), map, titles));
        Run run = new Run(site, new SiteView(siteTitle(site), site.description(),
                site.questionCount() > 0, site.questionCount() > 0 || !Topics.of(site, Relations.NONE).all().isEmpty()), map, refs,
                new NavTree(site, md, map), diags,
                ConcurrentHashMap.newKeySet());
        String siteTitle = run.view().title();
        List<Supplier<Artifact>> jobs = new ArrayList<>();
        // the content root's index.md or README.md is the home page; without one, the generated overview is
        if (site.home() == null) add(jobs, wanted, "", () -> page(run, "index", "", siteTitle, site.description(), views.index(site, paths), List.of(), List.of()));
        add(jobs, wanted, SEARCH_DIR, () -> page(run, "search", SEARCH_DIR, "Search · " + siteTitle, site.description(),
                new PageView("Search", run.view().hasQuestions() ? "Search every question and page." : "Search every page."),
                homeFrom(SEARCH_DIR), List.of()));
        add(jobs, wanted, null, () -> page(run, "404", null, "Page not found · " + siteTitle, site.description(),
                new PageView("Page not found", "There is no page at this address. It may have moved: try the search, or start from the home page."),
                List.of(), List.of()));
        List<GuideJobs> guides = new ArrayList<>();
        for (int gi = 0; gi < site.guides().size(); gi++) guides.add(guideJobs(run, gi, topics, wanted));
        // a guide's first page renders all of its sections: the next guide's starts while this one's other pages are
        // made, so both threads have work; a guide's rendered sections are let go once its pages are written
        for (int gi = 0; gi < guides.size(); gi++) {
            if (gi == 0) jobs.add(guides.get(0).first());
            if (gi + 1 < guides.size()) jobs.add(guides.get(gi + 1).first());
            jobs.addAll(guides.get(gi).rest());
        }
        PagePool.runAll(jobs, sink);
        List<Supplier<Artifact>> last = new ArrayList<>();
        // topics come from questions (their metadata and their text): a site without any has no topics index
        if (run.view().hasTopics()) add(last, wanted, SitePaths.topics(), () -> page(run, "topics", SitePaths.topics(), "Topics · " + siteTitle, site.description(),
                topics.get().index(), homeFrom(SitePaths.topics()), List.of()));
        // which topics have pages, and what each lists, waits for the topics the text suggests (they join tags)
        topics.get().topics().all().stream().filter(Topics.Topic::hasPage).forEach(t -> add(last, wanted, t.dir(), () -> topicPage(run, topics.get(), t)));
        if (wanted != null) {
            PagePool.runAll(last, sink);
            return;
        }
        // the site's files for programs share the threads with the topics' pages
        last.add(() -> QuestionsJson.build(site, md, map));
        last.add(() -> {
            LlmsText.build(site, md, run.refs()).forEach(sink);
            return null;
        });
        PagePool.runAll(last, sink);
        this.assets.artifacts().forEach(sink);
        AssetFiles.artifacts(published).forEach(sink);
    }

    /** A guide's page jobs: its first page (which renders the guide's sections), then its questions' pages and its later pages. */
    private record GuideJobs(Supplier<Artifact> first, List<Supplier<Artifact>> rest) {
    }

    /**
     * The jobs of guide {@code index}. Its sections render once, in the first page's job, and are kept until the
     * guide's last page has taken its slice ({@link Held}); question pages render on their own. The first job is
     * a page-1 job when the guide has pages at all.
     */
    private GuideJobs guideJobs(Run run, int index, Supplier<TopicViews> topics, Predicate<String> wanted) {
        Site site = run.site();
        Guide g = site.guides().get(index);
        boolean home = g == site.home();
        String siteTitle = run.view().title();
        String guideTitle = md.plain(g.title());
        String description = site.description(g).isBlank() ? site.description() : site.description(g);
        List<GuidePages.Page> pages = run.map().pages(g);
        List<PageViews.Located> order = PageViews.order(g);
        // the answers' trees and texts, from the guide's pages to their own (when any of those is made)
        PageViews.HandOffs handOffs = order.stream().anyMatch(l -> wants(wanted, SitePaths.question(g, l.question())))
                ? PageViews.HandOffs.create() : PageViews.HandOffs.NONE;
        // the pages after the last one wanted are not made at all (serve shows one page of a long guide)
        int lastPage = 0, made = 0;
        for (GuidePages.Page p : pages) {
            if (!wants(wanted, PageMap.dir(g, p))) continue;
            lastPage = p.number();
            made++;
        }
        int last = lastPage;
        Held<GuideView> guideViews = new Held<>(() -> views.guide(g, run.map(), run.refs(), topics, PageScope.reporting(run.diags()), handOffs, last),
                made);
        List<Supplier<Artifact>> jobs = new ArrayList<>();
        List<Supplier<Artifact>> laterPages = new ArrayList<>();
        for (GuidePages.Page p : pages) {
            String dir = PageMap.dir(g, p);
            String title = (home && p.number() == 1 ? "" : guideTitle + (p.number() == 1 ? "" : " (page " + p.number() + ")") + " · ") + siteTitle;
            add(p.number() == 1 ? jobs : laterPages, wanted, dir, () -> {
                GuideView view = guideViews.take(p.number() - 1);
                List<LinkView> crumbs = home && p.number() == 1 ? new ArrayList<>()
                        : new ArrayList<>(run.nav().trail(index, to -> paths.between(dir, to)));
                if (p.number() > 1) crumbs.add(new LinkView(paths.between(dir, SitePaths.guide(g)), md.inline(g.title())));
                return page(run, "guide", dir, title, description, view, crumbs, view.toc());
            });
        }
        PageViews.Anchors anchors = run.map().anchors(g);
        for (int i = 0; i < order.size(); i++) {
            int at = i;
            var q = order.get(i).question();
            String dir = SitePaths.question(g, q);
            add(jobs, wanted, dir, () -> {
                QuestionPageView view = views.question(g, order, at, anchors, run.map(), run.refs(), topics.get(), PageScope.quiet(), handOffs);
                String qDescription = site.description(g, q).isBlank() ? description : site.description(g, q);
                return page(run, "question", dir, md.plain(q.title()) + " · " + guideTitle, qDescription, view,
                        views.questionCrumbs(g, order.get(at), anchors, run.map(), run.nav().trail(index, to -> paths.between(dir, to))),
                        Toc.of(view.answerHtml()));
            });
        }
        // a long guide's later pages come last, to find its sections rendered rather than wait for them
        jobs.addAll(laterPages);
        return jobs.isEmpty() ? new GuideJobs(() -> null, List.of()) : new GuideJobs(jobs.get(0), List.copyOf(jobs.subList(1, jobs.size())));
    }

    /**
     * A list computed once, on first use by whichever page thread gets there first, and let go once each of its
     * {@code uses} has taken its element: a big site's rendered guides do not stay in memory to the end.
     */
    private static final class Held<T> {
        private Supplier<List<T>> compute;
        private List<T> value;
        private int uses;

        Held(Supplier<List<T>> compute, int uses) {
            this.compute = compute;
            this.uses = uses;
        }

        synchronized T take(int i) {
            if (value == null) {
                value = compute.get();
                compute = null;
            }
            T item = value.get(i);
            if (--uses == 0) value = null;
            return item;
        }
    }

    /** The site paths of the theme's files, whose names carry a hash of their content. */
    public List<String> fingerprinted() {
        return assets.artifacts().stream().map(Artifact::path).toList();
    }

    static final String SEARCH_DIR = "search/";

    /** The breadcrumbs of a page of the site's own (search, topics): Home. */
    private List<LinkView> homeFrom(String dir) {
        return List.of(new LinkView(paths.between(dir, ""), "Home"));
    }

    /** A topic's page, under Home › Topics. */
    private Artifact topicPage(Run run, TopicViews views, Topics.Topic t) {
        String title = t.label() + " · " + t.kind().singular + " · " + run.view().title();
        List<LinkView> crumbs = List.of(new LinkView(paths.between(t.dir(), ""), "Home"),
                new LinkView(paths.between(t.dir(), SitePaths.topics()), "Topics"));
        return page(run, "topic", t.dir(), title, run.site().description(), views.page(t), crumbs, List.of());
    }

    /** Queues the job of the page in {@code dir} (null: the 404 page) unless {@code wanted} leaves its file out. */
    private static void add(List<Supplier<Artifact>> jobs, Predicate<String> wanted, String dir, Supplier<Artifact> job) {
        if (wants(wanted, dir)) jobs.add(job);
    }

    /** Whether the page in {@code dir} (null: the 404 page) is made: {@code wanted} is null (every page) or accepts its file. */
    private static boolean wants(Predicate<String> wanted, String dir) {
        return wanted == null || wanted.test(dir == null ? "404.html" : SitePaths.file(dir));
    }

    /** A supplier that computes once, on first use, whichever page thread gets there first. */
    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = compute.get();
                return value;
            }
        };
    }

    /** What all pages of one render call share; {@code reported} keeps a broken template from repeating its error. */
    private record Run(Site site, SiteView view, PageMap map, References refs, NavTree nav, Diagnostics diags, Set<String> reported) {
    }

    /** {@code dir} is the page's folder relative to the root: null for the 404 page, which a host serves at any address. */
    private Artifact page(Run run, String template, String dir, String title, String description, Object page,
                          List<LinkView> crumbs, List<TocEntryView> toc) {
        // the 404 page is served at any depth, so it links from the site's address: base_url, else the host's root
        String base = run.site().baseUrl() == null || run.site().baseUrl().isBlank() ? "/"
                : run.site().baseUrl().endsWith("/") ? run.site().baseUrl() : run.site().baseUrl() + "/";
        String relRoot = dir == null ? base : SitePaths.relRoot(dir);
        UnaryOperator<String> link = dir == null ? to -> paths.link(base, to) : to -> paths.between(dir, to);
        String canonical = dir == null ? "" : canonical(run.site().baseUrl(), dir);
        String pageName = title.contains(" \u00b7 ") ? title.substring(0, title.indexOf(" \u00b7 ")) : title;
        RootLinksView links = new RootLinksView(paths.fromRoot(relRoot, ""), paths.fromRoot(relRoot, SEARCH_DIR),
                paths.fromRoot(relRoot, SitePaths.topics()), dir == null ? "" : paths.between(dir, dir), paths.directories());
        LayoutView layout = new LayoutView(title, description, relRoot, links, canonical, !canonical.isEmpty(), template,
                run.nav().view(link, dir), crumbs, toc, StructuredData.of(canonical, pageName, crumbs, page));
        String file = dir == null ? "404.html" : SitePaths.file(dir);
        try {
            AssetFunction.Misses misses = (name, line, asset) -> {
                if (run.reported().add(name + ":" + line + " asset " + asset)) {
                    run.diags().report(Diagnostic.warning(SourcePos.of(templateFile(name), line), "the theme has no file assets/" + asset,
                            "add it to the theme's assets/ folder, or correct the name in asset('" + asset + "')"));
                }
            };
            String html = templates.render(template, Map.of("site", run.view(), "layout", layout, "page", page,
                    AssetFunction.MISSES, misses));
            return Artifact.text(file, html);
        } catch (PebbleException e) {
            String name = e.getFileName() == null ? template + ".peb" : e.getFileName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            String message = "theme template failed: " + e.getPebbleMessage();
            if (run.reported().add(name + ":" + line + message)) {
                run.diags().report(Diagnostic.error(SourcePos.of(name, line), message, "pages using this template are not written"));
            }
            return null;
        }
    }

    /** The file of a template Pebble names {@code partials/nav} or {@code theme:base}, as messages show it. */
    private String templateFile(String name) {
        boolean builtin = name.startsWith("theme:");
        String file = "templates/" + (builtin ? name.substring("theme:".length()) : name) + ".peb";
        if (!builtin && userThemeDir != null && Files.isRegularFile(userThemeDir.resolve(file))) {
            return DisplayPath.of(userThemeDir.resolve(file), userThemeDir.toAbsolutePath().normalize().getParent());
        }
        return "themes/default/" + file;
    }

    private String siteTitle(Site site) {
        if (!site.title().isBlank()) return site.title();
        return site.guides().isEmpty() ? "Lectern" : md.plain(site.guides().get(0).title());
    }

    /** The absolute pretty URL of a page, or "" when the site has no base URL. */
    private static String canonical(String baseUrl, String dir) {
        if (baseUrl == null || baseUrl.isBlank()) return "";
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + dir;
    }
}
