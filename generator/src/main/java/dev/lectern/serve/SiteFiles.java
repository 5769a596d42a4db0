package dev.lectern.serve;

import dev.lectern.serve.LoopbackHttp.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the files of the current site, safely and consistently.
 *
 * <p>Safely: a file is served only when its real path (symlinks resolved) lies inside the site's real path.
 *
 * <p>Consistently: a rebuild replaces the site folder by renames (the old folder moved out, the new one moved in), so
 * a lookup that overlaps the swap could find no folder at all, or walk half its path in each. A lookup counts only when
 * the site was the same directory (same file key: device and inode) before and after it; otherwise it is made again,
 * and a swap takes microseconds. A file is read whole once opened, and an open file reads to its end even when its
 * folder is moved away and deleted, so every request gets the last complete site or the new one, never the gap.
 * This needs nothing from the writer but that it swaps by rename.
 */
final class SiteFiles {
    static final String HTML = "text/html; charset=utf-8";
    private static final long WAIT_NANOS = 1_000_000_000L;
    private static final Map<String, String> TYPES = Map.of("html", HTML, "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon", "txt", "text/plain; charset=utf-8", "xml", "application/xml; charset=utf-8");

    private final Path site;

    SiteFiles(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** The answer for a decoded request path, or null when there is no site (not built yet, or its build failed). */
    Response get(String path) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        do {
            Object before = identity();
            if (before != null) {
                Response answer = lookup(path);
                if (before.equals(identity())) return answer;
            }
            Thread.sleep(5); // in the middle of a swap, or no site yet
        } while (System.nanoTime() < deadline);
        return null;
    }

    /** Which directory the site path names now; null when there is none. */
    private Object identity() {
        try {
            BasicFileAttributes a = Files.readAttributes(site, BasicFileAttributes.class);
            // no file key on some file systems (Windows): the new folder's creation time tells it from the old one
            return a.isDirectory() ? Objects.requireNonNullElse(a.fileKey(), a.creationTime()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private Response lookup(String path) {
        try {
            Path base = site.toRealPath();
            Path file = base;
            for (String segment : path.split("/")) {
                if (!segment.isEmpty()) file = file.resolve(segment);
            }
            Path real = inside(base, file);
            if (real != null && Files.isDirectory(real)) {
                // a folder's index.html links relative to the folder: the address must end with a slash
                if (!path.endsWith("/")) return new Response(301, "text/plain", new byte[0], encode(path + "/"));
                real = inside(base, real.resolve("index.html"));
            }
            if (real == null || !Files.isRegularFile(real)) return notFound(base);
            return Response.of(200, type(real), Files.readAllBytes(real));
        } catch (IOException | InvalidPathException e) {
            return Response.text(404, "not found");
        }
    }

    private static Response notFound(Path base) throws IOException {
        Path page = inside(base, base.resolve("404.html"));
        if (page == null || !Files.isRegularFile(page)) return Response.text(404, "not found");
        return Response.of(404, HTML, Files.readAllBytes(page));
    }

    /** The real path of a file when it exists and lies inside the site; null otherwise (a symlink out included). */
    private static Path inside(Path base, Path file) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(base) ? real : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String known = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (known != null) return known;
        String guessed = URLConnection.guessContentTypeFromName(name);
        return guessed != null ? guessed : "application/octet-stream";
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
