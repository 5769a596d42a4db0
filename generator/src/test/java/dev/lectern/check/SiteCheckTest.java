package dev.lectern.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check on a small site written by hand: each planted problem is found once, and nothing that works is flagged. */
class SiteCheckTest {
    @TempDir
    Path site;

    private void page(String path, String body) throws IOException {
        Path p = site.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "<!doctype html><html><head><title>t</title><link rel=\"stylesheet\" href=\"" + "../".repeat(path.split("/").length - 1)
                + "assets/style.css\"></head><body>" + body + "</body></html>");
    }

    private List<String> problems(String basePath) throws IOException {
        return SiteCheck.run(site, basePath).problems().stream().map(p -> p.page() + ": " + p.message()).toList();
    }

    @Test
    void findsBrokenLinksMissingFilesBrokenFragmentsRepeatedIdsAndEmptyLinks() throws IOException {
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/style.css"), "body{}");
        Files.createDirectories(site.resolve("img"));
        Files.writeString(site.resolve("img/ok.png"), "png");
        page("index.html", "<h1 id=\"top-title\">Home</h1><p id=\"local\">x</p>"
                + "<a href=\"guide/index.html\">ok</a> <a href=\"guide/\">ok folder</a> <a href=\"guide/index.html#there\">ok anchor</a>"
                + "<a href=\"#local\">ok here</a> <a href=\"https://example.org/x\">external</a> <a href=\"mailto:a@b.org\">mail</a>"
                + "<a href=\"gone/index.html\">broken</a> <a href=\"guide/index.html#nowhere\">broken anchor</a> <a href=\"#missing\">broken here</a>"
                + "<img src=\"img/ok.png\" alt=\"ok\"><img src=\"img/x.png\" alt=\"missing\">"
                + "<img srcset=\"img/ok.png 1x, img/gone.png 2x\" src=\"img/ok.png\" alt=\"set\">"
                + "<a href=\"guide/\"></a> <a href=\"guide/\" aria-label=\"Guide\"></a> <a href=\"../up.html\">above</a>");
        page("guide/index.html", "<h2 id=\"there\">There</h2><h2 id=\"dup\">A</h2><h3 id=\"dup\">B</h3><a href=\"../index.html#local\">back</a>");
        assertEquals(List.of(
                "guide/index.html: the id 'dup' is given to more than one element",
                "index.html: <a href> '#missing' leads to #missing, which this page does not have",
                "index.html: <a href> '../up.html' leads above the site's root",
                "index.html: <a href> 'gone/index.html' leads to gone/index.html, which the site does not have",
                "index.html: <a href> 'guide/index.html#nowhere' leads to #nowhere, which guide/index.html does not have",
                "index.html: <img src> 'img/x.png' leads to img/x.png, which the site does not have",
                "index.html: <img srcset> 'img/gone.png' leads to img/gone.png, which the site does not have",
                "index.html: a link to 'guide/' has no text, so a reader cannot tell where it leads"), problems("/"));
        assertEquals(Set.of("https://example.org/x"), SiteCheck.run(site, "/").external());
    }

    @Test
    void rootRelativeLinksAreReadUnderTheBasePath() throws IOException {
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/style.css"), "body{}");
        page("guide/index.html", "<p>Guide</p>");
        page("404.html", "<a href=\"/docs/guide/\">guide</a> <a href=\"/docs/\">home</a> <a href=\"/elsewhere/\">out</a>"
                + "<link rel=\"icon\" href=\"/docs/assets/style.css\">");
        page("index.html", "<p>Home</p>");
        assertEquals(List.of("404.html: <a href> '/elsewhere/' is outside the site's base path /docs/"), problems("/docs/"));
        // without a base path, the same links are read from the host's root
        assertEquals(List.of("404.html: <a href> '/docs/' leads to docs/, which the site does not have",
                "404.html: <a href> '/docs/guide/' leads to docs/guide/, which the site does not have",
                "404.html: <a href> '/elsewhere/' leads to elsewhere/, which the site does not have",
                "404.html: <link href> '/docs/assets/style.css' leads to docs/assets/style.css, which the site does not have"), problems("/"));
    }

    @Test
    void basePathsComeFromBaseUrls() {
        assertEquals("/", BasePath.of(""));
        assertEquals("/", BasePath.of("https://example.org"));
        assertEquals("/docs/", BasePath.of("https://example.org/docs"));
        assertEquals("/repo/docs/", BasePath.of("https://user.github.io/repo/docs/"));
    }
}
