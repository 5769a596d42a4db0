package dev.lectern.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Serves a folder over HTTP on localhost. Pages poll {@code /__lectern/version} and reload when a rebuild bumps it;
 * the folder is read through {@code root} on every request, so a rebuild that swaps the folder is picked up at once.
 */
public final class DevServer implements AutoCloseable {
    static final String VERSION_PATH = "/__lectern/version";
    private static final String RELOAD = "<script>(function(){var v=null;setInterval(function(){fetch('" + VERSION_PATH
            + "').then(function(r){return r.text()}).then(function(t){if(v!==null&&t!==v)location.reload();v=t})"
            + ".catch(function(){})},1000)})();</script>";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon", "txt", "text/plain; charset=utf-8", "xml", "application/xml");

    private final HttpServer server;
    private final Supplier<Path> root;
    private final AtomicLong version;

    public DevServer(int port, Supplier<Path> root, AtomicLong version) throws IOException {
        this.root = root;
        this.version = version;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (path.equals(VERSION_PATH)) {
                send(ex, 200, "text/plain", Long.toString(version.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path base = root.get().toAbsolutePath().normalize();
            Path file = base.resolve(path.substring(1)).normalize();
            if (!file.startsWith(base)) {
                send(ex, 403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                Path notFound = base.resolve("404.html");
                boolean page = Files.isRegularFile(notFound);
                send(ex, 404, TYPES.get("html"), page ? withReload(Files.readAllBytes(notFound)) : "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(file);
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), ext.equals("html") ? withReload(body) : body);
        }
    }

    private static byte[] withReload(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        int at = s.lastIndexOf("</body>");
        return (at < 0 ? s + RELOAD : s.substring(0, at) + RELOAD + s.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
