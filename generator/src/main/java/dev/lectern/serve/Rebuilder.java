package dev.lectern.serve;

import dev.lectern.build.Preview;
import dev.lectern.diag.HeapHint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns changes into new versions of the served site. A change is first shown quickly ({@link Quick}: the pages open
 * in browsers, on the watcher's thread), which bumps the version so that they reload; then a whole build runs on a
 * thread of its own, one at a time, the builds asked for meanwhile coalesced into one. After the build the version
 * goes up again only when it changed a page that is open (or the change had no quick step); then the site is settled.
 *
 * <p>A build that fails in any way, an {@link OutOfMemoryError} or a {@link StackOverflowError} from a runaway input
 * included, is reported in one line and ends only that build: the last site is still served, and the next change
 * builds again. A build that a newer change overtook ({@link Preview.Superseded}) is dropped without a word.
 */
public final class Rebuilder implements AutoCloseable {
    /** One whole build of the site; it prints its own diagnostics and returns the site paths it changed (null: not known). */
    public interface Build {
        List<String> run() throws Exception;
    }

    /** Shows a change at once: the pages it wrote, or null when the change waits for the whole build. */
    public interface Quick {
        List<String> show(Set<Path> changed, Set<String> open) throws Exception;
    }

    private final Build build;
    private final Quick quick;
    private final SiteVersion version;
    private final Supplier<Set<String>> open;
    private final PrintWriter err;
    private final Thread thread;
    private boolean requested;
    /** Changes being shown now: the site is not settled while one is, though no build is asked for yet. */
    private int showing;
    private boolean closed;
    /** A change since the last build that no quick step showed: the build's result must reload every page. */
    private boolean unshown;
    private long builds;

    /** {@code quick} may be null: every change then waits for its build. */
    public Rebuilder(Build build, Quick quick, SiteVersion version, Supplier<Set<String>> open, PrintWriter err) {
        this.build = build;
        this.quick = quick;
        this.version = version;
        this.open = open;
        this.err = err;
        this.thread = new Thread(null, this::loop, "lectern-build", 64L << 20);
        thread.setDaemon(true);
        thread.start();
    }

    /** Something changed ({@code paths}, or null when not known): show it now if possible, and build. */
    public void changed(Set<Path> paths) {
        synchronized (this) {
            showing++;
        }
        List<String> shown = null;
        if (quick != null) {
            try {
                shown = quick.show(paths, open.get());
            } catch (Throwable e) { // an OutOfMemoryError included: the whole build shows the change, or says what is wrong
                shown = null;
            }
        }
        if (shown != null && !shown.isEmpty()) version.bump();
        synchronized (this) {
            showing--;
            if (shown == null) unshown = true;
            requested = true;
            notifyAll();
        }
    }

    /** Builds the site (after any build in progress). */
    public synchronized void request() {
        unshown = true;
        requested = true;
        notifyAll();
    }

    private void loop() {
        while (true) {
            boolean reloadAll;
            synchronized (this) {
                while (!requested && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) return;
                requested = false;
                reloadAll = unshown || builds == 0;
                unshown = false;
            }
            boolean superseded = false;
            try {
                List<String> changed = build.run();
                builds++;
                if (reloadAll || changed == null || changed.stream().anyMatch(open.get()::contains)) version.bump();
            } catch (Preview.Superseded e) {
                superseded = true;
            } catch (OutOfMemoryError e) {
                say("error: the build ran out of memory; still serving the last site. Look for a runaway input"
                        + " (a huge file, or YAML that expands), or give Java more memory (" + HeapHint.moreHeap() + "); a save rebuilds");
            } catch (Exception e) {
                say("error: build failed: " + Objects.requireNonNullElse(e.getMessage(), e.toString()) + "; still serving the last site");
            } catch (Error e) {
                say("error: build failed: " + e + "; still serving the last site; a save rebuilds");
            }
            synchronized (this) {
                if (superseded) unshown |= reloadAll;
                if (!requested && showing == 0) version.settle();
            }
        }
    }

    private void say(String line) {
        err.println(line);
        err.flush();
    }

    /** Stops building; a build in progress ends first. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
