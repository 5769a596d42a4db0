package dev.lectern.cli;

import static dev.lectern.cli.ServeCommandTest.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.build.Pipeline;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** serve keeps rebuilding and answering whatever happens to the content folder, to a build, or to the site folder. */
@Timeout(120)
class ServeResilienceTest {
    @TempDir
    Path dir;

    @Test
    void aContentFolderDeletedAndRestoredIsWatchedAgain() throws Exception {
        Path content = Files.createDirectories(dir.resolve("project/content"));
        Files.writeString(content.resolve("g.md"), guide("First question?"));
        try (Serving serve = Serving.start("--content", content.toString(), "--output", dir.resolve("site").toString(), "--port", "0")) {
            serve.awaitVersionAfter("0");
            String before = serve.version();
            delete(content);
            Thread.sleep(1500);
            Files.createDirectories(content);
            Files.writeString(content.resolve("g.md"), guide("Restored question?"));
            serve.awaitVersionAfter(before);
            serve.await(() -> body(serve, "/").contains("Restored question?"), "the restored guide is served");
            String restored = serve.version();
            Files.writeString(content.resolve("g.md"), guide("Edited after the restore?"));
            serve.awaitVersionAfter(restored);
            serve.await(() -> body(serve, "/").contains("Edited after the restore?"), "later edits rebuild too");
        }
    }

    @Test
    void startedBeforeTheContentFolderExistsItWaitsForIt() throws Exception {
        Path content = dir.resolve("project/content");
        try (Serving serve = Serving.start("--content", content.toString(), "--output", dir.resolve("site").toString(), "--port", "0")) {
            serve.await(() -> serve.err.toString().contains("waiting"), "says it waits for the folder");
            assertEquals(503, serve.get("/").statusCode(), "no site yet");
            Path staging = Files.createDirectories(dir.resolve("project/staging"));
            Files.writeString(staging.resolve("g.md"), guide("Late question?"));
            Files.move(staging, content);
            serve.await(() -> body(serve, "/").contains("Late question?"), "built once the folder exists");
        }
    }

    @Test
    void aBuildThatRunsOutOfMemoryIsReportedAndTheNextEditBuildsAgain() throws Exception {
        Path content = Files.createDirectories(dir.resolve("project/content"));
        Files.writeString(content.resolve("g.md"), guide("First question?"));
        ServeCommand command = new ServeCommand();
        Pipeline pipeline = new Pipeline();
        AtomicInteger builds = new AtomicInteger();
        command.siteBuild = (in, out) -> {
            if (builds.incrementAndGet() == 2) throw new OutOfMemoryError("Java heap space (thrown by the test)");
            return pipeline.build(in, out);
        };
        try (Serving serve = Serving.start(command, "--content", content.toString(), "--output", dir.resolve("site").toString(), "--port", "0")) {
            serve.awaitVersionAfter("0");
            String before = serve.version();
            Files.writeString(content.resolve("g.md"), guide("Too big?"));
            serve.await(() -> serve.err.toString().contains("out of memory"), "the failed build is reported");
            assertEquals(before, serve.version(), "no new site");
            assertTrue(body(serve, "/").contains("First question?"), "the last site is still served");
            Files.writeString(content.resolve("g.md"), guide("Smaller?"));
            serve.awaitVersionAfter(before);
            assertTrue(body(serve, "/").contains("Smaller?"), "the next edit builds again");
            assertEquals(1, serve.err.toString().lines().filter(l -> l.contains("memory")).count(), serve.err.toString());
        }
    }

    @Test
    void requestsDuringRebuildsAlwaysGetTheLastCompleteSite() throws Exception {
        Path content = Files.createDirectories(dir.resolve("project/content"));
        Files.writeString(content.resolve("g.md"), guide("Version 0?"));
        try (Serving serve = Serving.start(slowlySwapping(Files.createDirectories(dir.resolve("staging"))),
                "--content", content.toString(), "--output", dir.resolve("site").toString(), "--port", "0")) {
            serve.awaitVersionAfter("0");
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger answered = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> clients = Stream.of("/", "/", "/", "/404.html").map(path -> new Thread(() -> {
                while (!done.get()) {
                    try {
                        HttpResponse<String> r = serve.get(path);
                        if (r.statusCode() != 200) failures.add(path + " answered " + r.statusCode());
                        answered.incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                        failures.add(path + ": " + e);
                    }
                }
            })).toList();
            clients.forEach(Thread::start);
            try {
                for (int i = 1; i <= 12; i++) {
                    String before = serve.version();
                    Files.writeString(content.resolve("g.md"), guide("Version " + i + "?"));
                    serve.awaitVersionAfter(before);
                }
            } finally {
                done.set(true);
                for (Thread t : clients) t.join();
            }
            assertTrue(failures.isEmpty(), failures.size() + " failures of " + answered + ", first: " + failures.peek());
            assertTrue(answered.get() > 100, "requests were made during the rebuilds: " + answered);
        }
    }

    /** Publishes by renames as the writer does, but leaves the site folder missing for 100 ms between them. */
    private static ServeCommand slowlySwapping(Path staging) {
        ServeCommand command = new ServeCommand();
        Pipeline pipeline = new Pipeline();
        AtomicInteger builds = new AtomicInteger();
        command.siteBuild = (in, out) -> {
            int n = builds.incrementAndGet();
            Path fresh = staging.resolve("new-" + n);
            Pipeline.Result result = pipeline.build(in, fresh);
            if (Files.exists(out)) Files.move(out, staging.resolve("old-" + n));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Files.move(fresh, out);
            return result;
        };
        return command;
    }

    static String body(Serving serve, String path) {
        try {
            return serve.get(path).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
