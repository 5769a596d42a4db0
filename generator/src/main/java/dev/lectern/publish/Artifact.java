package dev.lectern.publish;

import java.nio.charset.StandardCharsets;

/** One output file: its path relative to the site root (forward slashes, no leading slash) and its bytes. */
public record Artifact(String path, byte[] bytes) implements Comparable<Artifact> {
    public Artifact {
        if (path.startsWith("/") || path.contains("\\") || path.contains("..")) {
            throw new IllegalArgumentException("artifact path must be relative and normalised: " + path);
        }
    }

    public static Artifact text(String path, String content) {
        return new Artifact(path, content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int compareTo(Artifact o) {
        return path.compareTo(o.path);
    }
}
