package dev.lectern.cli;

import dev.lectern.build.Pipeline;
import dev.lectern.build.Preview;
import dev.lectern.build.Refused;
import dev.lectern.config.UrlStyle;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.DisplayPath;
import dev.lectern.diag.Severity;
import dev.lectern.serve.DevServer;
import dev.lectern.serve.Rebuilder;
import dev.lectern.serve.SiteVersion;
import dev.lectern.serve.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    UrlsOption urls;

    @Option(names = "--port", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one)", defaultValue = "8000")
    int port;

    @Spec
    CommandSpec spec;

    /**
     * The build that serve runs; tests replace it (to throw an OutOfMemoryError, or to swap the site slowly), and then
     * every change waits for a whole build. By default a {@link Preview} shows an edit's open pages first.
     */
    interface SiteBuild {
        Pipeline.Result build(Path content, Path output) throws IOException;
    }

    SiteBuild siteBuild;
    /** Counted down to stop serving; tests use it, a user presses Ctrl-C. */
    final CountDownLatch stop = new CountDownLatch(1);
    volatile int boundPort = -1;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        UrlStyle style = urls.style();
        if (Files.exists(content) && !Files.isDirectory(content)) {
            err.println("error: --content names a file, not a folder: " + DisplayPath.of(content));
            err.flush();
            return Main.USAGE;
        }
        if (Files.isDirectory(content)) {
            // the folders a build would refuse are refused once, up front, not on every rebuild
            try {
                Pipeline.checkFolders(content, output);
            } catch (Refused e) {
                say(err, "error: " + e.getMessage());
                return Main.USAGE;
            }
        }
        Preview preview = siteBuild == null ? new Preview(content, output, style) : null;
        SiteVersion version = new SiteVersion();
        DevServer server;
        try {
            // listen first: a port in use is a usage error, said before a build that would be wasted
            server = new DevServer(port, output, version);
        } catch (IOException | IllegalArgumentException e) {
            err.printf(Locale.ROOT, "error: port %d on 127.0.0.1 is not available (%s): choose another with --port N, or --port 0 for a free one%n",
                    port, e.getMessage());
            err.flush();
            return Main.USAGE;
        }
        Path project = content.toAbsolutePath().normalize().getParent();
        List<Path> watched = project == null ? List.of(content) : List.of(content, project.resolve("themes"));
        try (server; Rebuilder rebuilder = new Rebuilder(() -> build(preview, out, err), preview == null ? null : preview::show, version,
                server::openPages, err)) {
            Watcher watcher;
            try {
                watcher = new Watcher(watched, output, line -> say(err, line), (java.util.Set<Path> paths) -> {
                    if (Files.isDirectory(content)) rebuilder.changed(paths); // else the watcher says it waits for the folder
                });
            } catch (IOException e) {
                say(err, "error: cannot watch " + DisplayPath.of(content) + " for changes (" + e.getMessage()
                        + "); on Linux, raise fs.inotify.max_user_watches");
                return Main.FAILED;
            }
            try (watcher) {
                boundPort = server.port();
                out.printf(Locale.ROOT, "Serving %s at http://127.0.0.1:%d/ (Ctrl-C stops)%n", DisplayPath.of(output), server.port());
                out.flush();
                if (Files.isDirectory(content)) {
                    rebuilder.request();
                } else {
                    say(err, "waiting for the content folder " + DisplayPath.of(content) + " to exist (create it, or pass --content DIR)");
                }
                stop.await();
            }
        }
        return Main.OK;
    }

    /** A whole build; the site paths it changed, or null when not known (a test's build). */
    private List<String> build(Preview preview, PrintWriter out, PrintWriter err) throws IOException {
        long start = System.nanoTime();
        Pipeline.Result r = preview != null ? preview.build() : siteBuild.build(content, output);
        for (Diagnostic d : r.diagnostics().sorted()) if (d.severity() != Severity.NOTE) err.println(d.format());
        out.printf(Locale.ROOT, "Built %d questions in %.2f s.%n", r.site().questionCount(), (System.nanoTime() - start) / 1e9);
        out.flush();
        err.flush();
        return preview != null ? preview.committed() : null;
    }

    private static void say(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }
}
