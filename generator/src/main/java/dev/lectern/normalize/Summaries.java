package dev.lectern.normalize;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import dev.lectern.model.Block;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Meta descriptions for pages whose source gives none: a document's first paragraph, a question's first sentence of
 * its answer, as plain text, cut at a sentence (else a word) boundary near {@link #MAX} characters. Only the first
 * few paragraph-sized chunks of a text are parsed, so the cost stays small whatever the size of the document.
 */
final class Summaries {
    static final int MAX = 160;
    static final int MIN_SENTENCE = 40;
    /** How many blank-line-separated chunks are tried for a paragraph (a heading, a table, HTML come first at times). */
    private static final int CHUNKS = 6;
    private static final int CHUNK_CHARS = 4000;

    /** flexmark's core parser: immutable, shared by the stage's threads. */
    private static final Parser PARSER = Parser.builder().build();

    private Summaries() {
    }

    /** The document's first paragraph, trimmed; "" when it has none. */
    static String ofGuide(Guide g) {
        int tried = 0;
        for (Section s : g.sections()) {
            List<Block> blocks = new ArrayList<>(s.intro());
            s.questions().forEach(q -> blocks.addAll(q.answer()));
            blocks.addAll(s.outro());
            for (Block b : blocks) {
                if (!(b instanceof Markdown m)) continue;
                String p = firstParagraph(m.text());
                if (!p.isEmpty()) return trim(p);
                if (++tried >= CHUNKS) return "";
            }
        }
        return "";
    }

    /** The first sentence of a question's answer; "" when it has no paragraph. */
    static String ofQuestion(Question q) {
        for (Block b : q.answer()) {
            if (!(b instanceof Markdown m)) continue;
            String p = firstParagraph(m.text());
            if (!p.isEmpty()) return trim(firstSentence(p));
        }
        return "";
    }

    static String firstParagraph(String markdown) {
        int from = 0;
        for (int chunk = 0; chunk < CHUNKS && from < markdown.length(); chunk++) {
            int end = markdown.indexOf("\n\n", from);
            if (end < 0) end = markdown.length();
            String text = markdown.substring(from, Math.min(end, from + CHUNK_CHARS));
            if (isPlain(text)) return String.join(" ", text.strip().split("\\s+")); // no markup: nothing to parse
            Node doc = PARSER.parse(text);
            for (Node n : doc.getDescendants()) {
                if (n instanceof Paragraph p) {
                    String plain = plain(p);
                    if (!plain.isEmpty()) return plain;
                }
            }
            from = end + 2;
        }
        return "";
    }

    /**
     * Whether a chunk is one paragraph of text with no Markdown in it: nothing a parser would change (most answers'
     * prose), so the parser, the cost of this stage, is skipped.
     */
    private static boolean isPlain(String text) {
        String t = text.strip();
        if (t.isEmpty() || !Character.isLetter(t.charAt(0))) return false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("*_`[]<>!#|\\&~=:+".indexOf(c) >= 0 || c == '-' && (i == 0 || t.charAt(i - 1) == '\n')) return false;
            if (c == '\n' && i + 1 < t.length() && (t.charAt(i + 1) == ' ' || Character.isDigit(t.charAt(i + 1)))) return false;
        }
        return true;
    }

    /** The paragraph's text as a reader sees it: markup, images and raw HTML tags go, white space is one space. */
    private static String plain(Paragraph p) {
        List<Node> nodes = new ArrayList<>();
        p.getDescendants().forEach(nodes::add); // collected first: the loop changes the tree
        for (Node n : nodes) {
            if (n instanceof Image || n instanceof HtmlInline) n.unlink();
            if (n instanceof Code code) {
                code.insertBefore(new Text(code.getText())); // the code's text, without its backticks
                code.unlink();
            }
        }
        // a lead-in label ("**Answer:** …", "**Note:** …") names the paragraph, it does not say what it says
        Node first = p.getFirstChild();
        Node next = first == null ? null : first.getNext();
        if (first instanceof StrongEmphasis label && label.getText().toString().split(" ").length <= 3
                && (label.getText().toString().strip().endsWith(":") || next != null && next.getChars().toString().startsWith(":"))) {
            if (next == null || next.getChars().toString().strip().equals(":")) return ""; // a label alone: the text follows it
            first.unlink();
        }
        String text = String.join(" ", new TextCollectingVisitor().collectAndGetText(p).strip().split("\\s+")).strip();
        return text.startsWith(":") ? text.substring(1).strip() : text;
    }

    /**
     * Up to the first full stop, question or exclamation mark that ends a sentence (a capital or a digit follows), past
     * {@link #MIN_SENTENCE} characters: "Yes." alone says nothing, so the next sentence comes along.
     */
    static String firstSentence(String text) {
        for (int i = MIN_SENTENCE; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ' && i + 2 < text.length()
                    && (Character.isUpperCase(text.charAt(i + 2)) || Character.isDigit(text.charAt(i + 2)))) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    /** At most {@link #MAX} characters: whole sentences when one ends past half way, else whole words and "…". */
    static String trim(String text) {
        if (text.length() <= MAX) return text;
        for (int i = MAX - 1; i >= MAX / 2; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ') return text.substring(0, i + 1);
        }
        int space = text.lastIndexOf(' ', MAX - 1);
        String cut = space > MAX / 2 ? text.substring(0, space) : text.substring(0, MAX - 1);
        return stripTrailingPunctuation(cut) + "\u2026";
    }

    private static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && ",;:-\u2013\u2014(".indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(0, end).strip();
    }
}
