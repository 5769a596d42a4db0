package dev.lectern.source;

import dev.lectern.config.ConfigLoader;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.DisplayPath;
import dev.lectern.diag.SourcePos;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds the source files of a content folder without ever reading outside it: a symbolic link (to a file or a folder)
 * whose target lies outside the content folder is skipped with a warning ({@code passwd.md -> /etc/passwd} must not
 * be published), a link loop is reported once and skipped, and a file or folder that cannot be read is skipped with
 * a warning rather than stopping the build. Links that stay inside are followed. Hidden files and folders ({@code .}
 * or {@code _} first) are neither sources nor assets. One walk finds both: the documents, and every other file (an
 * image, a PDF, a download) as an asset to publish beside the pages, the site's own {@code lectern.yml} excepted.
 */
final class ContentWalk {
    private ContentWalk() {
    }

    /** What one walk found: the source files and the assets, each sorted by path. */
    record Found(List<Path> sources, List<Path> assets) {
    }

    /** The source files, sorted by path. */
    static List<Path> sources(Path contentDir, Diagnostics diagnostics) throws IOException {
        return walk(contentDir, diagnostics).sources();
    }

    static Found walk(Path contentDir, Diagnostics diagnostics) throws IOException {
        Path root = contentDir.toRealPath();
        Path config = contentDir.resolve(ConfigLoader.FILE_NAME);
        List<Path> found = new ArrayList<>();
        List<Path> assets = new ArrayList<>();
        Files.walkFileTree(contentDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(contentDir) && hidden(dir)) return FileVisitResult.SKIP_SUBTREE;
                // only a link can lead outside: the children of a folder found inside are inside too
                if (Files.isSymbolicLink(dir) && !inside(dir, root)) {
                    warn(dir, "is a link to a folder outside the content folder, and is skipped", "copy what it should publish into the content folder");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!Files.isReadable(dir)) {
                    warn(dir, "folder cannot be read, and is skipped", "check its permissions");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (hidden(file) || file.equals(config)) return FileVisitResult.CONTINUE;
                if (attrs.isSymbolicLink()) {
                    warn(file, "is a link to nothing (its target does not exist), and is skipped", "fix or remove the link");
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                if (Files.isSymbolicLink(file) && !inside(file, root)) {
                    warn(file, "is a link to a file outside the content folder, and is skipped", "copy the file into the content folder");
                } else if (!Files.isReadable(file)) {
                    warn(file, "file cannot be read, and is skipped", "check its permissions");
                } else {
                    (ContentFile.isSource(file) ? found : assets).add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (hidden(file)) return FileVisitResult.CONTINUE;
                if (e instanceof FileSystemLoopException) {
                    warn(file, "is a link back to a folder that contains it (a loop), and is skipped", "remove the link");
                } else if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // gone while we looked
                } else if (e instanceof AccessDeniedException) {
                    warn(file, (Files.isDirectory(file) ? "folder" : "file") + " cannot be read, and is skipped", "check its permissions");
                } else {
                    warn(file, "cannot be read (" + e.getMessage() + "), and is skipped", "check the file");
                }
                return FileVisitResult.CONTINUE;
            }

            private boolean hidden(Path p) {
                String name = p.getFileName().toString();
                return name.startsWith(".") || name.startsWith("_");
            }

            private void warn(Path p, String message, String hint) {
                diagnostics.report(Diagnostic.warning(SourcePos.of(DisplayPath.of(p, contentDir), 0), message, hint));
            }
        });
        found.sort(Comparator.comparing(p -> DisplayPath.relative(p, contentDir)));
        assets.sort(Comparator.comparing(p -> DisplayPath.relative(p, contentDir)));
        return new Found(List.copyOf(found), List.copyOf(assets));
    }

    /** Whether the link-free path of {@code p} lies in the content folder (itself link-free). */
    private static boolean inside(Path p, Path root) {
        try {
            return p.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }
}
