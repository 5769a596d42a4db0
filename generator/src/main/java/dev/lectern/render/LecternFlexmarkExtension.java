package dev.lectern.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.lectern.model.PageIds;
import java.util.Map;
import java.util.Set;

/**
 * Our overrides of flexmark's HTML output: headings shifted below the page's own and clamped, raw HTML through
 * {@link HtmlSanitizer}, fenced code through {@link CodeBlocks}, and unsafe link/image URLs removed after
 * flexmark has unescaped them (its SUPPRESSED_LINKS only sees the raw text); table rows and list items that hold a
 * reference get its anchor; relative links and images, in Markdown and raw HTML, are made into links from the page
 * ({@link BlockState#urls}).
 */
final class LecternFlexmarkExtension implements HtmlRenderer.HtmlRendererExtension {
    private final CodeHighlighter highlighter;

    LecternFlexmarkExtension(CodeHighlighter highlighter) {
        this.highlighter = highlighter;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderers(highlighter));
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                LineIndex[] lines = new LineIndex[1]; // built on the first row or item that may carry an anchor
                return (node, part, attributes) -> {
                    if (node instanceof TableRow && part == AttributablePart.NODE || node instanceof ListItem
                            && (part == CoreNodeRenderer.TIGHT_LIST_ITEM || part == CoreNodeRenderer.LOOSE_LIST_ITEM)) {
                        Map<Integer, String> anchors = BlockState.KEY.get(node.getDocument()).lineAnchors();
                        if (!anchors.isEmpty()) {
                            CharSequence text = node.getDocument().getChars().getBaseSequence();
                            if (lines[0] == null || !lines[0].covers(text)) lines[0] = new LineIndex(text);
                            String id = anchors.get(lines[0].lineOf(node.getStartOffset()));
                            if (id != null) attributes.replaceValue("id", id);
                        }
                    }
                    BlockState state = BlockState.KEY.get(node.getDocument());
                    for (String key : new String[] {"href", "src"}) {
                        var attr = attributes.get(key);
                        if (attr == null) continue;
                        if (!UrlPolicy.isSafe(attr.getValue())) {
                            attributes.remove(key);
                        } else {
                            // a link or image of the author's, made into one from the page it lands on
                            String now = state.urls().rewrite(attr.getValue(), node);
                            if (!now.equals(attr.getValue())) attributes.replaceValue(key, now);
                        }
                    }
                    // ids (footnotes', rows') and #links are the page's business: HtmlTree sees this block
                    var href = attributes.get("href");
                    if (attributes.contains("id") || href != null && href.getValue().startsWith("#")) {
                        state.markForTree();
                    }
                    if (href != null && href.getValue().startsWith("#")) state.urls().fragment(href.getValue().substring(1), node);
                };
            }
        });
    }

    private static final class Renderers implements NodeRenderer {
        private final CodeHighlighter highlighter;

        Renderers(CodeHighlighter highlighter) {
            this.highlighter = highlighter;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Heading.class, this::heading),
                    new NodeRenderingHandler<>(FencedCodeBlock.class, this::fenced),
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Code.class, (n, c, h) -> InlineCode.render(n, c, h, highlighter)),
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Image.class, this::image),
                    new NodeRenderingHandler<>(TableBlock.class, this::table),
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlBlock.class, this::htmlBlock),
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlCommentBlock.class, this::htmlBlock),
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlInnerBlock.class, this::htmlBlock),
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlInnerBlockComment.class, this::htmlBlock),
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlInline.class, this::htmlInline),
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlInlineComment.class, this::htmlInline));
        }

        private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
            BlockState state = BlockState.KEY.get(context.getDocument());
            if (state.inline()) {
                // titles are link labels almost everywhere (nav, toc, prev/next), and links must not nest
                context.doNotRenderLinks();
                context.renderChildren(node);
                context.doRenderLinks();
                return;
            }
            // the one heading-id rule (the search index links to the same id); the page makes it unique (HtmlTree)
            String authored = AttributeLists.headingId(node);
            String id = PageIds.headingId(new TextCollectingVisitor().collectAndGetText(node), authored);
            state.markForTree();
            html.attr("id", id);
            html.withAttr().tagLine("h" + state.level(node.getLevel()), () -> {
                context.renderChildren(node);
                // the "#" comes from CSS, so the heading's text stays what the author wrote (reader mode, copying)
                html.raw(Html.anchor(id));
            });
        }

        /**
         * In a title an image is its alt text: a title is also the page's name in the sidebar, the tab and search
         * results, where one address could not serve every page (flexmark alone would drop it with the links).
         */
        private void image(com.vladsch.flexmark.ast.Image node, NodeRendererContext context, HtmlWriter html) {
            if (BlockState.KEY.get(context.getDocument()).inline()) html.text(new TextCollectingVisitor().collectAndGetText(node));
            else context.delegateRender();
        }

        /** Wide and long tables scroll inside a box of their own ({@link TableScroll}). */
        private void table(TableBlock node, NodeRendererContext context, HtmlWriter html) {
            TableScroll.render(node, context::delegateRender, html);
        }

        private void fenced(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
            String code = node.getContentChars().normalizeEOL();
            if (code.endsWith("\n")) code = code.substring(0, code.length() - 1);
            html.line();
            if (node.getInfo().toString().strip().equals("math")) {
                html.rawPre("<p>" + MathSpans.html(true, code) + "</p>");
                return;
            }
            // rawPre: plain raw() re-indents lines and would eat the code's leading whitespace
            boolean listFollows = node.getNext() instanceof com.vladsch.flexmark.ast.OrderedList list && list.getStartNumber() == 1;
            html.rawPre(CodeBlocks.html(highlighter, node.getInfo().unescape(), code, listFollows));
        }

        private void htmlBlock(HtmlBlockBase node, NodeRendererContext context, HtmlWriter html) {
            if (node.hasChildren() && node instanceof com.vladsch.flexmark.ast.HtmlBlock) {
                context.renderChildren(node);
                return;
            }
            html.line();
            html.rawPre(sanitize(node, context));
            html.line();
        }

        private void htmlInline(HtmlInlineBase node, NodeRendererContext context, HtmlWriter html) {
            html.rawPre(sanitize(node, context));
        }

        private static String sanitize(com.vladsch.flexmark.util.ast.Node node, NodeRendererContext context) {
            BlockState state = BlockState.KEY.get(context.getDocument());
            state.markForTree(); // raw HTML may leave tags open
            return HtmlSanitizer.sanitize(node.getChars().normalizeEOL(), state::level, !state.inline(), what -> drop(what, node, state),
                    url -> state.urls().rewrite(url, node), state.tooltips());
        }

        /**
         * An MDX component's tag (written with a capital; the sanitizer sees names lowercased) is reported as written at
         * the line where it opens, once, not with the raw HTML the block lost; anything else goes to the block's note.
         */
        private static void drop(String what, com.vladsch.flexmark.util.ast.Node node, BlockState state) {
            if (what.length() > 2 && what.charAt(0) == '<') {
                String name = what.substring(1, what.length() - 1);
                CharSequence chars = node.getChars();
                int open = openingTag(chars, name);
                if (open >= 0 && Character.isUpperCase(chars.charAt(open + 1))) {
                    state.components().unknown(chars.subSequence(open + 1, open + 1 + name.length()).toString(), node, node.getStartOffset() + open);
                    return;
                }
                if (open < 0 && closesComponent(chars, name)) return; // its opening tag was reported
            }
            state.dropped().accept(what);
        }

        /** The offset of {@code <name} (any case, followed by no other name character) in {@code chars}, or -1. */
        private static int openingTag(CharSequence chars, String name) {
            return tagAt(chars, "<", name);
        }

        private static boolean closesComponent(CharSequence chars, String name) {
            int at = tagAt(chars, "</", name);
            return at >= 0 && Character.isUpperCase(chars.charAt(at + 2));
        }

        private static int tagAt(CharSequence chars, String start, String name) {
            String s = chars.toString();
            int n = start.length() + name.length();
            for (int i = s.indexOf(start); i >= 0 && i + n <= s.length(); i = s.indexOf(start, i + 1)) {
                if (s.regionMatches(true, i + start.length(), name, 0, name.length())
                        && (i + n == s.length() || !Character.isLetterOrDigit(s.charAt(i + n)) && s.charAt(i + n) != '-' && s.charAt(i + n) != '.')) {
                    return i;
                }
            }
            return -1;
        }
    }
}
