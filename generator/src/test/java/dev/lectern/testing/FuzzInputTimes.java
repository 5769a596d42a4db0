package dev.lectern.testing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times every fuzz target on each of its committed inputs ({@code <Class>Inputs}, seeds and regression inputs alike),
 * in one warm JVM without Jazzer's instrumentation: each input runs {@code RUNS} times after one warm-up pass, and the
 * median wall time and the mean process CPU time (all threads: the renderer uses two; the clock ticks in 10 ms, hence
 * the mean) are printed, the largest inputs first.
 * For {@code bench/fuzz-inputs.sh}, which sets the class path.
 *   args: the test resources folder, then the fuzz test classes (dev.lectern.render.RenderFuzzTest …)
 */
public final class FuzzInputTimes {
    private static final int RUNS = 5;

    private FuzzInputTimes() {
    }

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args[0]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%-28s %-44s %8s %9s %9s%n", "target", "input", "bytes", "wall_ms", "cpu_ms");
        for (int a = 1; a < args.length; a++) {
            Class<?> type = Class.forName(args[a]);
            Method target = Stream.of(type.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(FuzzTest.class)).findFirst().orElseThrow();
            target.setAccessible(true);
            Constructor<?> make = type.getDeclaredConstructor();
            make.setAccessible(true);
            Object test = make.newInstance();
            Path dir = resources.resolve(type.getName().replace('.', '/') + "Inputs");
            List<Path> inputs;
            try (Stream<Path> files = Files.walk(dir)) {
                inputs = new ArrayList<>(files.filter(Files::isRegularFile).toList());
            }
            inputs.sort(Comparator.comparingLong((Path p) -> p.toFile().length()).reversed().thenComparing(Path::toString));
            for (Path input : inputs) run(target, test, Files.readAllBytes(input)); // warm-up
            for (Path input : inputs) {
                byte[] bytes = Files.readAllBytes(input);
                long[] wall = new long[RUNS];
                long cpu = 0;
                for (int i = 0; i < RUNS; i++) {
                    long c0 = os.getProcessCpuTime();
                    long w0 = System.nanoTime();
                    run(target, test, bytes);
                    wall[i] = System.nanoTime() - w0;
                    cpu += os.getProcessCpuTime() - c0;
                }
                java.util.Arrays.sort(wall);
                System.out.printf(Locale.ROOT, "%-28s %-44s %8d %9.1f %9.1f%n", type.getSimpleName(), dir.relativize(input),
                        bytes.length, wall[RUNS / 2] / 1e6, cpu / 1e6 / RUNS);
            }
        }
    }

    private static void run(Method target, Object test, byte[] bytes) throws Exception {
        try {
            target.invoke(test, (Object) bytes);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("a finding: " + e.getCause(), e.getCause());
        }
    }
}
