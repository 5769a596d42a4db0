package dev.lectern.diag;

import java.nio.file.Path;

/** How messages name a file: relative to the working directory when it is below it, as editors and CI annotations expect. */
public final class DisplayPath {
    private DisplayPath() {
    }

    public static String of(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
