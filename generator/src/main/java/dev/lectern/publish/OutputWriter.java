package dev.lectern.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the artifacts into a fresh folder beside the output and then swaps it in, so a failed build never leaves a
 * half-written site and files from earlier builds never linger.
 */
public final class OutputWriter {
    private OutputWriter() {
    }

    public static void write(List<Artifact> artifacts, Path output) throws IOException {
        Set<String> seen = new HashSet<>();
        for (Artifact a : artifacts) {
            if (!seen.add(a.path())) throw new IllegalStateException("two artifacts write " + a.path());
        }
        Path out = output.toAbsolutePath().normalize();
        Path parent = out.getParent();
        Files.createDirectories(parent);
        Path fresh = Files.createTempDirectory(parent, "." + out.getFileName() + ".new-");
        try {
            artifacts.parallelStream().forEach(a -> {
                try {
                    Path p = fresh.resolve(a.path());
                    Files.createDirectories(p.getParent());
                    Files.write(p, a.bytes());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Path old = null;
            if (Files.exists(out)) {
                old = parent.resolve("." + out.getFileName() + ".old-" + fresh.getFileName().toString().replace(".", ""));
                move(out, old);
            }
            move(fresh, out);
            if (old != null) delete(old);
        } catch (java.io.UncheckedIOException e) {
            if (Files.exists(fresh)) delete(fresh);
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            if (Files.exists(fresh)) delete(fresh);
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void delete(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
