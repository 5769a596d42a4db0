package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.check.SiteCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A built site: the theme's files under hashed names that a rebuild replaces (an old name never lingers), the files
 * whose names a format documents where they always were, {@code _headers} at the root, and every link resolving.
 */
class HashedAssetsBuildTest {
    @TempDir
    Path project;

    @Test
    void aChangedThemeFileGetsANewNameOnRebuildAndTheOldOneIsGone() throws IOException {
        Path content = project.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("lectern.yml"), "title: Cache test\ntheme: mine\n");
        Files.writeString(content.resolve("faq.md"), "# FAQ\n\n## How do I start?\n\nRun it.\n\n## How do I stop?\n\nPress Ctrl-C.\n");
        Files.writeString(content.resolve("_headers"), "/*\n  X-Mine: 1\n");
        Path theme = project.resolve("themes/mine/assets");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("style.css"), "body { color: navy }\n");
        Path site = project.resolve("site");

        Pipeline.Result first = new Pipeline().build(content, site);
        List<String> before = assets(site);
        assertEquals(7, before.size(), before.toString());
        assertTrue(before.stream().allMatch(p -> p.matches("assets/(js/)?[a-z-]+\\.[0-9a-f]{8}\\.(css|js|svg)")), before.toString());
        for (String kept : List.of("search/core.js", "sitemap.xml", "robots.txt", "llms.txt", "llms-full.txt", "questions.json", "404.html")) {
            assertTrue(Files.isRegularFile(site.resolve(kept)) || kept.equals("sitemap.xml"), kept);
        }
        String headers = Files.readString(site.resolve("_headers"));
        for (String p : before) assertTrue(headers.contains("\n/" + p + "\n  Cache-Control: public, max-age=31536000, immutable\n"), headers);
        assertTrue(headers.contains("\n/how-do-i-start/*\n  Cache-Control: no-cache\n") && headers.contains("\n/search/*\n  Cache-Control: no-cache\n"), headers);
        assertFalse(headers.contains("X-Mine"), "a content file never takes the site's own _headers (names from _ are not published)");
        assertEquals(List.of(), first.diagnostics().sorted());
        assertEquals(List.of(), SiteCheck.run(site, "/").problems(), "every page's scripts, stylesheets and icon resolve");

        Files.writeString(theme.resolve("style.css"), "body { color: teal }\n");
        new Pipeline().build(content, site);
        List<String> after = assets(site);
        assertEquals(7, after.size(), after.toString());
        List<String> gone = before.stream().filter(p -> !after.contains(p)).toList();
        assertEquals(1, gone.size(), "only the stylesheet changed: " + gone);
        assertTrue(gone.get(0).startsWith("assets/style."), gone.toString());
        assertTrue(Files.readString(site.resolve("_headers")).contains(after.stream().filter(p -> p.startsWith("assets/style.")).findFirst().get()));
        assertEquals(List.of(), SiteCheck.run(site, "/").problems());
    }

    private static List<String> assets(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site.resolve("assets"))) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
