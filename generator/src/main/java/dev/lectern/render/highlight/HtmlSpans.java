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
