package dev.lectern.serve;

import dev.lectern.serve.LoopbackHttp.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Serves the site folder on 127.0.0.1 (never on other interfaces: the preview is the author's own). Pages wait on
 * {@code /__lectern/version?since=N&page=P} through {@code /__lectern/reload.js}, a long poll held until the
 * {@link SiteVersion} moves past the page's version N (or for {@link #WAIT_MS}), and reload when it has; meanwhile
 * the page P counts as open ({@link OpenPages}), so a rebuild renders it first. Each connection has a thread of its
 * own, so waiting pages hold up no other request. The answer is the version, or {@code reload} for a page served by an
 * earlier run of the server (its {@code epoch} differs), whose numbers mean nothing now. {@code /__lectern/settled}
 * answers, and waits, the same way for the version at which the whole site is built.
 *
 * <p>The page reaches the browser byte for byte, with one tag appended after its end: the HTML parsing algorithm puts
 * a start tag that follows {@code </html>} into the body ("after after body" insertion mode reprocesses it "in body"),
 * so the script runs as the body's last element in every browser, and nothing in the page is searched or changed.
 */
public final class DevServer implements AutoCloseable {
    static final String VERSION_PATH = "/__lectern/version";
    static final String RELOAD_PATH = "/__lectern/reload.js";
    static final String SETTLED_PATH = "/__lectern/settled";
    static final long WAIT_MS = 25_000;
    private static final byte[] RELOAD_JS = resource("reload.js");
    private static final String NO_SITE = "<!DOCTYPE html>\n<html lang=\"en\"><meta charset=\"utf-8\"><title>No site yet</title>"
            + "<p>There is no site to show yet: the terminal running <code>lectern serve</code> says why. This page"
            + " reloads when a build succeeds.</p></html>\n";

    private final LoopbackHttp http;
    private final SiteFiles files;
    private final SiteVersion version;
    private final OpenPages open = new OpenPages();
    /** Tells this run of the server from earlier ones, whose pages may still be open. */
    private final String epoch = Long.toString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE, 36);

    /** Binds the port at once (a {@link java.net.BindException} when it is taken); serves {@code site} as it is then. */
    public DevServer(int port, Path site, SiteVersion version) throws IOException {
        this.files = new SiteFiles(site);
        this.version = version;
        this.http = new LoopbackHttp(port, this::handle);
    }

    /** The pages open in browsers now or a moment ago, as site files ({@code guide/index.html}). */
    public Set<String> openPages() {
        return open.now();
    }

    public int port() {
        return http.port();
    }

    private Response handle(String path, String query) throws IOException {
        if (path.equals(VERSION_PATH) || path.equals(SETTLED_PATH)) return versionAnswer(path.equals(SETTLED_PATH), Query.parse(query));
        if (path.equals(RELOAD_PATH)) return Response.of(200, "text/javascript; charset=utf-8", RELOAD_JS);
        long served = version.version(); // read first: a page newer than its version only reloads once more
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

    /** The version now, or once it moves past {@code since}; {@code reload} for a page of another run of the server. */
    private Response versionAnswer(boolean settled, Map<String, String> query) throws IOException {
        long since;
        try {
            since = Long.parseLong(query.getOrDefault("since", "-1"));
        } catch (NumberFormatException e) {
            return Response.text(400, "since must be a version number");
        }
        if (query.containsKey("epoch") && !query.get("epoch").equals(epoch)) return text("reload");
        String page = query.containsKey("page") ? RequestPath.decode(query.get("page")) : null;
        if (page != null) open.enter(OpenPages.file(page));
        try {
            return text(Long.toString(since < 0 ? (settled ? version.settled() : version.version())
                    : settled ? version.awaitSettled(since, WAIT_MS) : version.awaitVersion(since, WAIT_MS)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopping");
        } finally {
            if (page != null) open.leave(OpenPages.file(page));
        }
    }

    private static Response text(String body) {
        return Response.of(200, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private Response withReload(Response page, long version) {
        byte[] tag = ("<script src=\"" + RELOAD_PATH + "\" data-version=\"" + version + "\" data-epoch=\"" + epoch + "\"></script>\n")
                .getBytes(StandardCharsets.UTF_8);
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
        version.close();
        http.close();
    }
}
