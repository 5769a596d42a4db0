package dev.lectern.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Writes a new site into a folder that does not exist yet or is empty; see {@link #FILES} for what it holds. */
public final class Scaffold {
    /** Where the launcher script finds Lectern, relative to the new site's folder. */
    public static final String JAR = ".lectern/lectern.jar";

    /** One file of the new site: a resource under {@code scaffold/} and its path in the new folder. */
    record File(String resource, String target, boolean executable) {
    }

    // Resources keep no leading dots: Maven's resource copying leaves out files such as .gitignore by default.
    static final List<File> FILES = List.of(
            new File("README.md", "README.md", false),
            new File("gitignore", ".gitignore", false),
            new File("lectern.sh", "lectern", true),
            new File("github/pages.yml", ".github/workflows/pages.yml", false),
            new File("content/lectern.yml", "content/lectern.yml", false),
            new File("content/01-getting-started.md", "content/01-getting-started.md", false),
            new File("content/02-faq.md", "content/02-faq.md", false),
            new File("content/img/build.svg", "content/img/build.svg", false));

    private Scaffold() {
    }

    /** Why {@code dir} cannot take a new site (it is a file, or a folder that holds something), or empty when it can. */
    public static Optional<String> refusal(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir)) return Optional.of("is a symbolic link; give a new folder's path");
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("is a file; give a new folder's path");
        }
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) return Optional.of("already exists and is not empty; give a new or empty folder "
                        + "(lectern new never writes over anything)");
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the new site into {@code dir} (created when missing; refused by {@link #refusal} first) and, when
     * {@code jar} is given, copies it to {@link #JAR}. Every file is created new: one that appears meanwhile is an
     * error, never overwritten. Returns the paths written, relative to {@code dir}, with forward slashes.
     */
    public static List<String> write(Path dir, Optional<Path> jar) throws IOException {
        Optional<String> refused = refusal(dir);
        if (refused.isPresent()) throw new IOException(dir + " " + refused.get());
        Files.createDirectories(dir);
        List<String> written = new ArrayList<>();
        for (File f : FILES) {
            Path target = inside(dir, f.target());
            try (InputStream in = Scaffold.class.getResourceAsStream("/scaffold/" + f.resource())) {
                if (in == null) throw new IOException("Lectern's resource scaffold/" + f.resource() + " is missing");
                Files.createDirectories(target.getParent());
                Files.copy(in, target); // no REPLACE_EXISTING: a file that is there stays as it was
            }
            if (f.executable()) executable(target);
            written.add(f.target());
        }
        if (jar.isPresent()) {
            Path target = inside(dir, JAR);
            Files.createDirectories(target.getParent());
            Files.copy(jar.get(), target);
            written.add(JAR);
        }
        return written;
    }

    /** {@code name} under {@code dir}; the names are ours, so this only guards against a mistake in {@link #FILES}. */
    private static Path inside(Path dir, String name) throws IOException {
        Path target = dir.resolve(name).normalize();
        if (!target.startsWith(dir.normalize()) || target.equals(dir.normalize())) throw new IllegalStateException(name + " is not inside " + dir);
        return target;
    }

    /** rwxr-xr-x where the file system has POSIX modes (elsewhere, git or the user sets the bit). */
    private static void executable(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
