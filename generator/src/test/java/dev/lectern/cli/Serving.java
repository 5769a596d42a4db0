package dev.lectern.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;

/** A {@code lectern serve} running on a thread of the test, on a free loopback port, with its output captured. */
final class Serving implements AutoCloseable {
    final ServeCommand command;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Thread thread;
    private volatile int exit = -1;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Serving(ServeCommand command, String... args) {
        this.command = command;
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? Main.USAGE : Main.FAILED);
        thread = new Thread(() -> exit = cli.execute(args), "test-serve");
        thread.start();
    }

    /** Starts serve and waits until it listens (or has exited). */
    static Serving start(ServeCommand command, String... args) throws InterruptedException {
        Serving s = new Serving(command, args);
        s.await(() -> command.boundPort >= 0 || !s.thread.isAlive(), "serve listens");
        return s;
    }

    static Serving start(String... args) throws InterruptedException {
        return start(new ServeCommand(), args);
    }

    int port() {
        return command.boundPort;
    }

    /** The exit code, once serve has returned on its own. */
    int awaitExit() throws InterruptedException {
        thread.join(30_000);
        return exit;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path)).timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String version() throws IOException, InterruptedException {
        return get("/__lectern/version").body();
    }

    /** Waits (up to 30 s) for a condition the server reaches on its own. */
    void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting: " + what + "\nout:\n" + out + "\nerr:\n" + err);
            Thread.sleep(20);
        }
    }

    String settled() throws IOException, InterruptedException {
        return get("/__lectern/settled").body();
    }

    /** Waits for a version after {@code before} at which the whole site is built (no build pending). */
    void awaitVersionAfter(String before) throws InterruptedException {
        await(() -> {
            try {
                String now = version();
                return !now.equals(before) && now.equals(settled());
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }, "a rebuild after version " + before);
    }

    @Override
    public void close() throws InterruptedException {
        command.stop.countDown();
        thread.join(30_000);
    }
}
