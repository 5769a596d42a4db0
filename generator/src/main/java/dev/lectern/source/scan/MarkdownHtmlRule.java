package dev.lectern.source.scan;

import java.util.List;

/**
 * An HTML block whose tag asks for Markdown inside ({@code <figure markdown>}, {@code markdown="span"} or
 * {@code "1"}: Python-Markdown's md_in_html, as MkDocs Material writes an image with its caption). Material's docs
 * write the content on the lines right after the opening tag; CommonMark would read those lines as part of the HTML
 * block and print {@code ![…](…)} as text. A blank line after the opener ends the HTML block there, so what follows
 * is read as Markdown (the closing tag still interrupts the last paragraph, being a block-level tag). {@code <div>}
 * and {@code <details>} have rules of their own.
 */
final class MarkdownHtmlRule implements ContainerRule {
    @Override
    public boolean matches(Line line) {
        return opener(line) != null;
    }

    @Override
    public int tryScan(List<Line> lines, int i, int depth, BlockSink out) {
        if (i + 1 >= lines.size() || lines.get(i + 1).isBlank() || opener(lines.get(i)) == null) return i;
        out.text(lines.get(i));
        out.text(new Line("", lines.get(i).number()));
        return i + 1;
    }

    /** The lowercase HTML tag alone on this line with a {@code markdown} attribute, or null. */
    private static Tag opener(Line line) {
        String s = line.text().stripLeading();
        if (s.length() < 3 || s.charAt(0) != '<' || !Character.isLowerCase(s.charAt(1)) || s.indexOf("markdown") < 0) return null;
        int end = 1;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) end++;
        Tag tag = Tag.open(s, s.substring(1, end));
        return tag != null && !tag.selfClosing() && tag.after().isBlank() && tag.attributes().containsKey("markdown") ? tag : null;
    }
}
