package dev.lectern.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the repository: surefire passes {@code lectern.root}; from an IDE the module folder's parent. */
public final class Paths {
    private Paths() {
    }

    public static Path root() {
        String p = System.getProperty("lectern.root");
        Path root = p != null ? Path.of(p) : Path.of("..");
        if (!Files.isDirectory(root.resolve("content"))) root = Path.of(".");
        return root.toAbsolutePath().normalize();
    }

    public static Path fixtures() {
        return root().resolve("generator/src/test/resources/fixtures");
    }
}
