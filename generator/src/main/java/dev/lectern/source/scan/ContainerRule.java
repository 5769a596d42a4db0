package dev.lectern.source.scan;

import java.util.List;

/** One dialect's container syntax. */
interface ContainerRule {
    /** Whether this line opens the container (cheap; no scanning of what follows). */
    boolean matches(Line line);

    /**
     * If line {@code i} opens this container, scan it (its body recursively, at {@code depth + 1}), add the resulting
     * block(s) to {@code out}, and return the index of the first line after it; otherwise return {@code i}.
     */
    int tryScan(List<Line> lines, int i, int depth, BlockSink out);
}
