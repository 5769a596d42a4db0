package dev.lectern.normalize;

import dev.lectern.config.NavEntry;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.Severity;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.ContentPath;
import dev.lectern.model.Guide;
import dev.lectern.model.NavNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Orders the documents as the navigation lists them, a tree of the content folder: {@code nav:} (or {@code guides:})
 * first where {@code lectern.yml} gives it, then what it leaves out: numbered names ({@code 01-intro.md}) by number,
 * then the rest by title. A folder's landing page is the folder's own link; the content root's is the home page.
 * An entry of {@code nav:} that names nothing is an error at its line; what it leaves out is one note.
 */
final class NavOrder {
    /** A folder of the content tree: its landing page, its other pages and its subfolders, by source path. */
    private static final class Folder {
        final String path;
        Guide landing;
        final Map<String, Guide> pages = new TreeMap<>();
        final Map<String, Folder> folders = new TreeMap<>();

        Folder(String path) {
            this.path = path;
        }
    }

    /** A node of the ordered tree, by document; indexes come once the reading order is known. */
    private record Item(NavNode.Kind kind, String title, Guide guide, String url, List<Item> children, Folder folder) {
    }

    private final String configFile;
    private final Diagnostics diagnostics;
    /** By identity: a guide's own hash code is its whole content's, computed on each use. */
    private final Set<Guide> listed = identitySet();
    private final Set<String> listedFolders = new HashSet<>();

    private NavOrder(String configFile, Diagnostics diagnostics) {
        this.configFile = configFile;
        this.diagnostics = diagnostics;
    }

    /** The ordered documents and the navigation over them. */
    record Result(List<Guide> guides, NavNode nav) {
    }

    static Result order(List<Guide> guides, List<NavEntry> nav, String configFile, Diagnostics diagnostics) {
        Folder root = new Folder("");
        if (guides.size() == 1 && ContentPath.dir(guides.get(0)).isEmpty()) {
            root.landing = guides.get(0); // a one-document site opens on it (its address, the root, says so)
        } else {
            for (Guide g : guides) place(root, g);
            chooseLandings(root);
        }
        NavOrder o = new NavOrder(configFile, diagnostics);
        if (root.landing != null) o.listed.add(root.landing); // the home page is listed as the site itself
        Item tree = o.folderItem(root, "", nav.isEmpty() ? null : nav);
        if (!nav.isEmpty()) o.noteUnlisted(guides);
        List<Guide> ordered = new ArrayList<>();
        NavNode node = index(tree, ordered);
        return new Result(ordered, node);
    }

    private static void place(Folder root, Guide g) {
        String parent = ContentPath.parent(g.source());
        Folder f = root;
        if (!parent.isEmpty()) {
            for (String part : parent.split("/")) {
                Folder up = f; // a folder's path is built once, when it is first met: linear in the paths' length
                f = f.folders.computeIfAbsent(part, k -> new Folder(up.path.isEmpty() ? k : up.path + "/" + k));
            }
        }
        f.pages.put(ContentPath.name(g.source()), g);
    }

    /** Each folder's landing page: its index, else its README (the rule of the URLs the source stage gave). */
    private static void chooseLandings(Folder f) {
        String best = null;
        for (String name : f.pages.keySet()) {
            int rank = ContentPath.landingRank(name);
            if (rank >= 0 && (best == null || rank < ContentPath.landingRank(best))) best = name;
        }
        if (best != null) f.landing = f.pages.remove(best);
        f.folders.values().forEach(NavOrder::chooseLandings);
    }

    /** A folder in nav order ({@code entries}, or null for the default order), what nav leaves out after. */
    private Item folderItem(Folder f, String label, List<NavEntry> entries) {
        List<Item> children = new ArrayList<>();
        Set<Object> done = identitySet();
        if (entries != null) {
            for (NavEntry e : entries) {
                Item item = entry(f, e, done);
                if (item != null) children.add(item);
            }
        }
        List<Item> rest = new ArrayList<>();
        f.pages.values().stream().filter(g -> !done.contains(g)).forEach(g -> rest.add(new Item(NavNode.Kind.PAGE, "", g, "", List.of(), null)));
        f.folders.values().stream().filter(sub -> !done.contains(sub)).forEach(sub -> rest.add(folderItem(sub, "", null)));
        rest.sort(Comparator.comparingInt((Item i) -> number(i)).thenComparing(i -> sortTitle(i)).thenComparing(NavOrder::name));
        children.addAll(rest);
        String title = !label.isEmpty() ? label : f.landing != null ? f.landing.title()
                : f.path.isEmpty() ? "" : ContentPath.humanise(ContentPath.name(f.path));
        return new Item(NavNode.Kind.FOLDER, title, f.landing, "", children, f);
    }

    private static <T> Set<T> identitySet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    /** One entry of nav in folder {@code f}; null when it names nothing there (reported) or was listed before. */
    private Item entry(Folder f, NavEntry e, Set<Object> done) {
        if (e.isLink()) return new Item(NavNode.Kind.LINK, e.label().isEmpty() ? e.path() : e.label(), null, e.path(), List.of(), null);
        String rel = resolve(f, e.path());
        boolean twice = false;
        if (e.children() == null && rel != null) {
            Guide page = f.pages.get(rel);
            if (page != null) {
                if (done.add(page)) {
                    listed.add(page);
                    return new Item(NavNode.Kind.PAGE, e.label(), page, "", List.of(), null);
                }
                twice = true;
            }
            if (f.landing != null && rel.equals(ContentPath.name(f.landing.source()))) {
                listed.add(f.landing); // the folder's own link: listing it changes nothing
                return null;
            }
        }
        Folder sub = rel == null ? null : f.folders.get(rel);
        String label = e.label();
        if (sub == null && e.children() != null && label.isEmpty()) {
            sub = group(f, e); // MkDocs' "- User guide: [user-guide/a.md, …]": the key is the label
            label = e.path();
        }
        if (sub != null) {
            if (done.add(sub)) {
                if (sub.landing != null) listed.add(sub.landing); // a folder's landing page is its link
                if (e.children() == null) listedFolders.add(sub.path); // a folder named alone lists all it holds
                return folderItem(sub, label, e.children());
            }
            twice = true;
        }
        String where = f.path.isEmpty() ? "the content folder" : f.path + "/";
        if (!twice && e.children() != null && e.label().isEmpty()) {
            diagnostics.report(Diagnostic.error(SourcePos.of(configFile, e.line()), "nav's section '" + e.path() + "' is neither a folder in "
                    + where + " nor a label over the pages of one of its folders; its entries are not placed",
                    "name a folder ('- guides:'), or list under the label only pages of one folder ('- User guide: [guides/a.md, guides/b.md]')"));
            return null;
        }
        diagnostics.report(Diagnostic.error(SourcePos.of(configFile, e.line()), twice ? "nav lists '" + e.path() + "' twice in " + where
                : "nav lists '" + e.path() + "', which is not a page or folder in " + where,
                twice ? "remove the second entry" : "fix the name (relative to the folder it is listed in), or remove the entry"));
        return null;
    }

    /** MkDocs' {@code - User guide: [user-guide/a.md, …]}: the subfolder of {@code f} that all its entries lie in. */
    private static Folder group(Folder f, NavEntry e) {
        String common = null;
        for (NavEntry child : e.children()) {
            if (child.isLink()) continue;
            String p = clean(child.path());
            if (!f.path.isEmpty() && p.startsWith(f.path + "/")) p = p.substring(f.path.length() + 1);
            int slash = p.indexOf('/');
            String first = slash < 0 ? null : p.substring(0, slash);
            if (first == null || common != null && !common.equals(first)) return null;
            common = first;
        }
        return common == null ? null : f.folders.get(common);
    }

    /**
     * A name of nav as a name in folder {@code f}: as written ({@code setup.md}, {@code guides/}), or as a path from the
     * content root ({@code docs/setup.md}, MkDocs' way) or from the folder's parent ({@code guides/a.md} under
     * {@code guides:}) that leads into {@code f}.
     */
    private static String resolve(Folder f, String path) {
        String p = clean(path);
        if (p.isEmpty()) return null;
        if (f.path.isEmpty() || known(f, p)) return p;
        for (String prefix : List.of(f.path + "/", ContentPath.name(f.path) + "/")) {
            if (p.startsWith(prefix) && known(f, p.substring(prefix.length()))) return p.substring(prefix.length());
        }
        return p;
    }

    /** Forward slashes, no leading "./" or "/", no trailing "/". */
    private static String clean(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        while (p.startsWith("/")) p = p.substring(1);
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p;
    }

    private static boolean known(Folder f, String name) {
        return f.pages.containsKey(name) || f.folders.containsKey(name) || f.landing != null && name.equals(ContentPath.name(f.landing.source()));
    }

    private void noteUnlisted(List<Guide> guides) {
        List<String> left = new ArrayList<>();
        for (Guide g : guides) {
            if (listed.contains(g)) continue;
            String folder = ContentPath.parent(g.source());
            boolean inListed = false;
            for (String p = folder; !p.isEmpty() && !inListed; p = ContentPath.parent(p)) inListed = listedFolders.contains(p);
            if (!inListed) left.add(g.source());
        }
        if (left.isEmpty()) return;
        diagnostics.report(new Diagnostic(Severity.NOTE, SourcePos.of(configFile, 0), (left.size() == 1 ? "1 page is not in nav and follows" : left.size() + " pages are not in nav and follow")
                + " the listed ones in their folders (e.g. '" + left.get(0) + "')", "", left));
    }

    private static int number(Item i) {
        String name = i.folder() != null ? ContentPath.name(i.folder().path) : ContentPath.name(i.guide().source());
        int n = ContentPath.number(name);
        return n < 0 ? Integer.MAX_VALUE : n;
    }

    private static String sortTitle(Item i) {
        String t = !i.title().isEmpty() ? i.title() : i.guide() != null ? i.guide().title() : "";
        return InlineText.plain(t).toLowerCase(Locale.ROOT);
    }

    private static String name(Item i) {
        return i.folder() != null ? i.folder().path : i.guide().source();
    }

    /** The tree with documents as indexes into {@code ordered}, which it fills in reading order (depth first). */
    private static NavNode index(Item item, List<Guide> ordered) {
        switch (item.kind()) {
            case LINK:
                return NavNode.link(item.title(), item.url());
            case PAGE:
                ordered.add(item.guide());
                return NavNode.page(item.title(), ordered.size() - 1);
            default:
                int landing = -1;
                if (item.guide() != null) {
                    ordered.add(item.guide());
                    landing = ordered.size() - 1;
                }
                List<NavNode> children = new ArrayList<>();
                for (Item c : item.children()) children.add(index(c, ordered));
                return NavNode.folder(item.title(), landing, children);
        }
    }
}
