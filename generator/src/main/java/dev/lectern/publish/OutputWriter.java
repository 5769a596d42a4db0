package dev.lectern.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One build's output, written as it is produced: {@link #open} makes a fresh folder beside the output (the marker file
 * first, so that a build killed at any moment leaves a folder the next build recognises as its own and removes),
 * {@link #write} puts each artifact there as soon as a page is rendered (from any thread; nothing keeps the pages in
 * memory; a file published as it is, an image say, is streamed from its source), and {@link #commit} swaps the
 * fresh folder in for the old site by renames. Until then the previous site
 * stays whole; {@link #close} without a commit removes the fresh folder. Folders and files are created with the
 * default modes (0755 and 0644 under the usual umask of 022), so any web server can read the site.
 */
public final class OutputWriter implements AutoCloseable {
    private final Path out;
    private final Path fresh;
    private final FileChannel lock;
    private final Map<String, CompletableFuture<Void>> written = new ConcurrentHashMap<>();
    private volatile boolean finished;

    private OutputWriter(Path out, Path fresh, FileChannel lock) {
        this.out = out;
        this.fresh = fresh;
        this.lock = lock;
    }

    /**
     * Starts writing a site to {@code output}, a folder {@link OutputFolder#check} accepted: removes what builds killed
     * before their end left beside it, and makes the fresh folder.
     */
    public static OutputWriter open(Path output) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Files.createDirectories(out.getParent());
        Leftovers.removeAll(out);
        for (int attempt = 0; ; attempt++) {
            Path fresh = Leftovers.name(out, "new");
            try {
                Files.createDirectory(fresh);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 100) continue;
                throw e;
            }
            // the marker stays locked while this build runs, so that another build never takes it for a leftover
            FileChannel marker = FileChannel.open(fresh.resolve(OutputFolder.MARKER), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            marker.lock();
            marker.write(ByteBuffer.wrap(marker()));
            return new OutputWriter(out, fresh, marker);
        }
    }

    /**
     * Writes one file. The same path written twice with the same bytes is one file (search files are named by their
     * content, so identical ones meet); with other bytes it is an error naming the path. Only a repeated path is
     * compared, against the file the first write made, so the usual write costs no hashing.
     */
    public void write(Artifact a) {
        if (finished) throw new IllegalStateException("the output is already committed or closed");
        if (a.path().equals(OutputFolder.MARKER)) throw new IllegalArgumentException(OutputFolder.MARKER + " is Lectern's own file");
        Path p = fresh.resolve(a.path()).normalize();
        if (!p.startsWith(fresh)) throw new IllegalArgumentException("artifact path leaves the site: " + a.path());
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> first = written.putIfAbsent(a.path(), mine);
        try {
            if (first != null) {
                first.join(); // the first write of this path may still be under way on another thread
                if (a.copyOf() != null ? Files.mismatch(p, a.copyOf()) == -1L : Arrays.equals(Files.readAllBytes(p), a.bytes())) return;
                throw new IllegalStateException("two different files would be written to " + a.path()
                        + "; rename one of the sources that produce it");
            }
            Files.createDirectories(p.getParent());
            if (a.copyOf() != null) {
                // streamed, and a new file (as CREATE_NEW): never through a link an earlier write could have left
                try (java.io.InputStream in = Files.newInputStream(a.copyOf())) {
                    Files.copy(in, p);
                }
            } else if (a.parts() != null) {
                try (java.io.OutputStream out = Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    for (byte[] part : a.parts()) out.write(part);
                }
            } else {
                Files.write(p, a.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            mine.complete(null);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            IOException named = new IOException("cannot write " + a.path() + " into " + fresh + ": " + reason, e);
            mine.completeExceptionally(named);
            throw new UncheckedIOException(named.getMessage(), named);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Every path written so far, sorted. */
    public List<String> paths() {
        return written.keySet().stream().sorted().toList();
    }

    /** Swaps the written site in for the old one, which is then deleted. */
    public void commit() throws IOException {
        if (finished) throw new IllegalStateException("the output is already finished");
        finished = true;
        Path old = null;
        try {
            if (Files.exists(out)) {
                if (!Files.isDirectory(out) || Files.isSymbolicLink(out) || !OutputFolder.replaceable(out)) {
                    throw new OutputFolder.Refused("output folder " + out + " changed during the build and is no longer one Lectern"
                            + " may replace; remove it yourself, or choose another --output");
                }
                // an empty folder becomes ours before it moves aside, so that a kill right then leaves a known leftover
                if (!Files.exists(out.resolve(OutputFolder.MARKER))) Files.write(out.resolve(OutputFolder.MARKER), marker());
                old = Leftovers.name(out, "old");
                move(out, old);
            }
            move(fresh, out);
        } catch (IOException | RuntimeException e) {
            if (old != null && !Files.exists(out)) move(old, out);
            lock.close();
            Leftovers.delete(fresh);
            throw e;
        }
        lock.close();
        if (old != null) Leftovers.delete(old);
    }

    /**
     * Updates the output folder in place to hold the written site ({@link InPlace#sync}: changed files replaced one by
     * one, files no longer made deleted), for a preview server whose readers keep reading it; the first site of a
     * folder that does not exist yet is swapped in as {@link #commit} does. Returns the paths that changed.
     */
    public List<String> commitInPlace() throws IOException {
        if (!Files.isDirectory(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            List<String> all = paths();
            commit();
            return all;
        }
        if (finished) throw new IllegalStateException("the output is already finished");
        finished = true;
        try {
            return InPlace.sync(fresh, out);
        } finally {
            lock.close();
            Leftovers.delete(fresh);
        }
    }

    /** Removes the fresh folder unless the site was committed. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            finished = true;
            lock.close();
            Leftovers.delete(fresh);
        }
    }

    private static byte[] marker() {
        return "This folder is a site Lectern built. Lectern replaces it on every build; do not keep your own files here.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
