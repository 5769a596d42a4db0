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
}
