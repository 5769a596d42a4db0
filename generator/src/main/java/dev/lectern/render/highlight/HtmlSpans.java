package dev.lectern.render.highlight;

import io.noties.prism4j.Prism4j;
import java.util.List;

/**
 * Token trees → HTML: a token with a class becomes {@code <span class="tok-CLASS">}, text is escaped, nothing else is
 * added or dropped, so the HTML's text is the code exactly and its spans always balance. Operators, punctuation and
 * interpolated expressions get no span of their own ({@link TokenClass#wrapped()}): they keep the text colour, and
 * they are over half of all tokens, so leaving them bare halves a code-heavy page.
 */
final class HtmlSpans {
    private HtmlSpans() {
    }

    static String render(List<? extends Prism4j.Node> nodes, int sizeHint) {
        StringBuilder out = new StringBuilder(sizeHint + sizeHint / 2 + 16);
        write(nodes, out);
        return out.toString();
    }

    /**
     * The same HTML cut at each line break of the code: the spans open at a break are closed before it and opened
     * again after it, so every line is balanced on its own and its text is that line of the code.
     */
    static List<String> renderLines(List<? extends Prism4j.Node> nodes, int sizeHint) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder out = new StringBuilder(sizeHint + sizeHint / 2 + 16);
        writeLines(nodes, new java.util.ArrayDeque<>(), out, lines);
        lines.add(out.toString());
        return lines;
    }

    private static void writeLines(List<? extends Prism4j.Node> nodes, java.util.Deque<String> open, StringBuilder out,
            List<String> lines) {
        for (Prism4j.Node node : nodes) {
            if (node instanceof Prism4j.Syntax syntax) {
                String cls = syntax.type();
                boolean wrap = !cls.isEmpty() && !TokenClass.UNWRAPPED.contains(cls);
                if (wrap) {
                    out.append("<span class=\"tok-").append(cls).append("\">");
                    open.addLast(cls);
                }
                writeLines(syntax.children(), open, out, lines);
                if (wrap) {
                    out.append("</span>");
                    open.removeLast();
                }
            } else {
                String text = ((Prism4j.Text) node).literal();
                int from = 0;
                for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
                    escape(text.subSequence(from, nl), out);
                    out.append("</span>".repeat(open.size()));
                    lines.add(out.toString());
                    out.setLength(0);
                    for (String cls : open) out.append("<span class=\"tok-").append(cls).append("\">");
                    from = nl + 1;
                }
                escape(text.subSequence(from, text.length()), out);
            }
        }
    }

    private static void write(List<? extends Prism4j.Node> nodes, StringBuilder out) {
        for (Prism4j.Node node : nodes) {
            if (node instanceof Prism4j.Syntax syntax) {
                String cls = syntax.type();
                if (cls.isEmpty() || TokenClass.UNWRAPPED.contains(cls)) {
                    write(syntax.children(), out);
                } else {
                    out.append("<span class=\"tok-").append(cls).append("\">");
                    write(syntax.children(), out);
                    out.append("</span>");
                }
            } else {
                escape(((Prism4j.Text) node).literal(), out);
            }
        }
    }

    /** Element content needs only these three escaped; the output never goes into an attribute. */
    static void escape(CharSequence s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }

    static String escape(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        escape(s, out);
        return out.toString();
    }
}
