package dev.lectern.render;

import dev.lectern.model.ContentPath;
import dev.lectern.model.Guide;
import dev.lectern.model.Question;

/**
 * Where pages live and how pages link to each other: every page's folder comes from here. A document's folder follows
 * its place in the content tree ({@code docs/setup/}; the home page's is ""). Pages are {@code dir/index.html} (pretty URLs on any
 * host), but links name the {@code index.html} file: a link to a bare folder opens a directory listing from
 * {@code file://}, and the site must work from there too.
 */
final class SitePaths {
    static final String INDEX = "index.html";

    private SitePaths() {
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

    /** A link to a page folder from a page {@code relRoot} away from the root ("./", "../../"). */
    static String link(String relRoot, String dir) {
        return (relRoot.equals("./") ? "" : relRoot) + dir + INDEX;
    }

    /**
     * The shortest relative link from the page in folder {@code from} to the page in folder {@code to} (both
     * relative to the root, "" for the root itself): "g/q1/" → "g/q2/" is "../q2/index.html".
     */
    static String between(String from, String to) {
        String[] a = from.isEmpty() ? new String[0] : from.split("/");
        String[] b = to.isEmpty() ? new String[0] : to.split("/");
        int common = 0;
        while (common < a.length && common < b.length && a[common].equals(b[common])) common++;
        StringBuilder sb = new StringBuilder("../".repeat(a.length - common));
        for (int i = common; i < b.length; i++) sb.append(b[i]).append('/');
        return sb.append(INDEX).toString();
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
        String dir = between(from, to.substring(0, slash + 1));
        return dir.substring(0, dir.length() - INDEX.length()) + to.substring(slash + 1);
    }
}
