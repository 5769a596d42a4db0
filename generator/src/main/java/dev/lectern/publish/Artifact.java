package dev.lectern.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One output file: its path relative to the site root (forward slashes, no leading slash) and its bytes; or for a file
 * published as it is (an image of the content folder) the file to copy, which the writer streams: a big download is
 * never held in memory; or for a big file made piece by piece ({@code llms-full.txt}: 85 MB for a site a hundred times
 * content/) its parts, which the writer writes one after the other: they are never joined into a second copy.
 */
public record Artifact(String path, byte[] bytes, Path copyOf, List<byte[]> parts) implements Comparable<Artifact> {
    public Artifact {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || leaves(path)) {
            throw new IllegalArgumentException("artifact path must be relative and normalised: " + path);
        }
        if ((bytes != null ? 1 : 0) + (copyOf != null ? 1 : 0) + (parts != null ? 1 : 0) != 1) {
            throw new IllegalArgumentException("an artifact has bytes, parts or a file to copy: " + path);
        }
        if (parts != null) parts = List.copyOf(parts);
    }

    public Artifact(String path, byte[] bytes) {
        this(path, bytes, null, null);
    }

    public static Artifact text(String path, String content) {
        return new Artifact(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The file {@code from}, published at {@code path} byte for byte. */
    public static Artifact copy(String path, Path from) {
        return new Artifact(path, null, from, null);
    }

    /** A file whose bytes are {@code parts}, one after the other. */
    public static Artifact joined(String path, List<byte[]> parts) {
        return new Artifact(path, null, null, parts);
    }

    /**
     * The file's bytes, a file of parts joined (for tests and the rare comparison: the writer writes the parts as they
     * are); null for a file to copy.
     */
    @Override
    public byte[] bytes() {
        if (parts == null) return bytes;
        byte[] out = new byte[Math.toIntExact(parts.stream().mapToLong(p -> p.length).sum())];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
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
