package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.publish.Artifact;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme's files are published under names that carry a hash of their content (style.3f9a1c2b.css), so hosts may
 * cache them for a year; pages link those names through asset(), and the search box loads highlight.js by the address
 * the page gives it.
 */
class AssetNamesTest {
    private static final RenderedSite SITE = new RenderedSite(FixtureSite.site());
    private static final Pattern HASHED = Pattern.compile("assets/(.+)\\.([0-9a-f]{8})(\\.[a-z0-9]+)");

    @Test
    void everyThemeFileIsPublishedOnlyUnderANameCarryingTheStartOfItsSha256() throws Exception {
        List<String> names = new ArrayList<>();
        for (Artifact a : SITE.artifacts) {
            if (!a.path().startsWith("assets/")) continue;
            Matcher m = HASHED.matcher(a.path());
            assertTrue(m.matches(), a.path());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(a.bytes()), 0, 4), m.group(2), a.path());
            names.add(m.group(1) + m.group(3));
        }
        assertEquals(List.of("favicon.svg", "highlight.css", "js/highlight.js", "js/search-box.js", "js/search-page.js",
                "js/site.js", "style.css"), names.stream().sorted().toList());
    }

    @Test
    void everyPageLinksTheHashedNamesAndTellsTheSearchBoxWhereHighlightJsIs() {
        String highlighter = hashedPath("js/highlight.js");
        for (Artifact a : SITE.artifacts) {
            if (!a.path().endsWith(".html")) continue;
            Document page = SITE.html(a.path());
            List<String> urls = new ArrayList<>(page.select("script[src]").eachAttr("src"));
            urls.addAll(page.select("link[rel=stylesheet], link[rel=icon]").eachAttr("href"));
            urls.add(page.body().attr("data-highlight-script"));
            assertTrue(urls.size() >= 5, a.path() + " " + urls);
            for (String url : urls) assertTrue(SITE.byPath.containsKey(resolve(a.path(), url)), a.path() + " links " + url);
            assertEquals(highlighter, resolve(a.path(), page.body().attr("data-highlight-script")), a.path());
        }
        String searchBox = SITE.text(hashedPath("js/search-box.js"));
        assertTrue(searchBox.contains("data-highlight-script") && !searchBox.contains("highlight.js'"), "no name written by hand");
    }

    @Test
    void theSameBytesGiveTheSameNameAndAUserThemesChangedFileANewOne(@TempDir Path theme) throws IOException {
        assertEquals(SITE.artifacts.stream().map(Artifact::path).toList(),
                new RenderedSite(new SiteRenderer(null), FixtureSite.site()).artifacts.stream().map(Artifact::path).toList());
        Files.createDirectories(theme.resolve("assets/fonts"));
        Files.writeString(theme.resolve("assets/style.css"), "body { color: teal }\n");
        Files.writeString(theme.resolve("assets/fonts/face.woff2"), "font");
        RenderedSite mine = new RenderedSite(new SiteRenderer(theme), FixtureSite.site());
        String style = hashedPath(mine, "style.css");
        assertNotEquals(hashedPath("style.css"), style);
        assertEquals("body { color: teal }\n", mine.text(style));
        assertTrue(HASHED.matcher(hashedPath(mine, "fonts/face.woff2")).matches());
        assertEquals("../../" + style, mine.html("python/what-is-the-gil/index.html").selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(List.of(), mine.diags.sorted());
    }

    @Test
    void aUserTemplateNamesItsOwnFilesWithAssetAndAMisspelledNameIsReportedAtItsLine(@TempDir Path project) throws IOException {
        Path theme = project.resolve("themes/mine");
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("assets/extra.css"), ".extra{}");
        Files.writeString(theme.resolve("templates/base.peb"), "{% extends \"theme:base\" %}\n{% block head %}"
                + "<link rel=\"stylesheet\" href=\"{{ asset('extra.css') }}\">\n"
                + "<link rel=\"stylesheet\" href=\"{{ asset('extar.css') }}\">{% endblock %}");
        RenderedSite mine = new RenderedSite(new SiteRenderer(theme), FixtureSite.site());
        Element extra = mine.html("python/index.html").select("link[rel=stylesheet]").get(2);
        assertEquals("../" + hashedPath(mine, "extra.css"), extra.attr("href"));
        assertTrue(mine.byPath.containsKey("python/index.html"), "the page is still written");
        List<Diagnostic> diags = mine.diags.sorted();
        assertEquals(1, diags.size(), diags.toString());
        assertEquals(Severity.WARNING, diags.get(0).severity());
        assertEquals("themes/mine/templates/base.peb:3", diags.get(0).pos().toString(), diags.get(0).format());
        assertTrue(diags.get(0).message().contains("assets/extar.css"), diags.get(0).format());
    }

    @Test
    void aUserTemplateThatStillLinksAThemeFileByHandIsReportedWithTheCallToWrite(@TempDir Path project) throws IOException {
        Path theme = project.resolve("themes/mine");
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/base.peb"), "{% extends \"theme:base\" %}\n"
                + "{# this comment names assets/style.css and is no link #}\n{% block head %}\n"
                + "<link rel=\"stylesheet\" href=\"{{ layout.relRoot }}assets/style.css\">"
                + "<link rel=\"stylesheet\" href=\"{{ layout.relRoot }}assets/style.css\">{% endblock %}");
        RenderedSite mine = new RenderedSite(new SiteRenderer(theme), FixtureSite.site());
        List<Diagnostic> diags = mine.diags.sorted();
        assertEquals(1, diags.size(), diags.toString());
        Diagnostic d = diags.get(0);
        assertEquals("themes/mine/templates/base.peb:4", d.pos().toString());
        assertTrue(d.message().startsWith("links the theme file assets/style.css by hand, but it is published as "
                + hashedPath(mine, "style.css")) && d.message().endsWith("(and 1 more like it, the last at line 4)"), d.format());
        assertEquals("write {{ asset('style.css') }} for the whole address", d.hint());
    }

    @Test
    void aUserStylesheetThatPointsAtAnotherThemeFileIsReportedAtItsLine(@TempDir Path project) throws IOException {
        Path theme = project.resolve("themes/mine");
        Files.createDirectories(theme.resolve("assets/fonts"));
        Files.createDirectories(theme.resolve("assets/css"));
        Files.writeString(theme.resolve("assets/fonts/face.woff2"), "font");
        Files.writeString(theme.resolve("assets/css/mine.css"), "/* url(../fonts/face.woff2) in a comment */\n"
                + ".a { background: url(data:image/png;base64,AA==) } .b { background: url(/img/b.png) }\n"
                + "@font-face { font-family: F; src: url( \"../fonts/face.woff2?v=2\" ) }\n");
        RenderedSite mine = new RenderedSite(new SiteRenderer(theme), FixtureSite.site());
        List<Diagnostic> diags = mine.diags.sorted();
        assertEquals(1, diags.size(), diags.toString());
        assertEquals("themes/mine/assets/css/mine.css:3", diags.get(0).pos().toString());
        assertEquals("url(../fonts/face.woff2?v=2) points at the theme file assets/fonts/face.woff2, but it is published as "
                + hashedPath(mine, "fonts/face.woff2") + " (its name carries a hash of its content)", diags.get(0).message());
    }

    private static String hashedPath(String name) {
        return hashedPath(SITE, name);
    }

    private static String hashedPath(RenderedSite site, String name) {
        int dot = name.lastIndexOf('.');
        return site.byPath.keySet().stream().filter(p -> {
            Matcher m = HASHED.matcher(p);
            return m.matches() && (m.group(1) + m.group(3)).equals(name);
        }).findFirst().orElseThrow(() -> new AssertionError("no hashed " + name.substring(0, dot) + " in " + site.byPath.keySet()));
    }

    /** A link from the page at {@code from} as a site path ("https://example.org/docs/" is the fixture's base URL). */
    private static String resolve(String from, String url) {
        String base = "https://example.org/docs/";
        String abs = URI.create(base).resolve(from).resolve(url).toString();
        assertTrue(abs.startsWith(base), url);
        return abs.substring(base.length());
    }
}
