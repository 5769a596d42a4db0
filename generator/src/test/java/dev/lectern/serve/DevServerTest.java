package dev.lectern.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preview server over a hand-made site folder: what it answers, to whom, and never from outside the site. */
@Timeout(60)
class DevServerTest {
    static final String PAGE = "<!DOCTYPE html>\n<html><body><pre><code>&lt;/body&gt; &lt;/html&gt;</code></pre></body></html>\n";
    @TempDir
    Path dir;
    Path site;
    DevServer server;

    @BeforeEach
    void start() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), PAGE);
        Files.createDirectories(site.resolve("g"));
        Files.writeString(site.resolve("g/index.html"), PAGE);
        Files.writeString(site.resolve("404.html"), "<!DOCTYPE html>\n<title>Missing</title>\n");
        Files.writeString(site.resolve("style.css"), "body{}\n");
        Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Files.createDirectories(dir.resolve("outside"));
        Files.writeString(dir.resolve("outside/secret.txt"), "TOP-SECRET");
        Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("out"), dir.resolve("outside"));
        server = new DevServer(0, site, versionAt(7));
    }

    static SiteVersion versionAt(int n) {
        SiteVersion v = new SiteVersion();
        for (int i = 0; i < n; i++) v.bump();
        return v;
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String get(String target) throws IOException {
        return raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    }

    static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    @Test
    void noRequestReachesAFileOutsideTheSite() throws IOException {
        String secret = dir.resolve("secret.txt").toString();
        List<String> targets = List.of("/../secret.txt", "/g/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
                "/..%2fsecret.txt", "/g%2f..%2f..%2fsecret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt", "/..\\secret.txt",
                "/" + secret, "//" + secret, "/%2f" + secret.substring(1), "/leak.txt", "/out/secret.txt", "/out/", "/out",
                "/secret.txt%00.html", "../secret.txt", secret, "http://127.0.0.1/../secret.txt", "/./../secret.txt");
        for (String target : targets) {
            String answer = get(target);
            assertFalse(answer.contains("TOP-SECRET"), target + " leaked:\n" + answer);
            String status = answer.substring(0, answer.indexOf("\r\n"));
            assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), target + ": " + status);
        }
    }

    @Test
    void aPageIsServedByteForByteWithTheReloadScriptAfterItsEnd() throws IOException {
        String answer = get("/g/");
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        String body = body(answer);
        assertTrue(body.startsWith(PAGE), body);
        assertTrue(body.substring(PAGE.length()).matches("<script src=\"/__lectern/reload\\.js\" data-version=\"7\" data-epoch=\"[0-9a-z]+\"></script>\n"), body);
        assertEquals("body{}\n", body(get("/style.css")), "other files as they are");
        assertTrue(get("/__lectern/reload.js").contains("location.reload()"));
        assertEquals("7", body(get("/__lectern/version")));
    }

    @Test
    void missingFoldersHeadAndOtherMethodsGetTheirUsualAnswers() throws IOException {
        String missing = get("/nope/");
        assertTrue(missing.startsWith("HTTP/1.1 404 ") && missing.contains("<title>Missing</title>"), missing);
        String folder = get("/g?x=1");
        assertTrue(folder.startsWith("HTTP/1.1 301 ") && folder.contains("Location: /g/\r\n"), folder);
        String head = raw("HEAD /g/ HTTP/1.1\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 200 ") && head.endsWith("\r\n\r\n"), head);
        assertTrue(raw("POST /g/ HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 405 "));
        assertTrue(raw("GET /g/\r\n\r\n").startsWith("HTTP/1.1 400 "));
        assertTrue(raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 400 "));
    }

    @Test
    void itListensOnLoopbackOnly() throws IOException {
        Optional<InetAddress> other = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assumeTrue(other.isPresent(), "this machine has no other IPv4 address to try");
        try (Socket s = new Socket()) {
            assertThrows(IOException.class, () -> s.connect(new InetSocketAddress(other.get(), server.port()), 5_000));
        }
    }

    @Test
    void aClientThatStallsIsDisconnectedAfterTheReadTimeout() throws IOException {
        try (LoopbackHttp http = new LoopbackHttp(0, (path, query) -> LoopbackHttp.Response.text(200, "ok"), 300);
             Socket s = new Socket("127.0.0.1", http.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write("GET / HT".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            assertArrayEquals(new byte[0], s.getInputStream().readAllBytes(), "closed with no answer");
            assertTrue(System.nanoTime() - start < 5_000_000_000L);
        }
    }

    @Test
    void aWaitingPageIsAnsweredWhenTheVersionMovesAndOtherRequestsAreServedMeanwhile() throws Exception {
        server.close();
        SiteVersion version = versionAt(7);
        server = new DevServer(0, dir.resolve("site"), version);
        String epoch = epochOf(body(get("/g/")));
        java.util.concurrent.CompletableFuture<String> waiting = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return body(get("/__lectern/version?since=7&epoch=" + epoch + "&page=%2Fg%2F"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long end = System.nanoTime() + 10_000_000_000L;
        while (!server.openPages().contains("g/index.html") && System.nanoTime() < end) Thread.sleep(10);
        assertTrue(server.openPages().contains("g/index.html"), "the waiting page counts as open");
        assertFalse(waiting.isDone(), "held while the version is the page's");
        for (int i = 0; i < 20; i++) assertTrue(get("/style.css").startsWith("HTTP/1.1 200 "), "served while a page waits");
        version.bump();
        assertEquals("8", waiting.get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("8", body(get("/__lectern/version?since=7&epoch=" + epoch)), "a page already behind is answered at once");
        assertEquals("reload", body(get("/__lectern/version?since=8&epoch=earlier")), "a page of an earlier run of the server reloads");
        assertEquals("0", body(get("/__lectern/settled")));
        version.settle();
        assertEquals("8", body(get("/__lectern/settled?since=0")));
        assertTrue(get("/__lectern/version?since=x").startsWith("HTTP/1.1 400 "));
    }

    private static String epochOf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-epoch=\"([0-9a-z]+)\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    @Test
    void withNoSiteYetItSaysSoAndReloadsLater() throws IOException {
        server.close();
        server = new DevServer(0, dir.resolve("not-built"), new SiteVersion());
        String answer = get("/");
        assertTrue(answer.startsWith("HTTP/1.1 503 ") && answer.contains("reload.js"), answer);
        assertTrue(Arrays.asList(answer.split("\r\n")).contains("Cache-Control: no-store"));
    }
}
