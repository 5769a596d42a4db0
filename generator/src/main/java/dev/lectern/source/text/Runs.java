package dev.lectern.source.text;

import java.util.ArrayList;
import java.util.List;

/** A text cut into runs that cover it end to end: each run is a paragraph with the blank lines that follow it. */
final class Runs {
    private Runs() {
    }

    /** Runs as {start, end, number of lines}; one pass over the text. */
    static List<int[]> of(String text) {
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        int lines = 0;
        boolean sawBlank = false;
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl + 1;
            boolean blank = text.substring(at, end).isBlank();
            if (!blank && sawBlank) {
                runs.add(new int[] {start, at, lines});
                start = at;
                lines = 0;
                sawBlank = false;
            }
            sawBlank |= blank;
            lines++;
            at = end;
        }
        if (at > start) runs.add(new int[] {start, at, lines});
        return runs;
    }
}
