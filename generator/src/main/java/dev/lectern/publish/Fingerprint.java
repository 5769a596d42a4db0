package dev.lectern.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-hashed file names ({@code style.css} → {@code style.3f9a1c2b.css}) for the theme's files, which a host may then
 * cache for a year: a changed file gets a new name, so a page never meets a stale copy. The same bytes always give the
 * same name. Eight hex digits of SHA-256 tell apart the versions of one file; they are no security measure.
 */
public final class Fingerprint {
    /** The folder of the site where fingerprinted files live (with other files the content folder may put there). */
    public static final String FOLDER = "assets/";

    private Fingerprint() {
    }

    /** {@code path} with the hash of {@code bytes} before its extension: {@code js/a.js} → {@code js/a.0b1c2d3e.js}. */
    public static String name(String path, byte[] bytes) {
        String hash = hash(bytes);
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        // a name with no extension, or only a leading dot (.nojekyll), takes the hash at its end
        if (dot <= slash + 1) return path + "." + hash;
        return path.substring(0, dot) + "." + hash + path.substring(dot);
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
