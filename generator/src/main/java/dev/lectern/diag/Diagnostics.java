package dev.lectern.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A thread-safe collector; stages running in parallel report into one. Read back sorted, so output is deterministic. */
public final class Diagnostics {
    private final List<Diagnostic> items = Collections.synchronizedList(new ArrayList<>());

    public void report(Diagnostic d) {
        items.add(d);
    }

    public void addAll(List<Diagnostic> ds) {
        items.addAll(ds);
    }

    public List<Diagnostic> sorted() {
        List<Diagnostic> copy;
        synchronized (items) {
            copy = new ArrayList<>(items);
        }
        Collections.sort(copy);
        return copy;
    }

    public long count(Severity s) {
        synchronized (items) {
            return items.stream().filter(d -> d.severity() == s).count();
        }
    }
}
