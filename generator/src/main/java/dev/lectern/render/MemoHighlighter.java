package dev.lectern.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Highlights each distinct block once per renderer: a guide page and a question page show the same answers, so
 * without this every block would be highlighted twice a build. Safe across the render threads; the output is the
 * same as the wrapped highlighter's. A renderer renders one build, so the memo lives no longer than that.
 */
final class MemoHighlighter implements CodeHighlighter {
    private record Key(String language, String code) {
    }

    private final CodeHighlighter highlighter;
    private final Map<Key, String> done = new ConcurrentHashMap<>();
    private final Map<Key, java.util.List<String>> doneLines = new ConcurrentHashMap<>();

    MemoHighlighter(CodeHighlighter highlighter) {
        this.highlighter = highlighter;
    }

    @Override
    public String highlight(String language, String code) {
        return done.computeIfAbsent(new Key(language, code), k -> highlighter.highlight(k.language(), k.code()));
    }

    @Override
    public java.util.List<String> lines(String language, String code) {
        return doneLines.computeIfAbsent(new Key(language, code), k -> highlighter.lines(k.language(), k.code()));
    }
}
