package dev.lectern.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * flexmark parsers ({@link ParserVariants}) and one HtmlRenderer for the whole build (immutable once built and safe to
 * share across threads; per-document state rides on the Document): GFM-like tables, footnotes, definition lists, attribute
 * lists ({@link AttributeLists}), abbreviations and the inline syntax of {@link LecternSyntax}; no typographic extension
 * (it turns {@code --flag} into a dash). Heading ids follow {@code model.PageIds}, or the author's {@code {#id}}, in our
 * heading renderer.
 */
final class MarkdownEngine {
    private final ParserVariants parsers;
    private final HtmlRenderer renderer;
    /**
     * Titles with Markdown, rendered once each: a question's title shows on its page, its neighbours' pages and its
     * guide's pages, and a guide's title on every page of it. Holds one entry per distinct title of the site.
     */
    private final Map<String, String> inlineMemo = new ConcurrentHashMap<>();
    private final Map<String, String> plainMemo = new ConcurrentHashMap<>();
    /**
     * Each document's definitions, by source path: its guide page and each of its question pages use them. They are
     * the definitions of that very guide (a renderer that serves several builds sees a source's guide change).
     */
    private final Map<String, Known> definitions = new ConcurrentHashMap<>();

    private record Known(dev.lectern.model.Guide guide, DocDefinitions definitions) {
    }

    MarkdownEngine(CodeHighlighter highlighter) {
        List<Extension> always = List.of(new LecternFlexmarkExtension(highlighter));
        parsers = new ParserVariants(always, extensions -> Parser.builder(options(extensions)).build());
        renderer = HtmlRenderer.builder(options(ParserVariants.allExtensions(always))).build();
    }

    static MutableDataSet options(List<Extension> extensions) {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, extensions);
        o.set(HtmlRenderer.SUPPRESSED_LINKS, "(?is)\\s*(?:javascript|vbscript):.*");
        o.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        o.set(TablesExtension.COLUMN_SPANS, false);
        o.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        o.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        o.set(TablesExtension.CLASS_NAME, "table");
        return o;
    }

    /** A Markdown block as HTML; heading levels and dropped-HTML reporting follow {@code state}. */
    String block(String markdown, BlockState state) {
        return render(parse(markdown, state), state);
    }

    /** A Markdown block's tree, attribute lists cleaned (what they drop reported to {@code state}); render it with {@link #render}. */
    Document parse(String markdown, BlockState state) {
        Document doc = parsers.forText(markdown).parse(markdown);
        doc.set(BlockState.KEY, state);
        if (markdown.indexOf('{') >= 0) AttributeLists.clean(doc, state.dropped());
        return doc;
    }

    /** A parsed block as HTML for the page of {@code state} (a tree may render again, for another page). */
    String render(Document doc, BlockState state) {
        doc.set(BlockState.KEY, state);
        return renderer.render(doc);
    }

    /** The definitions in {@code blocks}, for blocks with no document behind them. */
    DocDefinitions definitions(List<dev.lectern.model.Block> blocks) {
        return DocDefinitions.of(blocks, parsers.full());
    }

    /** The reference links, footnotes and abbreviations {@code g} defines anywhere in it. */
    DocDefinitions definitions(dev.lectern.model.Guide g) {
        Known known = definitions.get(g.source());
        if (known != null && known.guide() == g) return known.definitions();
        DocDefinitions made = DocDefinitions.of(g, parsers.full());
        definitions.put(g.source(), new Known(g, made));
        return made;
    }

    /** One heading, rendered exactly as the same heading inside Markdown would be. */
    String heading(int level, String inlineMarkdown, BlockState state) {
        return block("#".repeat(Math.max(1, Math.min(6, level))) + " " + asHeadingText(inlineMarkdown), state);
    }

    /** Inline Markdown (a title) as HTML without a wrapping element. */
    String inline(String inlineMarkdown) {
        String text = asHeadingText(inlineMarkdown);
        return PlainTitle.is(text) ? PlainTitle.html(text) : memo(inlineMemo, inlineMarkdown, this::inlineParsed);
    }

    /** {@link #inline} through flexmark, whatever the title holds. */
    String inlineParsed(String inlineMarkdown) {
        Document doc = parseTitle(inlineMarkdown);
        String html = renderer.render(doc).strip();
        // a title's raw HTML must not leave a tag open in the page around it
        for (Node n : doc.getDescendants()) if (n instanceof HtmlInlineBase) return HtmlTree.balance(html);
        return html;
    }

    /** Inline Markdown as the plain text a reader sees: code spans keep their text, markup goes. */
    String plain(String inlineMarkdown) {
        String text = asHeadingText(inlineMarkdown);
        return PlainTitle.is(text) ? text : memo(plainMemo, inlineMarkdown, this::plainParsed);
    }

    /** {@link #plain} through flexmark, whatever the title holds. */
    String plainParsed(String inlineMarkdown) {
        Node doc = parseTitle(inlineMarkdown);
        Shortcodes.toPlain(doc);
        return new TextCollectingVisitor().collectAndGetText(doc).strip();
    }

    /** Not computeIfAbsent: that would hold a lock of the map while flexmark runs; a title computed twice is the same. */
    private static String memo(Map<String, String> memo, String key, UnaryOperator<String> compute) {
        String known = memo.get(key);
        if (known != null) return known;
        String made = compute.apply(key);
        memo.putIfAbsent(key, made);
        return made;
    }

    /**
     * Parsing a title as the content of an ATX heading keeps it inline: "1. Lists" must not become a list, nor
     * "- x" an item, nor "> y" a quote.
     */
    private Document parseTitle(String inlineMarkdown) {
        String heading = "# " + asHeadingText(inlineMarkdown);
        Document doc = parsers.forText(heading).parse(heading);
        doc.set(BlockState.KEY, BlockState.INLINE);
        if (heading.indexOf('{') >= 0) AttributeLists.clean(doc, dropped -> { });
        return doc;
    }

    /** Line breaks and the white space around them become one space (a scan: a regex here backtracked on long blanks). */
    private static String oneLine(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text.strip();
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int j = i;
            boolean lineBreak = false;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                lineBreak |= text.charAt(j) == '\n' || text.charAt(j) == '\r';
                j++;
            }
            if (j > i) {
                sb.append(lineBreak ? " " : text.substring(i, j));
                i = j;
            } else {
                sb.append(text.charAt(i++));
            }
        }
        return sb.toString().strip();
    }

    /** Headings are one line, and a trailing " #" would be read as a closing sequence and lost. */
    private static String asHeadingText(String text) {
        String oneLine = oneLine(text);
        int end = oneLine.length();
        while (end > 0 && oneLine.charAt(end - 1) == '#') end--;
        if (end < oneLine.length() && (end == 0 || oneLine.charAt(end - 1) == ' ')) {
            return oneLine.substring(0, end) + oneLine.substring(end).replace("#", "\\#");
        }
        return oneLine;
    }
}
