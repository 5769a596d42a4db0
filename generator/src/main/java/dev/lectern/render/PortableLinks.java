package dev.lectern.render;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Markdown whose link, image and reference-definition addresses are replaced, and nothing else: for Markdown that is
 * read away from the document it was written in ({@code llms-full.txt}), where {@code setup.md} or {@code img/a.png}
 * would lead nowhere. The addresses are found by parsing (so code spans and code blocks keep their text) and
 * replaced at their place in the text, which otherwise stays as written.
 */
final class PortableLinks {
    /** CommonMark alone finds links and definitions; no extension changes where they are. */
    private static final Parser PARSER = Parser.builder().build();

    private PortableLinks() {
    }

    /** {@code markdown} with each address {@code a} replaced by {@code address.apply(a)}. */
    static String rewrite(String markdown, UnaryOperator<String> address) {
        if (!markdown.contains("](") && !markdown.contains("]:")) return markdown;
        List<BasedSequence> urls = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Link.class, l -> urls.add(l.getUrl())),
                new VisitHandler<>(Image.class, i -> urls.add(i.getUrl())),
                new VisitHandler<>(Reference.class, r -> urls.add(r.getUrl()))).visit(PARSER.parse(markdown));
        StringBuilder out = new StringBuilder(markdown.length());
        int at = 0;
        for (BasedSequence url : urls) {
            if (url.isEmpty() || url.getStartOffset() < at) continue;
            String written = url.toString();
            String replaced = address.apply(written);
            boolean bracketed = url.getStartOffset() > 0 && markdown.charAt(url.getStartOffset() - 1) == '<';
            out.append(markdown, at, url.getStartOffset()).append(replaced.equals(written) || bracketed ? replaced : angled(replaced));
            at = url.getEndOffset();
        }
        return out.append(markdown, at, markdown.length()).toString();
    }

    /** An address as a link destination: in angle brackets when it holds a space or a parenthesis. */
    private static String angled(String url) {
        return url.matches("[^\\s()<>]*") ? url : "<" + url.replace("<", "%3C").replace(">", "%3E") + ">";
    }
}
