package dev.lectern.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes a folder tree by names relative to each open folder (a {@link SecureDirectoryStream}, openat and unlinkat on
 * Linux), never by whole paths. JUnit's {@code @TempDir} cleanup, which works on whole paths, took a minute on the
 * tree of folders 1,000 deep of PathologicalInputsTest (every call walks the whole path); this takes a second.
 * Symbolic links are deleted, not followed. Where the platform has no such stream, the tree is left to the caller.
 */
public final class Trees {
    private Trees() {
    }

    /** Deletes what {@code folder} holds (the folder itself stays); false when it could not, for lack of the stream. */
    public static boolean deleteContents(Path folder) throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            if (!(stream instanceof SecureDirectoryStream<Path> secure)) return false;
            for (Path name : names(secure)) delete(secure, name);
            return true;
        }
    }

    /** Deletes {@code folder} and what it holds; see {@link #deleteContents}. */
    public static void delete(Path folder) throws IOException {
        if (deleteContents(folder)) Files.delete(folder);
    }

    /** Deletes {@code folder} and what it holds when this JVM exits, for a folder its tests share until then. */
    public static void deleteOnExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                delete(folder);
            } catch (IOException e) {
                System.err.println("could not delete " + folder + ": " + e);
            }
        }));
    }

    private static void delete(SecureDirectoryStream<Path> parent, Path name) throws IOException {
        boolean folder = parent.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes().isDirectory();
        if (!folder) {
            parent.deleteFile(name);
            return;
        }
        try (SecureDirectoryStream<Path> child = parent.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
            for (Path c : names(child)) delete(child, c);
        }
        parent.deleteDirectory(name);
    }

    /** The names first, then the deletions: a folder is not changed while it is being read. */
    private static List<Path> names(SecureDirectoryStream<Path> folder) {
        List<Path> names = new ArrayList<>();
        for (Path p : folder) names.add(p.getFileName());
        return names;
    }
}
