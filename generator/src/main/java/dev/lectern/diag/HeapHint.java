package dev.lectern.diag;

/**
 * How to give a build more heap, said where one ran out (lectern build, lectern serve). The lectern launcher bounds the
 * heap by the content's size with its own -Xmx, which overrides one in JAVA_TOOL_OPTIONS, so the hint names the
 * launcher's setting, with twice the heap this JVM has.
 */
public final class HeapHint {
    private HeapHint() {
    }

    /** This JVM's heap bound, in MB. */
    public static long heapMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    /** {@code LECTERN_HEAP=Ng through the lectern launcher, or java -XmxNg}, N twice this heap in GB, at least 2. */
    public static String moreHeap() {
        String more = Math.max(2, (2 * heapMb() + 1023) / 1024) + "g";
        return "LECTERN_HEAP=" + more + " through the lectern launcher, or java -Xmx" + more;
    }
}
