package dev.lectern.serve;

import dev.lectern.diag.DisplayPath;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders (recursively, new subfolders included) and calls {@code onChange} once per burst of changes: editors
 * save a file as several events, a checkout touches hundreds, and one rebuild should follow them.
 *
 * <p>It ignores the output folder and everything under it, and hidden names (editor swap files, {@code .git}, the
 * writer's temporary folders beside the output), which the build never reads: otherwise a build that writes into a
 * watched folder would trigger the next build, forever. A watched folder that is deleted is waited for and watched
 * again when it comes back, and so is one that does not exist yet. Nothing that {@code onChange} throws, an
 * {@link Error} included, stops the watching.
 */
public final class Watcher implements AutoCloseable {
    private static final long QUIET_MS = 200;
    private static final long CHECK_MS = 500;
    private final WatchService service;
    private final List<Path> roots;
    private final Path ignored;
    private final Consumer<String> notices;
    private final Map<Path, WatchKey> rootKeys = new HashMap<>();
    private final Set<Path> missing = new HashSet<>();
    private final Thread thread;

    /** Starts watching at once: a change made after this constructor returns is seen. */
    public Watcher(List<Path> roots, Path ignored, Consumer<String> notices, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.ignored = ignored.toAbsolutePath().normalize();
        this.notices = notices;
        for (Path root : this.roots) {
            if (Files.isDirectory(root)) rootKeys.put(root, registerTree(root));
            else missing.add(root);
        }
        this.thread = new Thread(() -> loop(onChange), "lectern-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Runnable onChange) {
        while (true) {
            try {
                boolean changed = checkRoots();
                WatchKey key = service.poll(CHECK_MS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    changed |= drain(key);
                    // wait for the burst to end
                    while ((key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) changed |= drain(key);
                }
                if (changed) onChange.run();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (Throwable e) { // an OutOfMemoryError in a build must not end the watching
                notices.accept("error: " + e + "; still watching");
            }
        }
    }

    /** Watches again a root that came back (or appeared) and says so; true when the site must be rebuilt. */
    private boolean checkRoots() throws IOException {
        boolean changed = false;
        for (Path root : roots) {
            WatchKey key = rootKeys.get(root);
            boolean watched = key != null && key.isValid();
            if (Files.isDirectory(root)) {
                if (watched) continue;
                rootKeys.put(root, registerTree(root));
                if (missing.remove(root)) notices.accept(DisplayPath.of(root) + " is there now: rebuilding");
                changed = true;
            } else if (missing.add(root)) {
                notices.accept(DisplayPath.of(root) + " is gone: waiting for it to come back");
            }
        }
        return changed;
    }

    private WatchKey registerTree(Path root) throws IOException {
        WatchKey[] rootKey = new WatchKey[1];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && ignored(dir)) return FileVisitResult.SKIP_SUBTREE;
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                if (dir.equals(root)) rootKey[0] = key;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // unreadable: the build will say so
            }
        });
        return rootKey[0];
    }

    private boolean ignored(Path path) {
        return path.startsWith(ignored) || path.getFileName().toString().startsWith(".");
    }

    /** True when the key holds an event that may change the site. */
    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                relevant = true; // OVERFLOW: events were lost, so rebuild to be sure
                continue;
            }
            Path child = dir.resolve(name);
            if (ignored(child)) continue;
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    // gone again already: nothing to watch
                }
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close(); // ends the loop's wait at once; no interrupt, which would break a build's file writes
        try {
            thread.join(60_000); // let a running build end before the caller goes on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
