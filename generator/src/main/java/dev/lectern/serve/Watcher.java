package dev.lectern.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders (recursively, new subfolders included) and calls {@code onChange} once per burst of changes:
 * editors save a file as several events, and one rebuild should follow them.
 */
public final class Watcher implements AutoCloseable {
    private static final long QUIET_MS = 150;
    private final WatchService service;
    private final Thread thread;

    public Watcher(List<Path> roots, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) if (Files.isDirectory(root)) register(root);
        this.thread = new Thread(() -> loop(onChange), "lectern-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean changed = drain(key);
                // wait for the burst to end
                WatchKey more;
                while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) changed |= drain(more);
                if (changed) onChange.run();
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path p && Files.isDirectory(dir.resolve(p))) {
                try {
                    register(dir.resolve(p));
                } catch (IOException ignored) {
                    // the folder went away again: nothing to watch
                }
            }
        }
        key.reset();
        return true;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
