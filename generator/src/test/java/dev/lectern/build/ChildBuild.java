package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.ChildJava;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A build in a JVM of its own, started as the launcher starts it, with a chosen environment: the locale and time
 * zone variables are removed first, then set from {@code env}, so "unset" means unset.
 */
final class ChildBuild {
    private ChildBuild() {
    }

    static Path run(Path content, Path output, Map<String, String> env, String... jvmFlags) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(ChildJava.command(List.of(jvmFlags), false));
        cmd.addAll(List.of("dev.lectern.cli.Main", "build", "--content", content.toString(), "--output", output.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("LC_") || k.equals("TZ")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        pb.environment().putAll(env);
        Files.createDirectories(output.getParent());
        File log = output.resolveSibling(output.getFileName() + ".log").toFile();
        pb.redirectErrorStream(true).redirectOutput(log);
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the build with " + env + " " + List.of(jvmFlags) + " did not finish in 180 s");
        }
        assertEquals(0, p.exitValue(), () -> "the build with " + env + " " + List.of(jvmFlags) + " failed:\n" + read(log));
        assertTrue(Files.isRegularFile(output.resolve("index.html")), "no index.html in " + output);
        return output;
    }

    private static String read(File log) {
        try {
            return Files.readString(log.toPath());
        } catch (IOException e) {
            return e.toString();
        }
    }
}
