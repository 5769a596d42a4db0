package dev.lectern.serve;

/**
 * The served site's version, which open pages wait on: it goes up each time the files a page may show changed (the
 * first pages of an edit, then the rest when they changed an open page), and {@code settled} catches up with it once
 * no build is pending or running, the folder then being what {@code lectern build} makes. Waiting is a long poll: a
 * request is answered when the number moves, or after a while with the same number.
 */
public final class SiteVersion {
    private long version;
    private long settled;
    private boolean closed;

    public synchronized long version() {
        return version;
    }

    public synchronized long settled() {
        return settled;
    }

    /** Pages showing an older version reload. */
    synchronized void bump() {
        version++;
        notifyAll();
    }

    /** The site is whole at the current version. */
    synchronized void settle() {
        settled = version;
        notifyAll();
    }

    /** The version once it differs from {@code since}, or after {@code timeoutMs} (or when the server stops). */
    synchronized long awaitVersion(long since, long timeoutMs) throws InterruptedException {
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        for (long left = timeoutMs; version == since && !closed && left > 0; left = (end - System.nanoTime()) / 1_000_000) wait(left);
        return version;
    }

    /** The settled version once it differs from {@code since}, or after {@code timeoutMs} (or when the server stops). */
    synchronized long awaitSettled(long since, long timeoutMs) throws InterruptedException {
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        for (long left = timeoutMs; settled == since && !closed && left > 0; left = (end - System.nanoTime()) / 1_000_000) wait(left);
        return settled;
    }

    /** Answers every waiting request now. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
