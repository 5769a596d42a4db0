package dev.lectern.render;

/**
 * The seam for build-time syntax highlighting: turns source code into the HTML that goes inside
 * {@code <code>}. Implementations must escape everything they do not wrap in their own markup, and must be
 * thread-safe (pages render in parallel).
 */
public interface CodeHighlighter {
    /** The default: no highlighting, just escaping. */
    CodeHighlighter PLAIN = (language, code) -> Html.escape(code);

    /** @param language lowercase language id, empty when unknown */
    String highlight(String language, String code);

    /**
     * The same HTML cut into lines, each one balanced on its own (a token that spans lines is closed at each line
     * end and opened again on the next), so a line can be wrapped or followed by markup of its own. The default
     * suits highlighters that never wrap text across lines.
     */
    default java.util.List<String> lines(String language, String code) {
        return java.util.List.of(highlight(language, code).split("\n", -1));
    }
}
