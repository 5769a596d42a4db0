package dev.lectern.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input under the promise "no input of 64 KB takes more than a second": on a thread with the launcher's
 * stack ({@code -Xss16m}, so a stack overflow here is one a user would hit), failing when it runs past its deadline,
 * so that a hang is a finding rather than a stuck build. The deadline is generous (instrumented code, a cold JVM) and
 * counts the input's own CPU time, so a machine busy with other work does not turn into a finding; a wall-clock cap
 * catches what waits forever. What exceeds it is a quadratic path or a loop, not noise.
 */
public final class Bounded {
    /** The launcher's thread stack. */
    static final long STACK = 16L << 20;
    /** CPU time per input, whatever its size up to 64 KB; -Dlectern.fuzz.deadline=SECONDS changes it. */
    public static final long DEADLINE_MS = Long.getLong("lectern.fuzz.deadline", 5) * 1000;
    private static final long WALL_CAP_MS = 6 * DEADLINE_MS;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Bounded() {
    }

    /** The result of {@code work}; its exception or error as it was thrown (so the fuzzer groups findings by stack). */
    public static <T> T run(String what, int inputBytes, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(null, task, "fuzz-input", STACK);
        thread.setDaemon(true);
        long start = System.nanoTime();
        thread.start();
        try {
            while (true) {
                try {
                    return task.get(DEADLINE_MS / 5, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long cpuMs = THREADS.getThreadCpuTime(thread.getId()) / 1_000_000;
                    long wallMs = (System.nanoTime() - start) / 1_000_000;
                    if (cpuMs > DEADLINE_MS || wallMs > WALL_CAP_MS) {
                        thread.interrupt();
                        throw new AssertionError(String.format(Locale.ROOT,
                                "%s ran %,d ms (%,d ms of CPU) on %,d bytes of input, past the %,d ms deadline: a hang, or worse than linear",
                                what, wallMs, cpuMs, inputBytes, DEADLINE_MS));
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new AssertionError(what + " threw " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
