package dev.lectern.publish;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code _headers}, the cache rules Netlify and Cloudflare Pages read from the site's root (other hosts ignore it, and
 * serve it as a plain file): a fingerprinted file ({@link Fingerprint}) may be kept a year, every other file is checked
 * again on every use. Both hosts join the values of every rule that matches a path ("no-cache, public, max-age=…"), so
 * the rules never overlap: one per fingerprinted file, and for the rest the widest folder ({@code /guide/*}) that holds
 * no fingerprinted file, else the file itself. Cloudflare Pages reads at most 100 rules: past that, only the
 * fingerprinted files get one, and the rest keep the hosts' default, which revalidates too.
 */
public final class CacheRules {
    public static final String PATH = "_headers";
    static final String IMMUTABLE = "Cache-Control: public, max-age=31536000, immutable";
    static final String REVALIDATE = "Cache-Control: no-cache";
    static final int MAX_RULES = 100;

    private CacheRules() {
    }

    /** The rules for a site of these files, of which {@code fingerprinted} carry a content hash in their names. */
    public static Artifact of(Collection<String> paths, Collection<String> fingerprinted) {
        Set<String> hashed = new TreeSet<>(fingerprinted);
        Set<String> holdsHashed = new HashSet<>();
        for (String p : hashed) for (int i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) holdsHashed.add(p.substring(0, i + 1));
        Set<String> others = new TreeSet<>();
        others.add("/"); // the root's address, which hosts answer with index.html
        for (String p : paths) {
            if (hashed.contains(p) || p.equals(PATH)) continue;
            others.add("/" + widest(p, holdsHashed));
        }
        StringBuilder out = new StringBuilder("""
                # Cache rules for Netlify and Cloudflare Pages, written by Lectern; other hosts ignore this file.
                # A theme file's name carries a hash of its content (style.3f9a1c2b.css): a changed file gets a new name,
                # so it may be kept a year. Every other file keeps its name from build to build: it is checked on every use.
                # No two rules match one path, since both hosts join the values of every rule that matches.
                """);
        for (String p : hashed) rule(out, "/" + p, IMMUTABLE);
        if (hashed.size() + others.size() <= MAX_RULES) {
            for (String p : others) rule(out, p, REVALIDATE);
        } else {
            out.append("\n# More files and folders than the 100 rules Cloudflare Pages reads: the rest keep the host's default,\n"
                    + "# which checks them on every use too.\n");
        }
        return new Artifact(PATH, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The widest folder above {@code path} that holds no fingerprinted file, as {@code dir/*}; else the path itself. */
    private static String widest(String path, Set<String> holdsHashed) {
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            String dir = path.substring(0, i + 1);
            if (!holdsHashed.contains(dir)) return encode(dir) + "*";
        }
        return encode(path);
    }

    private static void rule(StringBuilder out, String path, String header) {
        out.append('\n').append(path).append("\n  ").append(header).append('\n');
    }

    /**
     * A path as a browser asks for it, percent-encoded but for unreserved characters and '/': a space would end the
     * rule's path, and ':' or '*' would read as a placeholder or a wildcard.
     */
    static String encode(String path) {
        StringBuilder s = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                s.append(c);
            } else {
                s.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return s.toString();
    }
}
