package dev.lectern.render;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Asset;
import dev.lectern.model.Guide;
import dev.lectern.model.GuidePages;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.publish.Artifact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content folder's other files, published at their own paths beside the pages. A file whose path the site needs
 * for itself (a page's {@code index.html}, a folder that holds pages, the theme's files, the search and topics
 * folders, the root's files) is not copied, with a warning: the decision depends only on the paths, so every build
 * makes the same one, whichever thread would have written first.
 */
final class AssetFiles {
    private static final Set<String> ROOT_FILES = Set.of("index.html", "404.html", "sitemap.xml", "questions.json");
    private static final List<String> SITE_FOLDERS = List.of("search/", "topics/");

    private AssetFiles() {
    }

    /** The assets that may be published; the others are reported. */
    static List<Asset> publishable(List<Asset> assets, Site site, PageMap map, List<Artifact> themeFiles, Diagnostics diags) {
        if (assets.isEmpty()) return List.of();
        Set<String> files = new HashSet<>(ROOT_FILES);
        Set<String> folders = new HashSet<>();
        themeFiles.forEach(a -> files.add(a.path()));
        for (Guide g : site.guides()) {
            for (GuidePages.Page p : map.pages(g)) addPage(PageMap.dir(g, p), files, folders);
            for (Section s : g.sections()) for (Question q : s.questions()) addPage(SitePaths.question(g, q), files, folders);
        }
        List<Asset> out = new ArrayList<>();
        for (Asset a : assets) {
            String path = a.source();
            String clash = files.contains(path) ? "the site's own file " + path
                    : folders.contains(path + "/") ? "the folder " + path + "/ of the site's pages"
                    : SITE_FOLDERS.stream().filter(path::startsWith).findFirst().map(f -> "the site's own folder " + f).orElse(null);
            if (clash == null) {
                out.add(a);
            } else {
                diags.report(Diagnostic.warning(SourcePos.of(a.displayPath(), 0), "is not published: its path is " + clash,
                        "rename the file or move it into another folder"));
            }
        }
        return out;
    }

    static List<Artifact> artifacts(List<Asset> publishable) {
        return publishable.stream().map(a -> Artifact.copy(a.source(), a.file())).toList();
    }

    /** A page's {@code index.html}, and its folder and every folder above it. */
    private static void addPage(String dir, Set<String> files, Set<String> folders) {
        files.add(SitePaths.file(dir));
        for (int i = dir.indexOf('/'); i >= 0; i = dir.indexOf('/', i + 1)) folders.add(dir.substring(0, i + 1));
    }
}
