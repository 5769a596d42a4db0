package dev.lectern.testing;

import com.sun.management.OperatingSystemMXBean;
import dev.lectern.cli.Main;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Builds many sites one after another in one child JVM with a stated heap, as the launcher starts Lectern (its stack
 * and JIT flags), each under a bound on its CPU time and one on its wall time (for a build that waits): for tests
 * whose point is a real memory ceiling and a hang that can be killed, without paying a JVM start and a cold JIT per
 * site. Each job is a folder holding {@code content/}; its build
 * writes {@code site/} and {@code log.txt} (what it printed) beside it. A job past its bound, or a child that dies,
 * ends that job with a result saying so, and the jobs after it run in a fresh child.
 */
public final class ChildBuilds {
    /** How a job ended: the build's exit code (or {@link #TIMEOUT}, {@link #DIED}), its CPU seconds and its output. */
    public record Result(int code, double cpuSeconds, String log) {
    }

    public static final int TIMEOUT = -1;
    public static final int DIED = -2;

    private ChildBuilds() {
    }

    /** Builds each job folder; the results in the order of {@code jobs}. */
    public static Map<Path, Result> run(List<Path> jobs, String heap, int cpuSeconds, int wallSeconds) throws IOException, InterruptedException {
        Map<Path, Result> results = new LinkedHashMap<>();
        List<Path> todo = new ArrayList<>(jobs);
        while (!todo.isEmpty()) {
            List<String> cmd = new ArrayList<>(ChildJava.command(List.of(heap), true));
            cmd.addAll(List.of(ChildBuilds.class.getName(), String.valueOf(cpuSeconds), String.valueOf(wallSeconds)));
            todo.forEach(j -> cmd.add(j.toString()));
            Path out = Scratch.file("lectern-child-builds", ".log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            // the child bounds each job's time itself; this catches a child that cannot
            if (!p.waitFor((long) wallSeconds * todo.size() + 60, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
            String childLog = Files.readString(out);
            Files.deleteIfExists(out);
            boolean first = true;
            for (Path job : List.copyOf(todo)) {
                Path result = job.resolve("result.txt");
                if (Files.exists(result)) {
                    String[] r = Files.readString(result).trim().split(" ");
                    results.put(job, new Result(Integer.parseInt(r[0]), Double.parseDouble(r[1]), Files.readString(job.resolve("log.txt"))));
                    todo.remove(job);
                } else if (first) {
                    // the job the child was on when it died or was killed
                    results.put(job, new Result(DIED, 0, "the child JVM ended (exit " + p.exitValue() + ") in this build:\n" + childLog));
                    todo.remove(job);
                    first = false;
                }
            }
        }
        Map<Path, Result> ordered = new LinkedHashMap<>();
        jobs.forEach(j -> ordered.put(j, results.get(j)));
        StringBuilder cpu = new StringBuilder("CPU seconds per build in the child JVM:");
        ordered.forEach((j, r) -> cpu.append(' ').append(j.getFileName()).append(' ').append(r.cpuSeconds()));
        System.out.println(cpu);
        return ordered;
    }

    /** The child: {@code CPU_SECONDS WALL_SECONDS JOB…}. */
    public static void main(String[] args) throws Exception {
        long budgetNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[0]));
        long wallNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[1]));
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        for (int i = 2; i < args.length; i++) {
            Path job = Path.of(args[i]);
            long start = os.getProcessCpuTime();
            long wallStart = System.nanoTime();
            int code;
            try (PrintStream log = new PrintStream(Files.newOutputStream(job.resolve("log.txt")), true, StandardCharsets.UTF_8)) {
                System.setOut(log);
                System.setErr(log);
                FutureTask<Integer> build = new FutureTask<>(() -> Main.run("build", "--content", job.resolve("content").toString(),
                        "--output", job.resolve("site").toString()));
                Thread thread = new Thread(null, build, "build", 16L << 20);
                thread.setDaemon(true);
                thread.start();
                code = TIMEOUT;
                while (os.getProcessCpuTime() - start < budgetNanos && System.nanoTime() - wallStart < wallNanos) {
                    try {
                        code = build.get(100, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException e) {
                        // still building
                    }
                }
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
            double cpu = (os.getProcessCpuTime() - start) / 1e9;
            Files.writeString(job.resolve("result.txt"), String.format(Locale.ROOT, "%d %.2f%n", code, cpu));
            if (code == TIMEOUT) Runtime.getRuntime().halt(3); // the build thread cannot be stopped: the next job gets a fresh JVM
        }
    }
}
