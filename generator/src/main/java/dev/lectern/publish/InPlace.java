package dev.lectern.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Updates a site folder file by file, for a preview server that keeps serving it: a file is replaced only when its
 * bytes change, and always by a rename of a complete file beside it, so a reader gets the old file or the new one,
 * never half of one. The folder must be one Lectern built ({@link OutputFolder#replaceable}); nothing outside it is
 * touched, and no symbolic link in it is followed.
 */
public final class InPlace {
    private InPlace() {
    }

    /** Writes {@code a} into the site folder {@code out} unless the file there already has its bytes; true when written. */
    public static boolean write(Path out, Artifact a) throws IOException {
        Path target = inside(out, a.path());
        byte[] bytes = a.bytes(); // a file of parts joined: a preview's files are a small site's
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && (a.copyOf() != null ? Files.mismatch(target, a.copyOf()) == -1L : Files.size(target) == bytes.length
                && java.util.Arrays.equals(Files.readAllBytes(target), bytes))) {
            return false;
        }
        Path temp = Leftovers.name(target, "tmp");
        Files.createDirectories(target.getParent());
        try {
            if (a.copyOf() != null) Files.copy(a.copyOf(), temp);
            else Files.write(temp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
            replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }

    /**
     * Makes {@code out} hold exactly the files of {@code fresh} (a complete site a build wrote beside it): files whose
     * bytes differ are moved over, files {@code fresh} lacks are deleted, with the folders they leave empty. Returns
     * the paths that changed (written or deleted), sorted. {@code fresh} is left with only what was not moved.
     */
    public static List<String> sync(Path fresh, Path out) throws IOException {
        if (!OutputFolder.replaceable(out)) {
            throw new OutputFolder.Refused("output folder " + out + " is no longer one Lectern built; remove it yourself, or choose another --output");
        }
        List<String> changed = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (Path file : files(fresh)) {
            String rel = fresh.relativize(file).toString().replace('\\', '/');
            kept.add(rel);
            if (rel.equals(OutputFolder.MARKER)) continue;
            Path target = inside(out, rel);
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.mismatch(file, target) == -1L) continue;
            Files.createDirectories(target.getParent());
            replace(file, target);
            changed.add(rel);
        }
        for (Path file : files(out)) {
            String rel = out.relativize(file).toString().replace('\\', '/');
            if (kept.contains(rel) || rel.equals(OutputFolder.MARKER)) continue;
            Files.delete(file);
            changed.add(rel);
        }
        removeEmptyFolders(out);
        changed.sort(null);
        return changed;
    }

    /** The path of {@code rel} in {@code out}; a folder or link standing where the file goes is removed first. */
    private static Path inside(Path out, String rel) throws IOException {
        Path target = out.resolve(rel).normalize();
        if (!target.startsWith(out) || target.equals(out)) throw new IllegalArgumentException("path leaves the site: " + rel);
        // a page that was a folder's file before (or the reverse) leaves a thing of the other kind in the way
        for (Path p = target.getParent(); !p.equals(out); p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Files.delete(p);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) Leftovers.delete(target);
        else if (Files.isSymbolicLink(target)) Files.delete(target);
        return target;
    }

    /** Every file (and link) under {@code dir}, links not followed. */
    private static List<Path> files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                out.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    private static void removeEmptyFolders(Path out) throws IOException {
        Files.walkFileTree(out, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                if (!dir.equals(out)) {
                    try (var entries = Files.newDirectoryStream(dir)) {
                        if (!entries.iterator().hasNext()) Files.delete(dir);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
