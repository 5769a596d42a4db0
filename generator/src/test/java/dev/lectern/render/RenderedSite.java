package dev.lectern.render;

import dev.lectern.diag.Diagnostics;
import dev.lectern.model.Relations;
import dev.lectern.model.Site;
import dev.lectern.publish.Artifact;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A rendered site held in memory, with lookups by path and a checker for the links between its pages. */
final class RenderedSite {
    /** Built once for all tests: building the engines is the slow part, and they are stateless. */
    static final SiteRenderer RENDERER = new SiteRenderer(null);

    final Map<String, Artifact> byPath = new LinkedHashMap<>();
    final List<Artifact> artifacts;
    final Diagnostics diags = new Diagnostics();

    RenderedSite(Site site) {
        this(RENDERER, site);
    }

    RenderedSite(Site site, Relations relations) {
        artifacts = RENDERER.render(site, relations, diags);
        artifacts.forEach(a -> byPath.put(a.path(), a));
    }

    RenderedSite(SiteRenderer renderer, Site site) {
        artifacts = renderer.render(site, diags);
        artifacts.forEach(a -> byPath.put(a.path(), a));
    }

    String text(String path) {
        Artifact a = byPath.get(path);
        if (a == null) throw new AssertionError("no artifact " + path + " in " + byPath.keySet());
        return new String(a.bytes(), StandardCharsets.UTF_8);
    }

    /** The site path of a theme file ("style.css" → "assets/style.3f9a1c2b.css"): its name carries a content hash. */
    String asset(String name) {
        int dot = name.lastIndexOf('.');
        String prefix = "assets/" + name.substring(0, dot) + ".", suffix = name.substring(dot);
        return byPath.keySet().stream()
                .filter(p -> p.startsWith(prefix) && p.endsWith(suffix) && p.length() == prefix.length() + 8 + suffix.length())
                .findFirst().orElseThrow(() -> new AssertionError("no theme file " + name + " in " + byPath.keySet()));
    }

    Document html(String path) {
        return Jsoup.parse(text(path));
    }

    /**
     * Every relative href/src on every page must name an artifact, and every fragment an id on the target page.
     * Absolute URLs (with a scheme or starting with "//") are left alone: they leave the site.
     */
    List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        for (Artifact a : artifacts) {
            if (!a.path().endsWith(".html")) continue;
            Document doc = html(a.path());
            for (Element e : doc.select("a[href], link[href], img[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) continue;
                String problem = check(a.path(), url);
                if (problem != null) broken.add(a.path() + ": " + url + ": " + problem);
            }
        }
        return broken;
    }

    private String check(String from, String url) {
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        String target = path.isEmpty() ? from : resolve(from, path);
        if (target == null) return "escapes the site root";
        if (target.isEmpty() || target.endsWith("/")) target += "index.html";
        if (!byPath.containsKey(target)) return "no artifact " + target;
        if (!fragment.isEmpty() && html(target).getElementById(fragment) == null) return "no id " + fragment + " in " + target;
        return null;
    }

    /** Resolves a relative path against the folder of {@code from}; null if it climbs above the root. */
    static String resolve(String from, String relative) {
        return dev.lectern.model.ContentPath.normalise(from.substring(0, from.lastIndexOf('/') + 1) + relative);
    }
}
