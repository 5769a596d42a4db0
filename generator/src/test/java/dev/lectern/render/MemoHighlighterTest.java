package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoHighlighterTest {
    @Test
    void eachDistinctBlockIsHighlightedOnceWithTheSameOutput() {
        AtomicInteger calls = new AtomicInteger();
        CodeHighlighter counting = (language, code) -> {
            calls.incrementAndGet();
            return language + ":" + code;
        };
        MemoHighlighter memo = new MemoHighlighter(counting);
        List<String[]> blocks = List.of(new String[] {"py", "x"}, new String[] {"py", "x"}, new String[] {"sh", "x"},
                new String[] {"py", "y"});
        List<String> out = blocks.parallelStream().map(b -> memo.highlight(b[0], b[1])).toList();
        assertEquals(List.of("py:x", "py:x", "sh:x", "py:y"), out);
        assertEquals(3, calls.get());
    }
}
