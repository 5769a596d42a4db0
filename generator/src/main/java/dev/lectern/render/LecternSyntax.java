package dev.lectern.render;

import com.vladsch.flexmark.ext.emoji.Emoji;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.List;
import java.util.Set;

/**
 * The inline syntax documentation sites add to CommonMark and GFM, parsed and rendered our way: MkDocs Material's
 * {@code ==mark==}, {@code ^^insert^^} and {@code ++keys++} ({@link InlineMarks}), TeX math ({@link MathSpans}),
 * {@code :shortcodes:} ({@link Shortcodes}) and footnotes. Emoji and footnotes use only the parsers of flexmark's
 * extensions: their renderers would print image tags and a footnote list at the end of every block, where ours print
 * the emoji and cite the note on the page ({@link PageNotes}).
 */
final class LecternSyntax implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final List<Parser.ParserExtension> parsersOnly;

    /**
     * @param shortcodes whether to find {@code :shortcodes:} and @param footnotes whether to find footnotes (a parser
     *                   for text without their markers leaves them out: {@link ParserVariants})
     */
    LecternSyntax(boolean shortcodes, boolean footnotes) {
        List<Parser.ParserExtension> parsers = new java.util.ArrayList<>();
        if (shortcodes) parsers.add((Parser.ParserExtension) EmojiExtension.create());
        if (footnotes) parsers.add((Parser.ParserExtension) FootnoteExtension.create());
        parsersOnly = List.copyOf(parsers);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        parsersOnly.forEach(p -> p.parserOptions(options));
    }

    @Override
    public void extend(Parser.Builder builder) {
        parsersOnly.forEach(p -> p.extend(builder));
        builder.customDelimiterProcessor(InlineMarks.processor('=', "mark"));
        builder.customDelimiterProcessor(InlineMarks.processor('^', "ins"));
        builder.customDelimiterProcessor(InlineMarks.processor('+', "kbd"));
        builder.customInlineParserExtensionFactory(new MathSpans.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderers());
    }

    private static final class Renderers implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(InlineMarks.Styled.class, InlineMarks::render),
                    new NodeRenderingHandler<>(MathSpans.Formula.class, (node, context, html) -> html.raw(MathSpans.html(node.display, node.tex))),
                    new NodeRenderingHandler<>(Emoji.class, (node, context, html) -> {
                        if (dev.lectern.model.IconShortcodes.isIcon(node.getText().toString())) {
                            BlockState.KEY.get(context.getDocument()).components().icon(":" + node.getText() + ":", node);
                        }
                        Shortcodes.render(node, html);
                    }),
                    new NodeRenderingHandler<>(Footnote.class, Renderers::footnote),
                    // a definition shows in the page's list of footnotes, not where it was written
                    new NodeRenderingHandler<>(FootnoteBlock.class, (node, context, html) -> { }));
        }

        private static void footnote(Footnote node, NodeRendererContext context, HtmlWriter html) {
            BlockState state = BlockState.KEY.get(context.getDocument());
            PageNotes.Cited cited = state.inline() ? null : state.footnotes().apply(node.getText().toString());
            if (cited == null) {
                html.text(node.getChars().toString());
                return;
            }
            state.markForTree();
            String ref = cited.refIds().get(cited.refIds().size() - 1);
            html.raw("<sup class=\"footnote-ref\" id=\"" + Html.escape(ref) + "\"><a href=\"#" + Html.escape(cited.noteId())
                    + "\" aria-label=\"Footnote " + cited.number() + "\">" + cited.number() + "</a></sup>");
        }
    }
}
