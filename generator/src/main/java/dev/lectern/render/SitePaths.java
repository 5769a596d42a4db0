package dev.lectern.render;

import dev.lectern.config.UrlStyle;
import dev.lectern.model.ContentPath;
import dev.lectern.model.Guide;
import dev.lectern.model.Question;

/**
 * Where pages live and how pages link to each other: every page's folder and every link to a page comes from here. A
 * document's folder follows its place in the content tree ({@code docs/setup/}; the home page's is ""). Pages are
 * {@code dir/index.html} (pretty URLs on any host). By default ({@link #FILES}) links name the {@code index.html} file:
 * a link to a bare folder opens a directory listing from {@code file://}, and the site must work from there too. A
 * site for a web server may link to the folders instead ({@link #DIRECTORIES}, lectern.yml's {@code urls: directory}).
 * Folders are the same either way (static); links are made by the instance of the site's {@link UrlStyle}.
 */
final class SitePaths {
    static final String INDEX = "index.html";
    static final SitePaths FILES = new SitePaths(INDEX);
    static final SitePaths DIRECTORIES = new SitePaths("");

    /** What a link to a page's folder ends with: "index.html", or "" for the folder itself. */
    private final String index;

    private SitePaths(String index) {
        this.index = index;
    }

    static SitePaths of(UrlStyle style) {
        return style == UrlStyle.DIRECTORY ? DIRECTORIES : FILES;
    }

    /** Whether links end at folders ({@code guide/}) rather than at their {@code index.html}. */
    boolean directories() {
        return index.isEmpty();
    }

    /** A guide's folder relative to the site root: "python/", "docs/setup/", "" for the home page. */
    static String guide(Guide g) {
        return ContentPath.dir(g);
    }

    /** A question's folder relative to the site root, "python/what-is-the-gil/". */
    static String question(Guide g, Question q) {
        return question(g, q.slug());
    }

    static String question(Guide g, String questionSlug) {
        return ContentPath.questionDir(g, questionSlug);
    }

    /** The topics index's folder, "topics/". */
    static String topics() {
        return "topics/";
    }

    /** A topic's folder, "topics/tag/decorators/". */
    static String topic(String kind, String slug) {
        return "topics/" + kind + "/" + slug + "/";
    }

    /** The file a folder's page is written to. */
    static String file(String dir) {
        return dir + INDEX;
    }

    /** A link to a page folder from a page {@code relRoot} away from the root ("./", "../../"), or from an absolute root URL. */
    String link(String relRoot, String dir) {
        return nonEmpty((relRoot.equals("./") ? "" : relRoot) + dir + index);
    }

    /** A link to a page folder written from the root's address as it is: "./search/index.html", "/docs/search/". */
    String fromRoot(String relRoot, String dir) {
        return relRoot + dir + index;
    }

    /**
     * The shortest relative link from the page in folder {@code from} to the page in folder {@code to} (both
     * relative to the root, "" for the root itself): "g/q1/" → "g/q2/" is "../q2/index.html" (or "../q2/").
     */
    String between(String from, String to) {
        return nonEmpty(folderBetween(from, to) + index);
    }

    /** The relative path from folder {@code from} to folder {@code to}: "" when they are the same. */
    static String folderBetween(String from, String to) {
        // the folders' names are the parts between slashes, trailing slashes ignored; read in place (this runs for
        // every link of every page)
        int fromEnd = withoutTrailingSlashes(from);
        int toEnd = withoutTrailingSlashes(to);
        int f = 0;
        int t = 0;
        while (f < fromEnd && t < toEnd) {
            int fSlash = slashOrEnd(from, f, fromEnd);
            int tSlash = slashOrEnd(to, t, toEnd);
            if (fSlash - f != tSlash - t || !from.regionMatches(f, to, t, fSlash - f)) break;
            f = fSlash + 1;
            t = tSlash + 1;
        }
        StringBuilder sb = new StringBuilder();
        if (f < fromEnd) {
            sb.append("../");
            for (int i = f; i < fromEnd; i++) if (from.charAt(i) == '/') sb.append("../");
        }
        if (t < toEnd) sb.append(to, t, toEnd).append('/');
        return sb.toString();
    }

    private static int withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') end--;
        return end;
    }

    private static int slashOrEnd(String path, int from, int end) {
        int slash = path.indexOf('/', from);
        return slash < 0 || slash > end ? end : slash;
    }

    /** A link to the folder a link starts from is "./": an empty href would be the page itself, query and all. */
    private static String nonEmpty(String link) {
        return link.isEmpty() ? "./" : link;
    }

    /** "./" for the root, "../" per folder level. */
    static String relRoot(String dir) {
        int depth = (int) dir.chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }

    /**
     * The relative link from the page in folder {@code from} to the file {@code to} (both relative to the root):
     * "docs/setup/" → "docs/img/a.png" is "../img/a.png".
     */
    static String toFile(String from, String to) {
        int slash = to.lastIndexOf('/');
        return folderBetween(from, to.substring(0, slash + 1)) + to.substring(slash + 1);
    }
}
