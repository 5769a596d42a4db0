package dev.lectern.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapTest {
    private static final List<Artifact> SITE = List.of(
            Artifact.text("python/what-is-the-gil/index.html", ""), Artifact.text("index.html", ""),
            Artifact.text("404.html", ""), Artifact.text("assets/style.css", ""), Artifact.text("python/index.html", ""),
            Artifact.text("python/page-2/index.html", ""), Artifact.text("search/core.js", ""));

    @Test
    void listsEveryPageButThe404AtItsPrettyAbsoluteUrlInPathOrder() {
        String xml = new String(Sitemap.of(SITE, "https://example.org/q&a").orElseThrow().bytes(), StandardCharsets.UTF_8);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://example.org/q&amp;a/</loc></url>
                <url><loc>https://example.org/q&amp;a/python/</loc></url>
                <url><loc>https://example.org/q&amp;a/python/page-2/</loc></url>
                <url><loc>https://example.org/q&amp;a/python/what-is-the-gil/</loc></url>
                </urlset>
                """, xml);
    }

    @Test
    void aSiteWithNoBaseUrlHasNoSitemap() {
        assertTrue(Sitemap.of(SITE, "").isEmpty());
        assertTrue(Sitemap.of(SITE, null).isEmpty());
    }

    @Test
    void robotsAllowsEveryPageAndNamesTheSitemapWhenThereIsOne() {
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.org/docs/sitemap.xml\n",
                new String(Sitemap.robots("https://example.org/docs").bytes(), StandardCharsets.UTF_8));
        assertEquals("User-agent: *\nAllow: /\n", new String(Sitemap.robots("").bytes(), StandardCharsets.UTF_8));
        assertEquals("robots.txt", Sitemap.robots("").path());
    }
}
