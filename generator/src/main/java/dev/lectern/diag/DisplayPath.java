package dev.lectern.diag;

import java.net.URI;
import java.nio.file.Path;

/**
 * How messages and output name a source file: relative to the project folder (the content folder's parent), so that
 * {@code content/x.md:12} reads the same, and the site's bytes are the same, wherever the build is started from.
 */
public final class DisplayPath {
    private DisplayPath() {
    }

    /** {@code p} relative to the parent of {@code contentDir}. */
    public static String of(Path p, Path contentDir) {
        Path abs = p.toAbsolutePath().normalize();
        Path project = contentDir.toAbsolutePath().normalize().getParent();
        return project != null && abs.startsWith(project) && !abs.equals(project) ? relative(abs, project) : text(abs);
    }

    /** {@code p} (below {@code base}) relative to {@code base}, with forward slashes and its names read as UTF-8. */
    public static String relative(Path p, Path base) {
        String all = text(p.toAbsolutePath().normalize());
        String prefix = text(base.toAbsolutePath().normalize());
        return all.startsWith(prefix + "/") ? all.substring(prefix.length() + 1) : prefix.equals("/") ? all.substring(1) : all;
    }

    /**
     * An absolute path as text, its names read as UTF-8 whatever the locale. Under a POSIX locale (CI often has no
     * other) Java decodes file names as ASCII and turns each other byte into '?', so {@code ünïcødé.md} would get
     * another slug than under a UTF-8 locale; the file's URI keeps the bytes, and {@link URI#getPath} reads them as
     * UTF-8.
     */
    public static String text(Path abs) {
        if (UTF8_NAMES || java.io.File.separatorChar == '\\') return abs.toString().replace('\\', '/');
        String path = abs.toUri().getPath();
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static final boolean UTF8_NAMES = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));

    /** For folders given on the command line: relative to the working directory when below it. */
    public static String of(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.equals(cwd) ? "" : abs.startsWith(cwd) ? relative(abs, cwd) : text(abs);
    }
}
