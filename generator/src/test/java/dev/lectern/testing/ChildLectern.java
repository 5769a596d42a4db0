package dev.lectern.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code lectern} in a JVM of its own, as a user would: its own working directory and environment, arguments in,
 * exit code and output back. For what an in-process test cannot do: a working directory (an {@code --output ..} that
 * the old code obeyed would delete the folder around it, so it must be a temp folder), a locale, a kill -9. Its
 * output goes to files outside the working directory, which tests compare before and after.
 */
public final class ChildLectern {
    private ChildLectern() {
    }

    public record Run(int code, String out, String err) {
    }

    /** The command that starts Lectern's main class ({@link ChildJava}: the packaged jar, or this JVM's class path). */
    public static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(ChildJava.command(List.of(), false));
        cmd.add("dev.lectern.cli.Main");
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs to the end (at most 120 s); {@code env} entries with a null value are removed from the environment. */
    public static Run run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path out = Scratch.file("lectern-child", ".out");
        Path err = Scratch.file("lectern-child", ".err");
        try {
            ProcessBuilder pb = builder(workDir, env, args);
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("lectern " + String.join(" ", args) + " did not finish within 120 s");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip(), Files.readString(err, StandardCharsets.UTF_8).strip());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    public static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, Map.of(), args);
    }

    /** Starts it with its output thrown away, for a test that kills it. */
    public static Process start(Path workDir, String... args) throws IOException {
        return builder(workDir, Map.of(), args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static ProcessBuilder builder(Path workDir, Map<String, String> env, String... args) {
        ProcessBuilder pb = new ProcessBuilder(command(args)).directory(workDir.toFile());
        env.forEach((k, v) -> {
            if (v == null) pb.environment().remove(k);
            else pb.environment().put(k, v);
        });
        return pb;
    }
}
