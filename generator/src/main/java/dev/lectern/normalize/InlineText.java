package dev.lectern.normalize;

import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;

/**
 * A title's inline Markdown → the words a reader sees, for slugs, sort keys and the site's title: a link is its text,
 * an image its alt text, a code span its content, an escape its character; emphasis marks and HTML tags go. A title
 * with none of Markdown's inline characters is its own text; others are parsed (flexmark's core parser, as a heading,
 * so that "1. Lists" stays text). The renderer's plain text of a title is the same through its own engine, whose
 * extensions (emoji and the like) a slug has no use for.
 */
public final class InlineText {
    /** Immutable once built: shared by the stage's threads. */
    private static final Parser PARSER = Parser.builder().build();

    private InlineText() {
    }

    public static String plain(String inline) {
        String line = String.join(" ", inline.strip().split("\\s+"));
        if (!hasMarkup(line)) return line;
        Node doc = PARSER.parse("# " + line);
        List<Node> tags = new ArrayList<>();
        for (Node n : doc.getDescendants()) if (n instanceof HtmlInlineBase) tags.add(n);
        tags.forEach(Node::unlink);
        return String.join(" ", new TextCollectingVisitor().collectAndGetText(doc).strip().split("\\s+"));
    }

    private static boolean hasMarkup(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("[]<>*_`\\&!#~".indexOf(s.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
