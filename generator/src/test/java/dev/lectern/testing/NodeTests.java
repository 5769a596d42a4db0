package dev.lectern.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs test files with Node's test runner, as a JUnit test: its output is printed when it ends (and kept in a log file
 * under generator/target), and it fails the test unless every file passed. The reporter and how many files run side
 * by side come from the system properties {@code node.test.reporter} and {@code node.test.concurrency} (the pom's). Their
 * temporary folders go where the JUnit tests' do ({@link Scratch}); the jar they run starts on this JVM's Java, with the
 * class-data archive of {@link ChildJava} ({@code LECTERN_TEST_CDS}).
 */
public final class NodeTests {
    private NodeTests() {
    }

    public static void run(Path dir, String name, List<String> files) throws IOException, InterruptedException {
        Path log = Paths.root().resolve("generator/target/" + name + ".log");
        List<String> cmd = new ArrayList<>(List.of("node", "--test",
                "--test-reporter=" + System.getProperty("node.test.reporter", "spec"),
                "--test-concurrency=" + System.getProperty("node.test.concurrency", "2")));
        cmd.addAll(files);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("TMPDIR", Scratch.root().toString()); // the tests' folders, and Chromium's profiles, where the JUnit tests' go
        // the builds they run: on this JVM's Java, with the archive of the jar's classes the JUnit tests' children use
        pb.environment().merge("PATH", ChildJava.java().getParent().toString(), (path, bin) -> bin + java.io.File.pathSeparator + path);
        if (ChildJava.archive() != null) pb.environment().put("LECTERN_TEST_CDS", ChildJava.archive().toString());
        Process p = pb.start();
        boolean ended = p.waitFor(15, TimeUnit.MINUTES);
        if (!ended) p.destroyForcibly().waitFor();
        System.out.println(Files.readString(log));
        assertTrue(ended, "the " + name + " did not end within 15 minutes");
        assertEquals(0, p.exitValue(), "the " + name + " failed (above, and in " + log + ")");
    }
}
