package dev.lectern.render;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Guide;
import dev.lectern.model.Question;
import dev.lectern.model.Site;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Resolves what a document references, for each page that shows it. A relative path is read against the folder of the
 * document's source file ({@link Guide#source()}), as on GitHub and in every docs generator: a document
 * ({@code other.md}, {@code ../dir/page.mdx}, {@code dir/} for its {@code index.md} or {@code README.md}) becomes a
 * link to its page, and with a {@code #fragment} to the page that holds that anchor (the right page of a long guide, a
 * question's own page); a file of the content folder (an image, a PDF) becomes a link to its copy, published at the
 * same path. {@code /x} is read against the content folder when it names something there, else kept (a path on the
 * host). A path that leads out of the content folder or to nothing is a warning, and is kept as written. URLs with a
 * scheme, {@code //host} and {@code #id} alone are not paths; an {@code #id} goes to {@link PageLinks#anchor}.
 */
final class References {
    private final Map<String, Guide> documents = new HashMap<>();
    /** A document by its path without extension ("docs/setup"), so a link may leave the extension out. */
    private final Map<String, Guide> stems = new HashMap<>();
    private final Map<String, String> lowerCase = new HashMap<>();
    private final Set<String> assets;
    private final PageMap map;
    private final MarkdownEngine md;
    private final Map<String, DocTargets> targets = new ConcurrentHashMap<>();

    /** @param assets the source paths of the files published beside the pages */
    References(Site site, Set<String> assets, PageMap map, MarkdownEngine md) {
        this.assets = Set.copyOf(assets);
        this.map = map;
        this.md = md;
        site.guides().stream().sorted(Comparator.comparing(Guide::source)).forEach(g -> {
            documents.putIfAbsent(g.source(), g);
            stems.putIfAbsent(stem(g.source()), g);
            lowerCase.putIfAbsent(g.source().toLowerCase(Locale.ROOT), g.source());
        });
        assets.forEach(a -> lowerCase.putIfAbsent(a.toLowerCase(Locale.ROOT), a));
    }

    /**
     * The links of the page in folder {@code here} (relative to the root) that shows {@code g}'s content: a guide page,
     * or with {@code question} set, that question's own page.
     */
    PageLinks on(Guide g, String here, Question question) {
        return new PageLinks() {
            @Override
            public String anchor(String id) {
                return anchorFrom(g, here, question, id);
            }

            @Override
            public String url(String written, Supplier<SourcePos> at, Consumer<Diagnostic> report) {
                String url = urlFrom(g, here, question, written, at, report);
                return url.equals(written) ? url : pathFirst(url);
            }
        };
    }

    private String anchorFrom(Guide g, String here, Question question, String id) {
        DocTargets doc = targets(g);
        DocTargets.Target t = doc.structural(id);
        // a question's page shows its answer alone, with ids of its own: any other id is the answer's (or nowhere);
        // on a one-page guide every heading is on the page itself
        if (t == null && question == null && !doc.onePage()) t = doc.find(id);
        if (t == null) return "#" + id;
        String fragment = t.id() == null ? "#" : "#" + t.id(); // "#": the top of the page, where the document's title is
        if (question == null && t.dir().equals(here)) return fragment;
        return SitePaths.between(here, t.dir()) + (t.id() == null ? "" : fragment);
    }

    private String urlFrom(Guide g, String here, Question question, String written, Supplier<SourcePos> at, Consumer<Diagnostic> report) {
        RefUrl url = RefUrl.parse(written);
        if (url == null) return written;
        String path = url.resolveIn(folderOf(g.source()));
        if (path == null) {
            if (!url.rootRelative()) {
                report.accept(Diagnostic.warning(at.get(), "'" + written + "' leads out of the content folder, and is left as written",
                        "copy what it refers to into the content folder, or link to its address (https://…)").leftAsWritten(written));
            }
            return written;
        }
        Guide doc = document(path);
        if (doc != null) return toDocument(g, here, question, doc, url, written, at, report);
        if (assets.contains(path)) return RefUrl.encode(SitePaths.toFile(here, path)) + url.tail(written);
        if (path.isEmpty()) return SitePaths.between(here, "") + url.tail(written); // the content folder: the home page
        if (!url.rootRelative()) {
            String other = lowerCase.get(path.toLowerCase(Locale.ROOT));
            String hint = other != null ? "did you mean '" + other + "'? Case matters on a web server"
                    : "fix the path (it is read from the folder of this document), or add the file";
            report.accept(Diagnostic.warning(at.get(), "'" + written + "' refers to " + (path.endsWith("/") ? "the folder " : "")
                    + path + ", which is not " + (path.endsWith("/") ? "a folder with an index.md or README.md" : "in the content folder")
                    + "; the reference is left as written", hint).leftAsWritten(written));
        }
        return written;
    }

    private String toDocument(Guide g, String here, Question question, Guide doc, RefUrl url, String written,
                              Supplier<SourcePos> at, Consumer<Diagnostic> report) {
        String fragment = url.fragment();
        if (fragment == null || fragment.isEmpty()) return SitePaths.between(here, SitePaths.guide(doc)) + url.tail(written);
        if (doc == g && url.query() == null) return anchorFrom(g, here, question, fragment);
        DocTargets.Target t = targets(doc).find(fragment);
        if (t == null) {
            report.accept(Diagnostic.warning(at.get(), "'" + written + "': " + doc.source() + " has no heading, section or question with the id '"
                    + fragment + "'; the link goes to the top of its page", "link to one of its headings, written as GitHub writes their ids"
                    + " (lower case, spaces as '-': '## Getting Started' is #getting-started)"));
            return SitePaths.between(here, SitePaths.guide(doc)) + url.tail(written);
        }
        // a question's anchor leads to its own page, which shows the question alone
        if (t.question() != null && doc != g) return SitePaths.between(here, SitePaths.question(doc, t.question()));
        return SitePaths.between(here, t.dir()) + (t.id() == null ? url.tail("") : url.tailTo(t.id()));
    }

    /** The document at {@code path}: its source, its source without the extension, or a folder's index.md or README.md. */
    private Guide document(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            for (String name : new String[] {"index", "README", "readme", "Readme"}) {
                Guide g = stems.get(path + name);
                if (g != null) return g;
            }
            return null;
        }
        Guide g = documents.get(path);
        if (g != null) return g;
        // "docs/setup" names docs/setup.md when there is no such file, and a folder "docs/guide" its index
        if (assets.contains(path)) return null;
        g = stems.get(path);
        return g != null ? g : document(path + "/");
    }

    /**
     * A relative URL whose first segment holds a ':' ({@code javascript:x.png}, a file of that name beside a page at the
     * root) would be read as a scheme: "./" keeps it a path.
     */
    static String pathFirst(String url) {
        int end = url.length();
        for (String stop : new String[] {"/", "?", "#"}) {
            int i = url.indexOf(stop);
            if (i >= 0 && i < end) end = i;
        }
        return url.substring(0, end).indexOf(':') >= 0 ? "./" + url : url;
    }

    private DocTargets targets(Guide g) {
        return targets.computeIfAbsent(g.slug(), s -> new DocTargets(g, map, md));
    }

    private static String folderOf(String source) {
        return source.substring(0, source.lastIndexOf('/') + 1);
    }

    private static String stem(String source) {
        int slash = source.lastIndexOf('/');
        int dot = source.lastIndexOf('.');
        return dot > slash + 1 ? source.substring(0, dot) : source;
    }

    /** The paths the site publishes beside its pages. */
    static Set<String> paths(Collection<dev.lectern.model.Asset> assets) {
        return assets.stream().map(dev.lectern.model.Asset::source).collect(java.util.stream.Collectors.toSet());
    }
}
