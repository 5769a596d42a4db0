package dev.lectern.render;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Annotation;
import dev.lectern.model.Code;
import dev.lectern.model.FenceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one markup for code blocks, whether they came as {@code Code} blocks or as fences inside Markdown: a bar with
 * the title and the language, the code highlighted line by line so that marked lines ({@code hl_lines},
 * {@code {1,4-6}}, magic comments) are wrapped in a span of their own and annotation markers follow their line, and
 * a column of line numbers (from the block's first number) that is never part of the code's text.
 */
final class CodeBlocks {
    private CodeBlocks() {
    }

    private static final SourcePos NOWHERE = SourcePos.of("", 0);

    /** A fence inside Markdown: {@code info} is its whole info string. */
    static String html(CodeHighlighter highlighter, String info, String code) {
        return html(highlighter, info, code, false);
    }

    /** @param listFollows an ordered list from 1 comes right after the fence: the notes of its annotation markers, if any */
    static String html(CodeHighlighter highlighter, String info, String code, boolean listFollows) {
        Code c = Code.fenced(FenceInfo.parse(info), code, NOWHERE);
        return html(highlighter, listFollows && Annotation.anyIn(c.code()) ? c.annotate() : c);
    }

    static String html(CodeHighlighter highlighter, Code c) {
        String lang = cleanLanguage(c.language());
        StringBuilder sb = new StringBuilder(c.code().length() + 200);
        sb.append(c.annotated() ? "<div class=\"code-block code-block--annotated\"" : "<div class=\"code-block\"").append(c.lineNumbers() ? " data-line-numbers" : "").append('>');
        if (!lang.isEmpty() || !c.title().isBlank()) {
            sb.append("<div class=\"code-block__bar\">");
            // whitespace between the labels keeps them apart in extracted text (search, reader mode)
            if (!c.title().isBlank()) sb.append("<span class=\"code-block__title\">").append(Html.escape(c.title().strip())).append("</span> ");
            if (!lang.isEmpty()) {
                sb.append("<span class=\"code-block__lang\" data-lang=\"").append(Html.escape(lang)).append("\">")
                        .append(Html.escape(lang)).append("</span>");
            }
            sb.append("</div>");
        }
        // annotation markers leave the code before it is highlighted, and come back after their line
        Map<Integer, Integer> markers = new TreeMap<>();
        String code = c.annotated() ? withoutMarkers(c.code(), markers) : c.code();
        List<String> lines = highlighter.lines(lang, code);
        // tabindex: a scrollable region must be reachable by keyboard
        sb.append("<pre class=\"code-block__pre\" tabindex=\"0\">");
        if (c.lineNumbers()) {
            // one empty span per line, its number shown by CSS: the numbers are never part of the code's text
            sb.append("<span class=\"code-block__lines\" aria-hidden=\"true\">");
            for (int k = 0; k < lines.size(); k++) sb.append("<span data-n=\"").append(c.firstLine() + k).append("\"></span>");
            sb.append("</span>");
        }
        sb.append("<code");
        if (!lang.isEmpty()) sb.append(" class=\"language-").append(Html.escape(lang)).append('"');
        sb.append('>');
        for (int k = 0; k < lines.size(); k++) {
            if (k > 0) sb.append('\n');
            boolean marked = c.marked().contains(k + 1);
            if (marked) sb.append("<span class=\"code-block__line code-block__line--marked\">");
            sb.append(lines.get(k));
            Integer n = markers.get(k);
            // the number is drawn by CSS from data-n, so copying the code does not copy it
            if (n != null) sb.append("<span class=\"code-block__marker\" data-n=\"").append(n).append("\"></span>");
            if (marked) sb.append("</span>");
        }
        sb.append("</code></pre></div>\n");
        return sb.toString();
    }

    /** The code with each line's annotation marker taken out; {@code markers} gets line index → note number. */
    private static String withoutMarkers(String code, Map<Integer, Integer> markers) {
        List<String> out = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            Annotation a = Annotation.in(lines[k]);
            if (a == null) {
                out.add(lines[k]);
            } else {
                markers.put(k, a.n());
                out.add(a.keep());
            }
        }
        return String.join("\n", out);
    }

    /** Fence info may carry more than a language ({@code py title="x"}); a class name must be one token. */
    static String cleanLanguage(String language) {
        String first = language.strip().split("[\\s{,]", 2)[0].toLowerCase(Locale.ROOT);
        return first.replaceAll("[^a-z0-9_+#.-]", "");
    }
}
