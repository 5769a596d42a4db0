package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The preview server: serves the built site with a reload script, and rebuilds when content changes. */
@Timeout(60)
class ServeCommandTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteAndRebuildsWhenAGuideChanges() throws Exception {
        Path content = Files.createDirectories(dir.resolve("project/content"));
        Files.writeString(content.resolve("g.md"), "# Guide\n\n## S\n\n### Q1: First question?\n\nAn answer.\n");
        ServeCommand serve = new ServeCommand();
        CommandLine cli = new CommandLine(serve);
        Thread t = new Thread(() -> cli.execute("--content", content.toString(), "--output", dir.resolve("site").toString(), "--port", "0"));
        t.start();
        try {
            while (serve.boundPort < 0) Thread.sleep(50);
            int port = serve.boundPort;
            HttpResponse<String> page = get(port, "/g/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("First question?") && page.body().contains("/__lectern/version"), "page with reload script");
            assertEquals(404, get(port, "/nope").statusCode());
            String before = get(port, "/__lectern/version").body();
            Files.writeString(content.resolve("g.md"), "# Guide\n\n## S\n\n### Q1: Edited question?\n\nAn answer.\n");
            while (get(port, "/__lectern/version").body().equals(before)) Thread.sleep(100);
            assertTrue(get(port, "/g/").body().contains("Edited question?"), "the rebuilt page is served");
        } finally {
            serve.stop.countDown();
            t.join();
        }
    }
}
