package dev.lectern.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import java.util.Locale;

/**
 * Code spans. In a table cell, {@code \|} is a pipe: GitHub's tables take an escaped pipe out of the row before its
 * cells' inline syntax is read, so it reaches a code span as a plain pipe; flexmark leaves the backslash in the span.
 * <p>MkDocs inline highlighting (pymdownx.inlinehilite): a code span that starts with {@code #!lang } (or
 * {@code :::lang }) is that language's code, highlighted, the prefix gone. A shebang ({@code #!/bin/sh}) is no
 * such prefix: a language id is letters, digits and {@code +-_.#} only. Every other code span renders as flexmark
 * renders it.
 */
final class InlineCode {
    private InlineCode() {
    }

    static void render(Code node, NodeRendererContext context, HtmlWriter html, CodeHighlighter highlighter) {
        String text = node.getText().toString().replace('\n', ' ');
        boolean unescaped = node.getAncestorOfType(TableCell.class) != null && text.contains("\\|");
        if (unescaped) text = text.replace("\\|", "|");
        int prefix = text.startsWith("#!") ? 2 : text.startsWith(":::") ? 3 : -1;
        int end = prefix;
        while (prefix > 0 && end < text.length() && isLanguageChar(text.charAt(end))) end++;
        if (prefix < 0 || end == prefix || end >= text.length() || text.charAt(end) != ' ') {
            if (!unescaped) {
                context.delegateRender();
                return;
            }
            html.withAttr().tag("code").text(text).tag("/code");
            return;
        }
        String lang = text.substring(prefix, end).toLowerCase(Locale.ROOT);
        String code = text.substring(end + 1);
        html.attr("class", "language-" + lang).withAttr().tag("code");
        html.raw(highlighter.highlight(lang, code));
        html.tag("/code");
    }

    private static boolean isLanguageChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '_' || c == '.' || c == '#');
    }
}
