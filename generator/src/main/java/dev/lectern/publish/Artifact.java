package dev.lectern.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One output file: its path relative to the site root (forward slashes, no leading slash) and its bytes, or for a file
 * published as it is (an image of the content folder) the file to copy, which the writer streams: a big download is
 * never held in memory.
 */
public record Artifact(String path, byte[] bytes, Path copyOf) implements Comparable<Artifact> {
    public Artifact {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || leaves(path)) {
            throw new IllegalArgumentException("artifact path must be relative and normalised: " + path);
        }
        if ((bytes == null) == (copyOf == null)) throw new IllegalArgumentException("an artifact has bytes or a file to copy: " + path);
    }

    public Artifact(String path, byte[] bytes) {
        this(path, bytes, null);
    }

    public static Artifact text(String path, String content) {
        return new Artifact(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The file {@code from}, published at {@code path} byte for byte. */
    public static Artifact copy(String path, Path from) {
        return new Artifact(path, null, from);
    }

    /** A "." or ".." segment (a file named {@code a..b.png} is fine). */
    private static boolean leaves(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) return true;
        }
        return false;
    }

    @Override
    public int compareTo(Artifact o) {
        return path.compareTo(o.path);
    }
}
