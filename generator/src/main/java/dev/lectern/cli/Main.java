package dev.lectern.cli;

import dev.lectern.diag.HeapHint;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lectern}: the command line. Exit codes: 0 built, 1 content errors under --strict or a failed build, 2 usage. */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds question-and-answer guides written in any Markdown dialect into a static site.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Lucene logs which vector instructions it found on a newer JVM ("update Apache Lucene"): advice for Lucene's own
     * users, nothing an author can act on, so it is kept out of the build's output. Held here: a logger nobody
     * references may be collected, and with it its level.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED);
        return cli.execute(args);
    }

    /** An exception as one line: its message, or its kind when it has none (an NPE must not print "null"). */
    static String describe(Throwable e) {
        String message = e.getMessage();
        String line = message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
        return e instanceof OutOfMemoryError ? outOfMemory(line) : line;
    }

    /** What to do when the heap ran out ({@link HeapHint}). */
    static String outOfMemory(String line) {
        return "out of memory (" + line + ", in a heap of " + HeapHint.heapMb() + " MB); give Java more: " + HeapHint.moreHeap();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'lectern build'");
    }
}
