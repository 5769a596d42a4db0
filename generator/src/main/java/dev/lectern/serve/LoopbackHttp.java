package dev.lectern.serve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A small HTTP/1.1 server on 127.0.0.1 for the preview: GET and HEAD, one request per connection.
 *
 * <p>Each connection gets a thread of its own, a read timeout and a deadline, so a client that stalls (half a request
 * line, or nothing) holds only its own thread, and only for a while. Why not a library: the JDK's
 * {@code com.sun.net.httpserver} parses requests on its executor's threads and takes its timeouts only from JVM-wide
 * system properties (with its fixed pool of 4, four stalled clients hung the preview); Jetty 12 would do, but adds
 * 2.3 MB to the jar and would put two Jetty versions on the test classpath (the HTML checker brings Jetty 11). Serving files to an author's own
 * browser needs a request line and a status line, which this class reads and writes.
 */
final class LoopbackHttp implements AutoCloseable {
    static final int READ_TIMEOUT_MS = 10_000;
    static final int DEADLINE_MS = 60_000;
    static final int MAX_CONNECTIONS = 256;
    private static final int MAX_LINE = 8192;
    private static final int MAX_HEADERS = 100;

    /** Answers a request for a path already decoded and checked by {@link RequestPath}, with its raw query ("" if none). */
    interface Handler {
        Response handle(String path, String query) throws IOException;
    }

    /** An answer; {@code location} is set for redirects only. */
    record Response(int status, String type, byte[] body, String location) {
        static Response of(int status, String type, byte[] body) {
            return new Response(status, type, body, null);
        }

        static Response text(int status, String text) {
            return of(status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private final ServerSocket listener;
    private final Handler handler;
    private final int readTimeoutMs;
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "lectern-serve-deadline"));

    /** Binds at once, so a port in use is known before anything else runs. */
    LoopbackHttp(int port, Handler handler) throws IOException {
        this(port, handler, READ_TIMEOUT_MS);
    }

    LoopbackHttp(int port, Handler handler, int readTimeoutMs) throws IOException {
        this.handler = handler;
        this.readTimeoutMs = readTimeoutMs;
        this.listener = new ServerSocket();
        try {
            listener.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 50);
        } catch (IOException e) {
            listener.close();
            deadlines.shutdownNow();
            throw e;
        }
        daemon(this::accept, "lectern-serve-accept").start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                if (!slots.tryAcquire()) {
                    socket.close(); // a flood of clients: refuse the newcomer rather than queue it behind stalled ones
                    continue;
                }
                try {
                    daemon(() -> serve(socket), "lectern-serve-connection").start();
                } catch (OutOfMemoryError | RuntimeException e) { // no thread to be had: this client waits for none
                    slots.release();
                    closeQuietly(socket);
                    pause();
                }
            } catch (IOException | RuntimeException e) {
                pause(); // closed (the loop ends), or out of file handles or threads for a moment: do not spin
            }
        }
    }

    private void serve(Socket socket) {
        // closing the socket unblocks a read or a write that the read timeout does not cover (a client that stops reading)
        ScheduledFuture<?> deadline = null;
        try (socket) {
            deadline = deadlines.schedule(() -> closeQuietly(socket), DEADLINE_MS, TimeUnit.MILLISECONDS);
            socket.setSoTimeout(readTimeoutMs);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            String requestLine = readLine(in);
            if (requestLine == null || !skipHeaders(in)) {
                write(out, Response.text(400, "bad request"), false);
                return;
            }
            String[] parts = requestLine.split(" ", -1);
            boolean head = parts[0].equals("HEAD");
            write(out, answer(parts), head);
        } catch (IOException | RejectedExecutionException e) {
            // the client stalled past the timeout or went away, or the server is stopping: there is no one to answer
        } finally {
            if (deadline != null) deadline.cancel(false);
            slots.release();
        }
    }

    private Response answer(String[] parts) throws IOException {
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) return Response.text(400, "bad request");
        if (!parts[0].equals("GET") && !parts[0].equals("HEAD")) return Response.text(405, "only GET and HEAD");
        String path = RequestPath.decode(parts[1]);
        if (path == null) return Response.text(400, "bad request path");
        int q = parts[1].indexOf('?');
        try {
            return handler.handle(path, q < 0 ? "" : parts[1].substring(q + 1));
        } catch (RuntimeException e) {
            return Response.text(500, "internal error: " + e);
        }
    }

    /** The headers say nothing a file server needs (every answer closes the connection): read past them. */
    private static boolean skipHeaders(InputStream in) throws IOException {
        for (int i = 0; i <= MAX_HEADERS; i++) {
            String header = readLine(in);
            if (header == null) return false;
            if (header.isEmpty()) return true;
        }
        return false;
    }

    /** One line of the request head (ISO-8859-1, CRLF or LF); null at the end of input or past {@link #MAX_LINE}. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0 || line.length() >= MAX_LINE) return null;
            line.append((char) c);
        }
        int end = line.length();
        return line.substring(0, end > 0 && line.charAt(end - 1) == '\r' ? end - 1 : end);
    }

    private static void write(OutputStream out, Response r, boolean head) throws IOException {
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "HTTP/1.1 %d %s\r\n", r.status(), reason(r.status())));
        h.append("Content-Type: ").append(r.type()).append("\r\n");
        h.append("Content-Length: ").append(r.body().length).append("\r\n");
        if (r.location() != null) h.append("Location: ").append(r.location()).append("\r\n");
        h.append("Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n");
        out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!head) out.write(r.body());
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable job, String name) {
        Thread t = new Thread(job, name);
        t.setDaemon(true);
        return t;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        listener.close();
    }
}
