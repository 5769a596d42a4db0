package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.check.SiteCheck;
import dev.lectern.config.UrlStyle;
import dev.lectern.testing.SiteWalker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code urls: directory}: one content tree (the refs fixture: nested documents, cross links with anchors, images, a
 * long guide that splits into pages; plus a Q&A guide with tags, so topics, chips and related questions exist) built
 * three ways with a base URL: by default, with {@code urls: file} given, and with {@code urls: directory} in
 * lectern.yml. The first two are the same bytes; the directory build is the file build with every link to a page's
 * {@code index.html} ending at its folder instead, and nothing else changed.
 */
class CleanUrlsTest {
    static final String BASE = "https://example.org/docs/";
    @TempDir
    static Path dir;
    static Path byDefault;
    static Path files;
    static Path directories;

    @BeforeAll
    static void build() throws IOException {
        Path content = dir.resolve("content");
        ReferencesTest.copyFixture(content);
        Files.writeString(content.resolve("gears.md"), gears());
        byDefault = dir.resolve("default");
        new Pipeline(BASE).build(content, byDefault);
        files = dir.resolve("files");
        new Pipeline(BASE, UrlStyle.FILE).build(content, files);
        Files.writeString(content.resolve("lectern.yml"), "\nurls: directory\n", java.nio.file.StandardOpenOption.APPEND);
        directories = dir.resolve("directories");
        new Pipeline(BASE).build(content, directories);
    }

    /** Questions with difficulty and tags (topic pages, chips) that share words (related questions). */
    static String gears() {
        StringBuilder sb = new StringBuilder("# Gear questions\n\nAbout gears and widgets.\n\n## Gears\n\n");
        String[] topics = {"ratio", "teeth", "torque", "backlash", "widget"};
        for (int i = 0; i < topics.length; i++) {
            sb.append("### How does gear ").append(topics[i]).append(" affect a widget?\n\n")
                    .append("**Difficulty:** ").append(i % 2 == 0 ? "Easy" : "Hard").append(" | **Tags:** `gears`, `").append(topics[i]).append("`\n\n")
                    .append("Gear ").append(topics[i]).append(" changes how a widget turns; see [what a widget is](faq.md#what-is-a-widget).\n\n");
        }
        return sb.toString();
    }

    @Test
    void theDefaultIsTheFileStyleByteForByteAndItsPageLinksNameFiles() throws IOException {
        List<String> paths = relativeFiles(byDefault);
        assertEquals(paths, relativeFiles(files));
        for (String p : paths) assertArrayEquals(Files.readAllBytes(byDefault.resolve(p)), Files.readAllBytes(files.resolve(p)), p);
        // from file:// a link to a bare folder opens a directory listing: every relative link names a file (the
        // canonical URL, under the base URL, is the host's address and ends at the folder in both styles)
        List<String> folders = new ArrayList<>();
        for (String p : htmlPages(byDefault)) {
            for (String url : siteUrls(byDefault, p)) if (!url.startsWith(BASE) && pathOf(url).endsWith("/")) folders.add(p + ": " + url);
        }
        assertEquals(List.of(), folders);
        assertFalse(Files.readString(byDefault.resolve("index.html")).contains("data-urls"), "the default page says nothing of URL styles");
    }

    @Test
    void aDirectoryBuildIsTheFileBuildWithEveryPageLinkEndingAtItsFolder() throws IOException {
        List<String> paths = relativeFiles(files);
        assertEquals(paths, relativeFiles(directories), "the same files");
        int links = 0;
        for (String p : paths) {
            if (!p.endsWith(".html")) {
                assertArrayEquals(Files.readAllBytes(files.resolve(p)), Files.readAllBytes(directories.resolve(p)), p);
                continue;
            }
            Document expected = parse(files, p);
            links += toFolders(expected);
            Document actual = parse(directories, p);
            assertEquals("directory", actual.body().attr("data-urls"), p + " tells the search scripts");
            actual.body().removeAttr("data-urls");
            assertEquals(expected.outerHtml(), actual.outerHtml(), p);
        }
        assertTrue(links > 500, "links rewritten: " + links);
    }

    @Test
    void noLinkOfADirectoryBuildNamesAnIndexFileAndEveryOneResolves() throws IOException {
        List<String> named = new ArrayList<>();
        for (String p : htmlPages(directories)) {
            for (String url : siteUrls(directories, p)) if (pathOf(url).endsWith("index.html")) named.add(p + ": " + url);
        }
        assertEquals(List.of(), named);
        assertEquals(SiteWalker.brokenReferences(files).size(), SiteWalker.brokenReferences(directories).size(),
                "only the fixture's own broken references: " + SiteWalker.brokenReferences(directories));
        assertEquals(SiteCheck.run(files, "/docs/").problems().size(), SiteCheck.run(directories, "/docs/").problems().size(),
                "lectern check reads folder links as their index.html");
        assertTrue(Files.readString(directories.resolve("index.html")).contains("action=\"./search/\""));
        assertTrue(Files.readString(directories.resolve("search/index.html")).contains("action=\"./\""));
        assertTrue(Files.readString(directories.resolve("404.html")).contains("href=\"" + BASE + "\""), "the 404 page's home link");
    }

    /**
     * Rewrites the page's links to a page's {@code index.html} (relative, root-relative, or under the base URL) to end
     * at its folder, as the directory style writes them; returns how many.
     */
    private static int toFolders(Document doc) {
        int n = 0;
        for (Element e : doc.getAllElements()) {
            for (String attr : new String[] {"href", "src", "action"}) {
                if (!e.hasAttr(attr) || !isSite(e.attr(attr))) continue;
                String url = e.attr(attr);
                String path = pathOf(url);
                if (!(path.equals("index.html") || path.endsWith("/index.html"))) continue;
                String folder = path.substring(0, path.length() - "index.html".length());
                e.attr(attr, (folder.isEmpty() ? "./" : folder) + url.substring(path.length()));
                n++;
            }
        }
        return n;
    }

    /** The URLs of the page that lead into the site. */
    private static List<String> siteUrls(Path site, String page) throws IOException {
        List<String> out = new ArrayList<>();
        for (Element e : parse(site, page).getAllElements()) {
            for (String attr : new String[] {"href", "src", "action"}) if (e.hasAttr(attr) && isSite(e.attr(attr))) out.add(e.attr(attr));
        }
        return out;
    }

    private static boolean isSite(String url) {
        return url.startsWith(BASE) || !(url.startsWith("//") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*"));
    }

    private static String pathOf(String url) {
        int end = url.length();
        for (char c : new char[] {'?', '#'}) if (url.indexOf(c) >= 0) end = Math.min(end, url.indexOf(c));
        return url.substring(0, end);
    }

    private static Document parse(Path site, String page) throws IOException {
        return Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
    }

    private static List<String> htmlPages(Path site) throws IOException {
        return relativeFiles(site).stream().filter(p -> p.endsWith(".html")).toList();
    }

    private static List<String> relativeFiles(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
