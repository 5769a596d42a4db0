package dev.lectern.render;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.lectern.model.Callout;
import dev.lectern.model.CalloutKind;
import java.util.Map;
import java.util.Set;

/**
 * MkDocs admonitions that live inside a list item or a definition ({@code :   !!! tip}, body indented 8). The scanner
 * lifts out the callouts at a container's margin; these stay in the list's Markdown, where only flexmark knows the
 * item structure, so flexmark's admonition parser finds them and they render with the same markup
 * ({@link CalloutMarkup}). flexmark's own renderer (icons as inline SVG, its own classes) is not used.
 */
final class ListCallouts implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /**
     * The parser reads its maps from the options on every parse; left unset, each read rebuilds the default, the icon map
     * by loading flexmark's SVG files (a fourfold slowdown of a build of many small blocks). Set once here instead.
     */
    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, AdmonitionExtension.getQualifierTypeMap());
        options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP, AdmonitionExtension.getQualifierTitleMap());
        options.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of());
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new AdmonitionBlockParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, Renderer::render));
        }

        private static void render(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
            String keyword = node.getInfo().toString().strip();
            CalloutKind kind = CalloutKind.fromKeyword(keyword);
            // no quoted title: the keyword's; an empty one ("") asks for no title bar
            String title = node.getTitleOpeningMarker().isNull() ? CalloutKind.keywordTitle(keyword) : node.getTitle().toString();
            String marker = node.getOpeningMarker().toString();
            Callout.Collapse collapse = marker.equals("!!!") ? Callout.Collapse.NO
                    : marker.equals("???+") ? Callout.Collapse.OPEN : Callout.Collapse.CLOSED;
            html.line();
            html.raw(CalloutMarkup.open(kind == null ? CalloutKind.NOTE : kind, Html.escapeText(title), collapse,
                    Callout.Placement.BLOCK, ""));
            context.renderChildren(node);
            html.line();
            html.raw(CalloutMarkup.close(collapse));
        }
    }
}
