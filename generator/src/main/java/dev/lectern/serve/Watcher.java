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
 * Watches folders (recursively, new subfolders included) and calls {@code onChange} once per burst of changes, with the
 * paths that changed: editors save a file as several events within a few milliseconds, a checkout touches hundreds,
 * and one rebuild should follow them. The first event is acted on as soon as {@link #QUIET_MS} pass without another,
 * so a save shows at once; a longer burst is one call when it ends.
 *
 * <p>It ignores the output folder and everything under it, and hidden names (editor swap files, {@code .git}, the
 * writer's temporary folders beside the output), which the build never reads: otherwise a build that writes into a
 * watched folder would trigger the next build, forever. A watched folder that is deleted is waited for and watched
 * again when it comes back, and so is one that does not exist yet. Nothing that {@code onChange} throws, an
 * {@link Error} included, stops the watching.
 */
public final class Watcher implements AutoCloseable {
    static final long QUIET_MS = 15;
    private static final long CHECK_MS = 500;
    private final WatchService service;
    private final List<Path> roots;
    private final Path ignored;
    private final Consumer<String> notices;
    private final Map<Path, WatchKey> rootKeys = new HashMap<>();
    private final Set<Path> missing = new HashSet<>();
    private final Thread thread;

    /** As {@link #Watcher(List, Path, Consumer, Consumer)}, for a caller that needs no paths. */
    public Watcher(List<Path> roots, Path ignored, Consumer<String> notices, Runnable onChange) throws IOException {
        this(roots, ignored, notices, paths -> onChange.run());
    }

    /**
     * Starts watching at once: a change made after this constructor returns is seen. {@code onChange} gets the paths
     * that changed (files or folders, absolute), or null when they are not known (events were lost, a root came back).
     */
    public Watcher(List<Path> roots, Path ignored, Consumer<String> notices, Consumer<Set<Path>> onChange) throws IOException {
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

    private void loop(Consumer<Set<Path>> onChange) {
        while (true) {
            try {
                Set<Path> changed = new HashSet<>();
                boolean unknown = checkRoots();
                WatchKey key = service.poll(CHECK_MS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    unknown |= drain(key, changed);
                    // wait for the burst to end
                    while ((key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) unknown |= drain(key, changed);
                }
                if (unknown) onChange.accept(null);
                else if (!changed.isEmpty()) onChange.accept(Set.copyOf(changed));
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

    /** Adds the paths the key's events name to {@code changed}; true when events were lost. */
    private boolean drain(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                lost = true; // OVERFLOW: events were lost, so rebuild to be sure
                continue;
            }
            Path child = dir.resolve(name);
            if (ignored(child)) continue;
            changed.add(child);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    // gone again already: nothing to watch
                }
            }
        }
        key.reset();
        return lost;
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
