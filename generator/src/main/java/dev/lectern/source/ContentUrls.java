package dev.lectern.source;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.DisplayPath;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.ContentPath;
import dev.lectern.model.GuidePages;
import dev.lectern.model.Reserved;
import dev.lectern.model.Slugs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document's URL follows its place in the content tree: {@code docs/02-setup.md} → {@code docs/setup/}, a folder's
 * {@code index.md} or {@code README.md} → the folder ({@code docs/}), the root's → the home page (""), and a site of
 * one document opens on it. Every path segment is slugged without its numeric prefix. Two documents that would share
 * a URL ({@code a.md} and {@code a/index.md}, {@code 01-a.md} and {@code a.md}) are told apart deterministically: a
 * landing page keeps its folder's URL, else the first path in sorting order keeps it, and the other takes the next
 * free {@code -2}, {@code -3}, with a warning at its file. The site's own top-level names ({@link Reserved#TOP_LEVEL})
 * are reserved at the top level only.
 */
final class ContentUrls {
    private ContentUrls() {
    }

    /** Each source path (sorted) → its slug, the page's folder without the trailing slash ("" for the home page). */
    static Map<String, String> assign(Map<String, Path> sources, Path contentDir, Diagnostics diagnostics) {
        Map<String, String> out = new LinkedHashMap<>();
        if (sources.size() == 1) {
            out.put(sources.keySet().iterator().next(), "");
            return out;
        }
        Map<String, String> folders = new HashMap<>();
        Set<String> folderUrls = new HashSet<>();
        Set<String> taken = new HashSet<>();
        Map<String, String> owner = new HashMap<>();
        // landing pages first (index before README), so each keeps its folder's URL; then the rest by path
        List<String> order = new ArrayList<>(sources.keySet());
        order.sort(Comparator.comparingInt((String rel) -> ContentPath.landingRank(ContentPath.name(rel)) < 0 ? 2
                : ContentPath.landingRank(ContentPath.name(rel))).thenComparing(Comparator.naturalOrder()));
        Map<String, String> slugs = new HashMap<>();
        for (String rel : order) {
            String display = DisplayPath.of(sources.get(rel), contentDir);
            String folder = folderUrl(ContentPath.parent(rel), folders, folderUrls, contentDir, diagnostics);
            boolean landing = ContentPath.landingRank(ContentPath.name(rel)) >= 0;
            String base;
            if (landing && !taken.contains(folder)) {
                base = folder;
            } else {
                if (landing) {
                    diagnostics.report(Diagnostic.note(SourcePos.of(display, 1), "'" + owner.get(folder)
                            + "' is the landing page of this folder (index comes before README), so this file is an ordinary page"));
                }
                String segment = segment(ContentPath.name(rel), "page");
                if (folder.isEmpty() && Reserved.TOP_LEVEL.contains(segment)) {
                    String free = free(segment + "-2", taken);
                    diagnostics.report(Diagnostic.warning(SourcePos.of(display, 1), "the name '" + segment + "' is reserved for the site's own "
                            + "pages; this guide is published at " + free + "/", "rename the file to choose the guide's address"));
                    segment = free;
                }
                base = folder.isEmpty() ? segment : folder + "/" + segment;
            }
            String slug = free(base, taken);
            if (!slug.equals(base)) {
                diagnostics.report(Diagnostic.warning(SourcePos.of(display, 1), "'" + owner.get(base) + "' is published at "
                        + (base.isEmpty() ? "the home page" : base + "/") + " already; this file is published at " + slug + "/",
                        "rename one of the two files"));
            }
            taken.add(slug);
            owner.put(slug, rel);
            slugs.put(rel, slug);
        }
        sources.keySet().forEach(rel -> out.put(rel, slugs.get(rel)));
        return out;
    }

    /** A folder's URL (no trailing slash), its parents' first; one folder per URL, the first by path keeps it. */
    private static String folderUrl(String folder, Map<String, String> folders, Set<String> urls, Path contentDir, Diagnostics diagnostics) {
        if (folder.isEmpty()) return "";
        String known = folders.get(folder);
        if (known != null) return known;
        String parent = folderUrl(ContentPath.parent(folder), folders, urls, contentDir, diagnostics);
        String segment = segment(ContentPath.name(folder), "folder");
        String display = DisplayPath.of(contentDir.resolve(folder), contentDir);
        if (parent.isEmpty() && Reserved.TOP_LEVEL.contains(segment)) {
            String free = free(segment + "-2", urls);
            diagnostics.report(Diagnostic.warning(SourcePos.of(display, 0), "the name '" + segment + "' is reserved for the site's own "
                    + "pages; this folder is published at " + free + "/", "rename the folder to choose its address"));
            segment = free;
        }
        String base = parent.isEmpty() ? segment : parent + "/" + segment;
        String url = free(base, urls);
        if (!url.equals(base)) {
            diagnostics.report(Diagnostic.warning(SourcePos.of(display, 0), "another folder is published at " + base
                    + "/ already; this one is published at " + url + "/", "rename one of the two folders"));
        }
        folders.put(folder, url);
        urls.add(url);
        return url;
    }

    private static String segment(String name, String fallback) {
        String slug = Slugs.slug(ContentPath.stem(name));
        return slug.isEmpty() ? fallback : slug;
    }

    private static String free(String base, Set<String> taken) {
        String s = base;
        // page-2/ is a long page's second page: no document takes such a name
        for (int n = 2; taken.contains(s) || GuidePages.isPageDir(ContentPath.name(s)); n++) s = base + "-" + n;
        return s;
    }
}
