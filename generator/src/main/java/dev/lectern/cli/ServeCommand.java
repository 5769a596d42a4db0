package dev.lectern.cli;

import dev.lectern.build.Pipeline;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.serve.DevServer;
import dev.lectern.serve.Watcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, serve it on localhost, and rebuild and reload open pages when content or theme change.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})", defaultValue = "content")
    Path content;

    @Option(names = "--output", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})", defaultValue = "site")
    Path output;

    @Option(names = "--port", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one)", defaultValue = "8000")
    int port;

    @Spec
    CommandSpec spec;

    /** Counted down to stop serving; tests use it, a user presses Ctrl-C. */
    final CountDownLatch stop = new CountDownLatch(1);
    volatile int boundPort = -1;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AtomicLong version = new AtomicLong();
        Pipeline pipeline = new Pipeline();
        Runnable rebuild = () -> {
            synchronized (pipeline) {
                build(pipeline, out, err);
                version.incrementAndGet();
            }
        };
        rebuild.run();
        Path themes = content.toAbsolutePath().normalize().getParent().resolve("themes");
        try (DevServer server = new DevServer(port, () -> output, version);
             Watcher watcher = new Watcher(List.of(content, themes), rebuild)) {
            boundPort = server.port();
            out.printf(Locale.ROOT, "Serving %s at http://127.0.0.1:%d/ (Ctrl-C stops)%n", output, server.port());
            out.flush();
            stop.await();
        }
        return Main.OK;
    }

    private void build(Pipeline pipeline, PrintWriter out, PrintWriter err) {
        long start = System.nanoTime();
        try {
            Pipeline.Result r = pipeline.build(content, output);
            for (Diagnostic d : r.diagnostics().sorted()) if (d.severity() != Severity.NOTE) err.println(d.format());
            out.printf(Locale.ROOT, "Built %d questions in %.2f s.%n", r.site().questionCount(), (System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            err.println("error: build failed: " + e.getMessage());
        }
        out.flush();
        err.flush();
    }
}
