package dev.lectern.publish;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9), for search engines: the address of every page but the 404 page, in path
 * order, as the pretty URL a host serves it at ({@code guide/question/}). Written only when the site has a base URL:
 * a sitemap lists absolute URLs. No dates: the same input gives the same bytes.
 */
public final class Sitemap {
    public static final String PATH = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    private Sitemap() {
    }

    public static Optional<Artifact> of(List<Artifact> artifacts, String baseUrl) {
        return ofPaths(artifacts.stream().map(Artifact::path).toList(), baseUrl);
    }

    /** The sitemap of a site whose files have these paths: it needs no page's bytes. */
    public static Optional<Artifact> ofPaths(Collection<String> paths, String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) return Optional.empty();
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        paths.stream().filter(p -> p.endsWith(".html") && !p.equals("404.html")).sorted()
                .forEach(p -> xml.append("<url><loc>").append(escape(base + pretty(p))).append("</loc></url>\n"));
        return Optional.of(Artifact.text(PATH, xml.append("</urlset>\n").toString()));
    }

    /**
     * {@code robots.txt}: every page may be crawled, and the sitemap is named when there is one. Crawlers read it only
     * at a host's root; below one it is harmless, and a host's own robots.txt can point at the sitemap instead.
     */
    public static Artifact robots(String baseUrl) {
        String robots = "User-agent: *\nAllow: /\n";
        if (baseUrl != null && !baseUrl.isBlank()) robots += "\nSitemap: " + (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + PATH + "\n";
        return Artifact.text(ROBOTS, robots);
    }

    /** "a/b/index.html" → "a/b/", "index.html" → "", "a/page.html" → "a/page.html". */
    private static String pretty(String path) {
        return path.equals("index.html") ? "" : path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
