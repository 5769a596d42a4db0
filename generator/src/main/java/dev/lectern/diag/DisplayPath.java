package dev.lectern.diag;

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
        Path shown = project != null && abs.startsWith(project) ? project.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /** For folders given on the command line: relative to the working directory when below it. */
    public static String of(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
