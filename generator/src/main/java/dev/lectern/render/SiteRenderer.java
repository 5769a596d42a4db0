package dev.lectern.render;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Guide;
import dev.lectern.model.Site;
import dev.lectern.publish.Artifact;
import dev.lectern.render.highlight.Highlighter;
import dev.lectern.render.view.LayoutView;
import dev.lectern.render.view.LinkView;
import dev.lectern.render.view.SiteView;
import io.pebbletemplates.pebble.error.PebbleException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Renders a whole site: the home page, one page per guide, one per question, {@code questions.json} and the
 * theme's assets. Engines are built once here; {@link #render} keeps no state between calls (a memo of highlighted
 * code aside, which cannot change the output) and renders pages in
 * parallel ({@link PagePool}), each on its own (ids, diagnostics scope), so the output is the same on every run.
 */
public final class SiteRenderer {
    private final MarkdownEngine md;
    private final PageViews views;
    private final Templates templates;
    private final ThemeAssets assets;

    /**
     * Highlights code at build time with the shared {@link Highlighter}: pages ship no highlighting JavaScript.
     * @param userThemeDir a theme folder ({@code templates/}, {@code assets/}) overriding the built-in one; may be null
     */
    public SiteRenderer(Path userThemeDir) {
        this(userThemeDir, Highlighter.shared());
    }

    public SiteRenderer(Path userThemeDir, CodeHighlighter highlighter) {
        CodeHighlighter once = new MemoHighlighter(highlighter);
        this.md = new MarkdownEngine(once);
        this.views = new PageViews(md, new BlockRenderer(md, once));
        this.templates = new Templates(userThemeDir);
        this.assets = new ThemeAssets(userThemeDir);
    }

    /** Every output file, sorted by path. Problems in the content or the theme are reported, never thrown. */
    public List<Artifact> render(Site site, Diagnostics diags) {
        Run run = new Run(site, new SiteView(siteTitle(site), site.description()),
                site.guides().stream().map(g -> md.inline(g.title())).toList(), diags, ConcurrentHashMap.newKeySet());
        List<Supplier<Artifact>> jobs = new ArrayList<>();
        jobs.add(() -> page(run, "index", "", run.view().title(), site.description(), views.index(site), -1));
        for (int gi = 0; gi < site.guides().size(); gi++) {
            Guide g = site.guides().get(gi);
            int current = gi;
            String guideTitle = md.plain(g.title());
            String description = g.description().isBlank() ? site.description() : g.description();
            jobs.add(() -> page(run, "guide", SitePaths.guide(g), guideTitle + " · " + run.view().title(),
                    description, views.guide(g, PageScope.reporting(diags)), current));
            List<PageViews.Located> order = PageViews.order(g);
            PageViews.Anchors anchors = PageViews.anchors(g, new IdRegistry());
            for (int i = 0; i < order.size(); i++) {
                int at = i;
                var q = order.get(i).question();
                jobs.add(() -> page(run, "question", SitePaths.question(g, q), md.plain(q.title()) + " · " + guideTitle,
                        description, views.question(g, order, at, anchors, PageScope.quiet()), current));
            }
        }
        List<Artifact> out = new ArrayList<>(PagePool.runAll(jobs).stream().filter(Objects::nonNull).toList());
        out.add(QuestionsJson.build(site, md));
        out.addAll(assets.artifacts());
        out.sort(Comparator.comparing(Artifact::path));
        return List.copyOf(out);
    }

    /** What all pages of one render call share; {@code reported} keeps a broken template from repeating its error. */
    private record Run(Site site, SiteView view, List<String> guideTitles, Diagnostics diags, Set<String> reported) {
    }

    /** @param current index of the guide the page belongs to, -1 for none (marks the nav link) */
    private Artifact page(Run run, String template, String dir, String title, String description, Object page, int current) {
        String relRoot = SitePaths.relRoot(dir);
        List<LinkView> nav = new ArrayList<>();
        for (int i = 0; i < run.site().guides().size(); i++) {
            Guide g = run.site().guides().get(i);
            nav.add(new LinkView(SitePaths.link(relRoot, SitePaths.guide(g)), run.guideTitles().get(i), i == current));
        }
        String canonical = canonical(run.site().baseUrl(), dir);
        LayoutView layout = new LayoutView(title, description, relRoot, canonical, !canonical.isEmpty(), nav);
        try {
            String html = templates.render(template, Map.of("site", run.view(), "layout", layout, "page", page));
            return Artifact.text(SitePaths.file(dir), html);
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? template + ".peb" : e.getFileName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            String message = "theme template failed: " + e.getPebbleMessage();
            if (run.reported().add(file + ":" + line + message)) {
                run.diags().report(Diagnostic.error(SourcePos.of(file, line), message, "pages using this template are not written"));
            }
            return null;
        }
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
