package dev.lectern.serve;

import dev.lectern.serve.LoopbackHttp.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Serves the site folder on 127.0.0.1 (never on other interfaces: the preview is the author's own). Pages poll
 * {@code /__lectern/version} through {@code /__lectern/reload.js} and reload when a rebuild has bumped it.
 *
 * <p>The page reaches the browser byte for byte, with one tag appended after its end: the HTML parsing algorithm puts
 * a start tag that follows {@code </html>} into the body ("after after body" insertion mode reprocesses it "in body"),
 * so the script runs as the body's last element in every browser, and nothing in the page is searched or changed.
 */
public final class DevServer implements AutoCloseable {
    static final String VERSION_PATH = "/__lectern/version";
    static final String RELOAD_PATH = "/__lectern/reload.js";
    private static final byte[] RELOAD_JS = resource("reload.js");
    private static final String NO_SITE = "<!DOCTYPE html>\n<html lang=\"en\"><meta charset=\"utf-8\"><title>No site yet</title>"
            + "<p>There is no site to show yet: the terminal running <code>lectern serve</code> says why. This page"
            + " reloads when a build succeeds.</p></html>\n";

    private final LoopbackHttp http;
    private final SiteFiles files;
    private final LongSupplier version;

    /** Binds the port at once (a {@link java.net.BindException} when it is taken); serves {@code site} as it is then. */
    public DevServer(int port, Path site, LongSupplier version) throws IOException {
        this.files = new SiteFiles(site);
        this.version = version;
        this.http = new LoopbackHttp(port, this::handle);
    }

    public int port() {
        return http.port();
    }

    private Response handle(String path) throws IOException {
        if (path.equals(VERSION_PATH)) return Response.of(200, "text/plain; charset=utf-8", Long.toString(version.getAsLong()).getBytes(StandardCharsets.UTF_8));
        if (path.equals(RELOAD_PATH)) return Response.of(200, "text/javascript; charset=utf-8", RELOAD_JS);
        long served = version.getAsLong(); // read first: a page newer than its version only reloads once more
        Response answer;
        try {
            answer = files.get(path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopping");
        }
        if (answer == null) answer = Response.of(503, SiteFiles.HTML, NO_SITE.getBytes(StandardCharsets.UTF_8));
        return answer.type().equals(SiteFiles.HTML) ? withReload(answer, served) : answer;
    }

    private static Response withReload(Response page, long version) {
        byte[] tag = ("<script src=\"" + RELOAD_PATH + "\" data-version=\"" + version + "\"></script>\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(page.body(), page.body().length + tag.length);
        System.arraycopy(tag, 0, body, page.body().length, tag.length);
        return new Response(page.status(), page.type(), body, page.location());
    }

    private static byte[] resource(String name) {
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
