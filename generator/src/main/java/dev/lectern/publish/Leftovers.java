package dev.lectern.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The folders a build makes beside its output, {@code .site.new-*} (being written) and {@code .site.old-*} (the
 * previous site, moved aside for the swap), and their removal when a build killed before its end left them. Only a
 * folder whose name has this pattern for this output and which holds the marker file is ever removed.
 */
final class Leftovers {
    private Leftovers() {
    }

    /** A new name beside {@code out}: {@code .NAME.KIND-RANDOM}. */
    static Path name(Path out, String kind) {
        String random = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        return out.resolveSibling("." + out.getFileName() + "." + kind + "-" + random);
    }

    /**
     * Removes the leftovers of earlier builds. A build killed between its two renames left no output but the previous
     * site moved aside: that is put back first, so the folder is never lost.
     */
    static void removeAll(Path out) throws IOException {
        List<Path> found = find(out);
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            Path previous = found.stream().filter(p -> p.getFileName().toString().contains(".old-")).findFirst().orElse(null);
            if (previous != null) {
                Files.move(previous, out);
                found.remove(previous);
            }
        }
        for (Path p : found) delete(p);
    }

    /** This output's leftovers that carry the marker, newest first. */
    static List<Path> find(Path out) throws IOException {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(out.getFileName().toString()) + "\\.(new|old)-[0-9a-z]+");
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent())) {
            for (Path p : siblings) {
                if (ours.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.isRegularFile(p.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS) && !inUse(p)) {
                    found.add(p);
                }
            }
        }
        found.sort(Comparator.comparing(Leftovers::modified).reversed());
        return found;
    }

    /** A build still writing holds a lock on its marker (the system drops it when the build dies, kill -9 included). */
    private static boolean inUse(Path dir) {
        try (FileChannel marker = FileChannel.open(dir.resolve(OutputFolder.MARKER), StandardOpenOption.WRITE)) {
            FileLock lock = marker.tryLock();
            if (lock == null) return true;
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Deletes a folder we made, without following symbolic links out of it; a folder already gone is fine. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) throw exc;
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
