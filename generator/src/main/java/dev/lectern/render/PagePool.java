package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs page jobs in parallel on threads of our own rather than the common pool: flexmark recurses deeply on
 * nested input, and the common pool's threads get whatever default stack the JVM was started with. A fixed,
 * large stack makes "renders" versus "falls back to text" the same decision on every machine.
 */
final class PagePool {
    private static final long STACK_BYTES = 64L << 20;

    private PagePool() {
    }

    /** The jobs' results in job order. An exception in a job is rethrown here, unchanged where possible. */
    static <T> List<T> runAll(List<Supplier<T>> jobs) {
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "lectern-render-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(jobs.size());
            for (Supplier<T> job : jobs) futures.add(pool.submit(job::get));
            List<T> results = new ArrayList<>(jobs.size());
            for (Future<T> f : futures) results.add(f.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
