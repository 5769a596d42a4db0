package dev.lectern.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code urls:} in lectern.yml: file (the default) or directory; anything else is an error at its line, and the default stands. */
class UrlStyleConfigTest {
    private static SiteConfig parse(String yaml, Diagnostics diagnostics) {
        return ConfigLoader.parse(yaml, "content/lectern.yml", diagnostics);
    }

    private static List<String> messages(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void linksNameIndexFilesUnlessTheConfigAsksForDirectories() {
        Diagnostics d = new Diagnostics();
        assertEquals(UrlStyle.FILE, SiteConfig.DEFAULTS.urls());
        assertEquals(UrlStyle.FILE, parse("title: Docs\n", d).urls());
        assertEquals(UrlStyle.FILE, parse("urls: file\n", d).urls());
        assertEquals(UrlStyle.DIRECTORY, parse("title: Docs\nurls: directory\n", d).urls());
        assertEquals(List.of(), messages(d));
        assertEquals(UrlStyle.DIRECTORY, parse("urls: file\n", d).withUrls(UrlStyle.DIRECTORY).urls(), "--urls replaces the file's");
    }

    @Test
    void anyOtherValueIsAnErrorAtItsLineSayingWhatTheTwoMean() {
        Diagnostics d = new Diagnostics();
        assertEquals(UrlStyle.FILE, parse("title: Docs\nurls: pretty\n", d).urls());
        assertEquals(UrlStyle.FILE, parse("urls: [file, directory]\n", d).urls());
        assertEquals(UrlStyle.FILE, parse("url: directory\n", d).urls());
        List<String> m = messages(d);
        assertEquals(3, m.size(), String.join("\n", m));
        assertEquals("content/lectern.yml:1: error: 'urls' must be a single value", m.get(0).lines().findFirst().orElse(""));
        assertEquals("content/lectern.yml:1: error: unknown config key 'url'", m.get(1).lines().findFirst().orElse(""));
        assertEquals("content/lectern.yml:2: error: urls must be 'file' or 'directory', not 'pretty'", m.get(2).lines().findFirst().orElse(""));
        assertEquals(true, m.get(1).contains("did you mean 'urls'?"), m.get(1));
        assertEquals(true, m.get(2).contains("links end at the folder, guide/: for a web server); 'file' is used meanwhile"), m.get(2));
    }
}
