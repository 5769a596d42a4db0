package dev.lectern.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A thread-safe collector; stages running in parallel report into one. Read back sorted, so output is deterministic.
 *
 * <p>Diagnostics of one cause (same file, severity, message and hint: 40,000 unclosed tags, say) are kept as one
 * group and read back as one diagnostic at the group's first position, its message ending "(and 39,999 more like it,
 * the last at line N)", carrying the text that all of them dropped. The rule lives here so that no stage can flood
 * the report, and memory stays bounded by the number of distinct messages.
 */
public final class Diagnostics {
    private record Cause(String file, Severity severity, String message, String hint) {
        static Cause of(Diagnostic d) {
            return new Cause(d.pos().file(), d.severity(), d.message(), d.hint());
        }
    }

    private static final class Group {
        Diagnostic first;
        SourcePos last;
        int count;
        final List<Diagnostic> withDropped = new ArrayList<>();

        void add(Diagnostic d) {
            if (first == null || d.compareTo(first) < 0) first = d;
            if (last == null || d.pos().compareTo(last) > 0) last = d.pos();
            if (!d.dropped().isEmpty()) withDropped.add(d);
            count++;
        }

        void addAll(Group other) {
            if (first == null || other.first.compareTo(first) < 0) first = other.first;
            if (last == null || other.last.compareTo(last) > 0) last = other.last;
            withDropped.addAll(other.withDropped);
            count += other.count;
        }

        Diagnostic merged() {
            if (count == 1) return first;
            List<String> dropped = new ArrayList<>();
            withDropped.stream().sorted().forEach(d -> dropped.addAll(d.dropped()));
            String more = String.format(Locale.ROOT, " (and %,d more like it, the last at line %d)", count - 1, last.line());
            return new Diagnostic(first.severity(), first.pos(), first.message() + more, first.hint(), dropped);
        }
    }

    private final Map<Cause, Group> groups = new HashMap<>();

    public synchronized void report(Diagnostic d) {
        groups.computeIfAbsent(Cause.of(d), c -> new Group()).add(d);
    }

    public synchronized void addAll(List<Diagnostic> ds) {
        for (Diagnostic d : ds) report(d);
    }

    /** Everything {@code other} holds, counted as if it had been reported here (a preview server replays a read's). */
    public void addAll(Diagnostics other) {
        Map<Cause, Group> theirs;
        synchronized (other) {
            theirs = new HashMap<>(other.groups);
        }
        synchronized (this) {
            theirs.forEach((cause, group) -> groups.computeIfAbsent(cause, c -> new Group()).addAll(group));
        }
    }

    /** One diagnostic per cause, in file and line order. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>();
        synchronized (this) {
            for (Group g : groups.values()) out.add(g.merged());
        }
        Collections.sort(out);
        return out;
    }

    /** Diagnostics of this severity as reported: one per cause. */
    public synchronized long count(Severity s) {
        return groups.keySet().stream().filter(c -> c.severity() == s).count();
    }
}
