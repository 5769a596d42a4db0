package dev.lectern.render;

/**
 * The heading levels of one run of blocks (an answer, a section's prose) on a page. Authored levels move below the
 * page's own heading ({@code offset}, never above {@code min}, never past h6), and a heading is never more than one
 * level below the one before it: sources such as PDF extractions jump from h2 to h5, and a page outline must not skip
 * levels. Mutable, used by one page render on one thread, in document order.
 */
final class HeadingLevels {
    /** For titles, which never render heading tags: shared, so it keeps no outline. */
    static final HeadingLevels NONE = new HeadingLevels(0, 1, false);

    private final int offset;
    private final int min;
    private final boolean outline;
    private int last;

    HeadingLevels(int offset, int min) {
        this(offset, min, true);
    }

    private HeadingLevels(int offset, int min, boolean outline) {
        this.offset = offset;
        this.min = min;
        this.outline = outline;
        this.last = min - 1;
    }

    /** The level the next heading, written at {@code authored}, gets on the page. */
    int next(int authored) {
        int shifted = Math.max(min, Math.min(6, authored + offset));
        if (!outline) return shifted;
        int level = Math.min(shifted, last + 1);
        last = level;
        return level;
    }
}
