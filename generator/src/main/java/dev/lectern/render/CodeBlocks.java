package dev.lectern.render;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one markup for code blocks, whether they came as {@code Code} blocks or as fences inside Markdown. */
final class CodeBlocks {
    private CodeBlocks() {
    }

    /** Fence info words that ask for line numbers: {@code ```py linenums}, MkDocs' {@code linenums="1"}, {@code line-numbers}. */
    private static final Pattern LINE_NUMBERS = Pattern.compile(
            "(?<![\\w-])(?:linenums(?!=\"?0\\b)|showLineNumbers|line-numbers|data-line-numbers)(?![\\w-])");

    /** A fence inside Markdown: {@code info} is its whole info string. */
    static String html(CodeHighlighter highlighter, String info, String title, String code) {
        return html(highlighter, info, title, code, LINE_NUMBERS.matcher(info).find());
    }

    static String html(CodeHighlighter highlighter, String language, String title, String code, boolean numbered) {
        String lang = cleanLanguage(language);
        StringBuilder sb = new StringBuilder(code.length() + 200);
        sb.append(numbered ? "<div class=\"code-block\" data-line-numbers>" : "<div class=\"code-block\">");
        if (!lang.isEmpty() || !title.isBlank()) {
            sb.append("<div class=\"code-block__bar\">");
            // whitespace between the labels keeps them apart in extracted text (search, reader mode)
            if (!title.isBlank()) sb.append("<span class=\"code-block__title\">").append(Html.escape(title.strip())).append("</span> ");
            if (!lang.isEmpty()) {
                sb.append("<span class=\"code-block__lang\" data-lang=\"").append(Html.escape(lang)).append("\">")
                        .append(Html.escape(lang)).append("</span>");
            }
            sb.append("</div>");
        }
        // tabindex: a scrollable region must be reachable by keyboard
        sb.append("<pre class=\"code-block__pre\" tabindex=\"0\">");
        if (numbered) {
            // one empty span per line, numbered by a CSS counter: the numbers are never part of the code's text
            sb.append("<span class=\"code-block__lines\" aria-hidden=\"true\">")
                    .append("<span></span>".repeat((int) code.lines().count())).append("</span>");
        }
        sb.append("<code");
        if (!lang.isEmpty()) sb.append(" class=\"language-").append(Html.escape(lang)).append('"');
        sb.append('>').append(highlighter.highlight(lang, code)).append("</code></pre></div>\n");
        return sb.toString();
    }

    /** Fence info may carry more than a language ({@code py title="x"}); a class name must be one token. */
    static String cleanLanguage(String language) {
        String first = language.strip().split("[\\s{,]", 2)[0].toLowerCase(Locale.ROOT);
        return first.replaceAll("[^a-z0-9_+#.-]", "");
    }
}
