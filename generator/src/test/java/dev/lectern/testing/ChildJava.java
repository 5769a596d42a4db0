package dev.lectern.testing;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How the tests start Lectern in a JVM of its own: this JVM's {@code java}, and Lectern's classes from the packaged jar
 * with a class-data archive of them (AppCDS: the classes a build loads, parsed and verified once per test run rather
 * than in each of the fifty-odd children; a small build takes a third less CPU). The archive is made once per jar and
 * Java, by the first test JVM that needs it, with a build of the search fixture. Where the jar is missing or older than
 * the compiled classes (a test run from an IDE after an edit), the children run on this JVM's class path instead,
 * without an archive. The tests in Node use the same archive ({@link NodeTests}).
 */
public final class ChildJava {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Path JAR = Paths.root().resolve("generator/target/lectern.jar");
    /** The options ./lectern runs the jar with: a big stack, C1 only and the serial collector (a short run's CPU halves). */
    private static final List<String> LAUNCHER_OPTIONS = List.of("-Xss16m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private ChildJava() {
    }

    private static final class Holder {
        static final boolean JAR_FRESH = jarIsFresh();
        static final Path ARCHIVE = JAR_FRESH ? make() : null;
    }

    /** This JVM's java binary. */
    public static Path java() {
        return JAVA;
    }

    /** The class-data archive of the jar's classes for this Java, or null when there is none. */
    public static Path archive() {
        return Holder.ARCHIVE;
    }

    /**
     * {@code java}, the launcher's options and then {@code options}, the archive when there is one, then {@code -cp} and
     * the class path: the jar (followed by this JVM's class path when the child runs a test class too), else this JVM's
     * class path.
     */
    public static List<String> command(List<String> options, boolean testClasses) {
        List<String> cmd = new ArrayList<>(List.of(JAVA.toString()));
        cmd.addAll(LAUNCHER_OPTIONS);
        cmd.addAll(options);
        String own = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        if (Holder.JAR_FRESH) {
            if (Holder.ARCHIVE != null) cmd.add("-XX:SharedArchiveFile=" + Holder.ARCHIVE);
            cmd.addAll(List.of("-cp", testClasses ? JAR + File.pathSeparator + own : JAR.toString()));
        } else {
            cmd.addAll(List.of("-cp", own));
        }
        return cmd;
    }

    /** The jar exists and is newer than every compiled class: it holds the code under test. */
    private static boolean jarIsFresh() {
        Path classes = JAR.resolveSibling("classes");
        if (!Files.isRegularFile(JAR) || !Files.isDirectory(classes)) return false;
        try (Stream<Path> files = Files.walk(classes)) {
            long jar = Files.getLastModifiedTime(JAR).toMillis();
            return files.filter(Files::isRegularFile).allMatch(f -> f.toFile().lastModified() <= jar);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The archive for this jar and Java, made when missing: a build of the search fixture that writes the classes it
     * loaded; it replaces those of earlier jars. Test JVMs running side by side take turns (a file lock), so one makes it
     * and the other finds it. Null when it cannot be made: the children then run without one.
     */
    private static Path make() {
        try {
            Path dir = Files.createDirectories(JAR.resolveSibling("test-cds"));
            String name = "java" + Runtime.version() + "-" + Files.getLastModifiedTime(JAR).toMillis() + "-" + Files.size(JAR) + ".jsa";
            Path file = dir.resolve(name);
            try (FileChannel lock = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = lock.lock()) {
                if (Files.isRegularFile(file)) return file;
                // the archives of earlier jars (the jar is made anew on each run), 20 MB each
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path f : old.filter(f -> f.toString().endsWith(".jsa")).toList()) Files.deleteIfExists(f);
                }
                Path made = dir.resolve(name + ".part");
                Path site = Scratch.folder("lectern-cds-");
                List<String> cmd = new ArrayList<>(List.of(JAVA.toString(), "-XX:ArchiveClassesAtExit=" + made));
                cmd.addAll(LAUNCHER_OPTIONS);
                cmd.addAll(List.of("-cp", JAR.toString(), "dev.lectern.cli.Main", "build",
                        "--content", Paths.fixtures().resolve("search-site").toString(), "--output", site.resolve("site").toString()));
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                boolean ended = p.waitFor(120, TimeUnit.SECONDS);
                if (!ended) p.destroyForcibly().waitFor();
                Trees.delete(site);
                if (ended && p.exitValue() == 0 && Files.isRegularFile(made)) {
                    Files.move(made, file, StandardCopyOption.ATOMIC_MOVE);
                    return file;
                }
                Files.deleteIfExists(made);
                return null;
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
