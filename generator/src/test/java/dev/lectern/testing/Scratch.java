package dev.lectern.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Where the tests write their temporary folders and files: in memory ({@code /dev/shm}) where the machine offers room
 * there, else the JVM's temporary folder. The tests create and delete tens of thousands of files (whole sites, built
 * again and again); on a disk that costs the kernel dearly in places (an ext4 without a journal looks past every inode
 * freed in the last minute for each file it creates: up to a fifth of the CPU of a build of content/), and in memory
 * next to nothing. Every {@code @TempDir} comes from here (junit-platform.properties names this class as JUnit's factory), the
 * tests' own temporary files too ({@link #folder}, {@link #file}), and the tests in Node get the same folder as their
 * {@code TMPDIR} ({@link NodeTests}). {@code -Dtest.scratch=DIR} chooses the folder instead.
 */
public final class Scratch implements TempDirFactory {
    /** Room the tests may need at once (they peaked at 200 MB): a smaller /dev/shm, as in a container, is passed over. */
    private static final long ROOM = 1L << 30;
    private static final Path ROOT = choose();

    /** The folder the tests' temporary folders and files go in. */
    public static Path root() {
        return ROOT;
    }

    private static Path choose() {
        String chosen = System.getProperty("test.scratch", "");
        if (!chosen.isBlank()) return Path.of(chosen);
        Path shm = Path.of("/dev/shm");
        return inMemoryWithRoom(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** A new empty folder under {@link #root()}, named with the prefix. */
    public static Path folder(String prefix) throws IOException {
        return Files.createTempDirectory(ROOT, prefix);
    }

    /** A new empty file under {@link #root()}. */
    public static Path file(String prefix, String suffix) throws IOException {
        return Files.createTempFile(ROOT, prefix, suffix);
    }

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
        return folder("junit");
    }

    /**
     * Whether the folder is a writable tmpfs with room to spare that may hold programs (the browser tests run the
     * launcher script of a site they create; a container's /dev/shm is often mounted noexec).
     */
    private static boolean inMemoryWithRoom(Path dir) {
        try {
            if (!Files.isDirectory(dir) || !Files.isWritable(dir) || Files.getFileStore(dir).getUsableSpace() < ROOM) return false;
            Path mounts = Path.of("/proc/mounts");
            if (!Files.isReadable(mounts)) return false;
            for (String line : Files.readAllLines(mounts)) {
                List<String> fields = List.of(line.split(" "));
                if (fields.size() >= 4 && fields.get(1).equals(dir.toString())) {
                    return fields.get(2).equals("tmpfs") && !List.of(fields.get(3).split(",")).contains("noexec");
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
