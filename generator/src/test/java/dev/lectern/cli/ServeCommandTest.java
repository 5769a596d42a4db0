package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preview server: serves the built site with a reload script, rebuilds when content changes, and keeps serving. */
@Timeout(90)
class ServeCommandTest {
    @TempDir
    Path dir;

    static String guide(String question) {
        return "# Guide\n\n## S\n\n### Q1: " + question + "\n\nAn answer.\n";
    }

    private Path content() throws IOException {
        Path content = Files.createDirectories(dir.resolve("project/content"));
        Files.writeString(content.resolve("g.md"), guide("First question?"));
        return content;
    }

    @Test
    void servesTheSiteAndRebuildsWhenAGuideChanges() throws Exception {
        Path content = content();
        try (Serving serve = Serving.start("--content", content.toString(), "--output", dir.resolve("site").toString(), "--port", "0")) {
            serve.awaitVersionAfter("0");
            HttpResponse<String> page = serve.get("/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("First question?") && page.body().contains("/__lectern/reload.js"), "page with reload script");
            assertEquals(404, serve.get("/nope").statusCode());
            String before = serve.version();
            Files.writeString(content.resolve("g.md"), guide("Edited question?"));
            serve.awaitVersionAfter(before);
            assertTrue(serve.get("/").body().contains("Edited question?"), "the rebuilt page is served");
        }
    }

    @Test
    void afterEditsTheServedFolderSettlesToWhatABuildMakes() throws Exception {
        Path content = content();
        Files.writeString(content.resolve("notes.md"), "# Notes\n\nSee [the guide](g.md).\n");
        Path site = dir.resolve("site");
        try (Serving serve = Serving.start("--content", content.toString(), "--output", site.toString(), "--port", "0")) {
            serve.awaitVersionAfter("0");
            for (int i = 1; i <= 3; i++) {
                String before = serve.version();
                Files.writeString(content.resolve("g.md"), guide("Question " + i + "?") + "\n### Q2: Another " + i + "?\n\nMore.\n");
                if (i == 3) Files.delete(content.resolve("notes.md"));
                serve.awaitVersionAfter(before);
            }
            Path fresh = dir.resolve("fresh");
            new dev.lectern.build.Pipeline().build(content, fresh);
            assertEquals(tree(fresh), tree(site), "the served folder, file by file");
            assertTrue(serve.get("/").body().contains("Question 3?"));
        }
    }

    /** Every file under {@code root} with a digest of its bytes. */
    private static java.util.Map<String, Integer> tree(Path root) throws IOException {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), java.util.Arrays.hashCode(Files.readAllBytes(p)));
        }
        return out;
    }

    /** Directory URLs set in lectern.yml, or by {@code --urls directory} over a lectern.yml that says file. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void aSiteWithDirectoryUrlsIsServedLinkByLinkBeforeAndAfterAnEdit(boolean byOption) throws Exception {
        Path content = content();
        Files.writeString(content.resolve("lectern.yml"), byOption ? "urls: file\n" : "urls: directory\n");
        Files.writeString(content.resolve("notes.md"), "# Notes\n\nSee [the guide](g.md#s).\n");
        List<String> args = new ArrayList<>(List.of("--content", content.toString(), "--output", dir.resolve("site").toString(), "--port", "0"));
        if (byOption) args.addAll(List.of("--urls", "directory"));
        try (Serving serve = Serving.start(args.toArray(String[]::new))) {
            serve.awaitVersionAfter("0");
            assertLinksAnswer(serve, "/g/first-question/");
            // the quick step that shows an edit renders with the same style
            String before = serve.version();
            Files.writeString(content.resolve("g.md"), guide("First question?") + "\nEdited.\n");
            serve.awaitVersionAfter(before);
            assertTrue(serve.get("/g/first-question/").body().contains("Edited."));
            assertLinksAnswer(serve, "/g/first-question/");
        }
    }

    private static void assertLinksAnswer(Serving serve, String at) throws Exception {
        HttpResponse<String> answer = serve.get(at);
        assertEquals(200, answer.statusCode());
        List<String> links = new ArrayList<>();
        for (org.jsoup.nodes.Element a : org.jsoup.Jsoup.parse(answer.body()).select("a[href]:not([href^=#])")) links.add(a.attr("href"));
        assertTrue(links.containsAll(List.of("../../", "../", "../../notes/", "../../search/")), links.toString());
        java.net.URI page = java.net.URI.create(at);
        for (String link : links) {
            String path = page.resolve(link).getPath();
            assertEquals(200, serve.get(path).statusCode(), link + " → " + path);
        }
    }

    @Test
    void anUnknownUrlStyleIsAUsageErrorBeforeServing() throws Exception {
        Path content = content();
        Run r = Run.of("serve", "--content", content.toString(), "--output", dir.resolve("site").toString(), "--port", "0", "--urls", "folder");
        assertEquals(Main.USAGE, r.code);
        assertTrue(r.err.startsWith("--urls must be 'file' or 'directory', not 'folder': write 'file'"), r.err);
        assertFalse(Files.exists(dir.resolve("site")), "nothing built");
    }

    @Test
    void aPortInUseIsOneLineAndTheUsageExitCodeBeforeAnyBuild() throws Exception {
        Path content = content();
        Path site = dir.resolve("site");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Serving serve = Serving.start("--content", content.toString(), "--output", site.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(Main.USAGE, serve.awaitExit());
            String err = serve.err.toString();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains("port " + taken.getLocalPort()) && err.contains("--port 0"), err);
            assertFalse(Files.exists(site), "nothing was built");
        }
    }

    @Test
    void aContentFileThatIsNotAFolderIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("g.md"), guide("Q?"));
        Serving serve = Serving.start("--content", file.toString(), "--output", dir.resolve("site").toString(), "--port", "0");
        assertEquals(Main.USAGE, serve.awaitExit());
        assertTrue(serve.err.toString().contains("names a file, not a folder"), serve.err.toString());
    }

    @Test
    void stalledClientsDoNotHoldUpOtherRequests() throws Exception {
        Path content = content();
        try (Serving serve = Serving.start("--content", content.toString(), "--output", dir.resolve("site").toString(), "--port", "0")) {
            serve.awaitVersionAfter("0");
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 12; i++) {
                    Socket s = new Socket("127.0.0.1", serve.port());
                    OutputStream o = s.getOutputStream();
                    if (i % 2 == 0) o.write("GET / HTTP".getBytes(StandardCharsets.US_ASCII));
                    o.flush();
                    stalled.add(s);
                }
                long start = System.nanoTime();
                assertEquals(200, serve.get("/").statusCode());
                assertTrue(System.nanoTime() - start < 5_000_000_000L, "answered while 12 clients stall");
            } finally {
                for (Socket s : stalled) s.close();
            }
        }
    }

    @Test
    void anOutputFolderInsideTheContentFolderIsRefusedOnceBeforeServing() throws Exception {
        Path content = content();
        Serving serve = Serving.start("--content", content.toString(), "--output", content.resolve("site").toString(), "--port", "0");
        assertEquals(Main.USAGE, serve.awaitExit());
        String err = serve.err.toString();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains("content folder"), err);
        assertFalse(Files.exists(content.resolve("site")), "nothing was written into the content folder");
    }
}
