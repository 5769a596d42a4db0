package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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

    /**
     * Runs the jobs and hands each result (null results left out) to {@code sink} on the job's thread as soon as it is
     * done, so no result waits for the others in memory. An exception in a job (or the sink) is rethrown here,
     * unchanged where possible, once the jobs before it are done.
     */
    static <T> void runAll(List<Supplier<T>> jobs, Consumer<? super T> sink) {
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "lectern-render-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(jobs.size());
            for (Supplier<T> job : jobs) {
                futures.add(pool.submit(() -> {
                    T result = job.get();
                    if (result != null) sink.accept(result);
                }));
            }
            for (Future<?> f : futures) f.get();
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
            awaitQuietly(pool);
        }
    }

    /** After a failed job the others stop before this returns, so none is still writing when the caller cleans up. */
    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
