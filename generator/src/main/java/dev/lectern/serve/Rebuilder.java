package dev.lectern.serve;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one build at a time and counts the builds that succeeded (the version pages poll). A build that fails in any
 * way, an {@link OutOfMemoryError} or a {@link StackOverflowError} from a runaway input included, is reported in one
 * line and ends only that build: the last site is still served, and the next change builds again.
 */
public final class Rebuilder {
    /** One build of the site; it prints its own diagnostics. */
    public interface Build {
        void run() throws Exception;
    }

    private final Build build;
    private final PrintWriter err;
    private final AtomicLong version = new AtomicLong();

    public Rebuilder(Build build, PrintWriter err) {
        this.build = build;
        this.err = err;
    }

    /** Builds now (after any build in progress); true when the site was replaced. */
    public synchronized boolean run() {
        try {
            build.run();
            version.incrementAndGet();
            return true;
        } catch (OutOfMemoryError e) {
            err.println("error: the build ran out of memory; still serving the last site. Look for a runaway input"
                    + " (a huge file, or YAML that expands), or give Java more memory (JAVA_TOOL_OPTIONS=-Xmx2g); a save rebuilds");
        } catch (Exception e) {
            err.println("error: build failed: " + Objects.requireNonNullElse(e.getMessage(), e.toString()) + "; still serving the last site");
        } catch (Error e) {
            err.println("error: build failed: " + e + "; still serving the last site; a save rebuilds");
        } finally {
            err.flush();
        }
        return false;
    }

    /** How many builds have succeeded. */
    public long version() {
        return version.get();
    }
}
