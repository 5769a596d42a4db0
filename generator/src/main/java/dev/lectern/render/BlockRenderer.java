package dev.lectern.render;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Code;
import dev.lectern.model.Group;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import dev.lectern.model.Tabs;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Canonical blocks → HTML strings for the templates. Every block renders on its own: one that is too deeply
 * nested for flexmark becomes escaped text plus a warning, and the rest of the page goes on.
 */
final class BlockRenderer {
    private final MarkdownEngine md;
    private final CodeHighlighter highlighter;
    private final GroupBlocks groups;
    private final StepCache<Document> trees;

    BlockRenderer(MarkdownEngine md, CodeHighlighter highlighter) {
        this(md, highlighter, StepCache.none());
    }

    /** @param trees parsed blocks kept from a preview server's earlier steps, or {@link StepCache#none()} */
    BlockRenderer(MarkdownEngine md, CodeHighlighter highlighter, StepCache<Document> trees) {
        this.md = md;
        this.highlighter = highlighter;
        this.groups = new GroupBlocks(md);
        this.trees = trees;
    }

    /**
     * @param baseLevel the level the blocks' shallowest heading gets on this page; deeper ones keep their distance
     *                  from it, and nothing goes above it
     */
    String render(List<Block> blocks, int baseLevel, PageScope scope) {
        return render(blocks, baseLevel, scope, PageLinks.NONE);
    }

    /** @param links how this page links to an anchor of its guide (an author's {@code #id}) and from the URLs its author wrote */
    String render(List<Block> blocks, int baseLevel, PageScope scope, PageLinks links) {
        return render(blocks, baseLevel, scope, links, DocDefinitions.NONE);
    }

    /** @param defs what the blocks' document defines for all of itself (reference links, footnotes, abbreviations) */
    String render(List<Block> blocks, int baseLevel, PageScope scope, PageLinks links, DocDefinitions defs) {
        return render(blocks, baseLevel, scope, links, defs, HandOff.none(), false);
    }

    /**
     * @param parses where an answer's parsed blocks wait for its second page: kept there ({@code keep}, the guide page)
     *               or taken from there (its own page)
     */
    String render(List<Block> blocks, int baseLevel, PageScope scope, PageLinks links, DocDefinitions defs, HandOff<Markdown, Document> parses,
                  boolean keep) {
        int min = MarkdownScan.minHeadingLevel(blocks);
        int offset = min == 0 ? 0 : baseLevel - min;
        return renderAll(blocks, new Place(new HeadingLevels(offset, baseLevel), scope, links, defs, parses, keep));
    }

    /**
     * The list of the footnotes numbered {@code numbers} on this page (1-based, in order), with the back-links to their
     * citations; a footnote that cites another adds it to the list. Empty when there are none.
     */
    String footnotes(List<Integer> numbers, PageScope scope, PageLinks links, DocDefinitions defs) {
        if (numbers.isEmpty()) return "";
        List<Integer> all = new java.util.ArrayList<>(numbers);
        Place at = new Place(new HeadingLevels(0, 6), scope, links, defs, HandOff.none(), false);
        StringBuilder sb = new StringBuilder("<section class=\"footnotes\" aria-label=\"Footnotes\">\n<ol class=\"footnotes__list\">\n");
        for (int i = 0; i < all.size(); i++) {
            PageNotes.Cited c = scope.notes().get(all.get(i) - 1);
            int before = scope.notes().count();
            String body = renderBlock(new Markdown(c.note().markdown(), c.note().pos()), at);
            for (int n = before + 1; n <= scope.notes().count(); n++) all.add(n);
            sb.append("<li class=\"footnotes__item\" id=\"").append(Html.escape(c.noteId())).append("\" value=\"").append(c.number())
                    .append("\">\n").append(body).append("<p class=\"footnotes__back\">");
            for (int r = 0; r < c.refIds().size(); r++) {
                sb.append(r == 0 ? "" : " ").append("<a href=\"#").append(Html.escape(c.refIds().get(r)))
                        .append("\" aria-label=\"Back to citation ").append(r + 1).append(" of footnote ").append(c.number())
                        .append("\">↩</a>");
            }
            sb.append("</p>\n</li>\n");
        }
        return sb.append("</ol>\n</section>\n").toString();
    }

    /** Where blocks land: the page's outline, ids, diagnostics and footnotes, how it links, and its document's definitions. */
    private record Place(HeadingLevels levels, PageScope scope, PageLinks links, DocDefinitions defs, HandOff<Markdown, Document> parses, boolean keep) {
    }

    /**
     * {@code m} as HTML, from the tree its other page kept (or the {@link StepCache}), or parsed now; once rendered, the
     * tree is kept for its other page when this page keeps them, else given to the cache: from then on only the page
     * that takes it touches the tree.
     */
    private String rendered(Markdown m, Place at, BlockState state) {
        String text = m.text() + at.defs().suffixFor(m.text());
        Document doc = at.keep() ? null : at.parses().take(m);
        if (doc == null) doc = trees.take(text);
        if (doc == null) doc = md.parse(text, state);
        String html = md.render(doc, state);
        if (!at.keep() || !at.parses().keep(m, doc)) trees.give(text, doc);
        return html;
    }

    private String renderAll(List<Block> blocks, Place at) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) sb.append(renderBlock(b, at));
        return sb.toString();
    }

    private String renderBlock(Block b, Place at) {
        PageScope scope = at.scope();
        try {
            if (b instanceof Markdown m) {
                if (MarkdownScan.nestingDepth(m.text()) > MarkdownScan.MAX_DEPTH) return fallback(b, m.text(), scope);
                Map<Integer, String> anchors = scope.anchorsWithin(m.pos().line(), (int) m.text().lines().count());
                return markdown(b, at, anchors, state -> rendered(m, at, state));
            } else if (b instanceof Heading h) {
                return markdown(b, at, Map.of(), state -> md.heading(h.level(), h.text(), state));
            } else if (b instanceof Code c && c.language().equals("math")) {
                return "<p>" + MathSpans.html(true, c.code()) + "</p>\n";
            } else if (b instanceof Code c) {
                return CodeBlocks.html(highlighter, c);
            } else if (b instanceof Callout c) {
                return callout(c, at);
            } else if (b instanceof Group g) {
                return groups.html(g, body -> renderAll(body, at), href -> link(href, g, at));
            } else {
                return tabs((Tabs) b, at);
            }
        } catch (StackOverflowError e) {
            return fallback(b, textOf(b), scope);
        }
    }

    private String markdown(Block b, Place at, Map<Integer, String> anchors, java.util.function.Function<BlockState, String> render) {
        PageScope scope = at.scope();
        Set<String> dropped = new TreeSet<>();
        Map<String, SourcePos> fragments = new java.util.HashMap<>();
        Set<String> undefined = new TreeSet<>();
        BlockState state = new BlockState(at.levels(), false, dropped::add, anchors, urls(b, at, fragments),
                new java.util.concurrent.atomic.AtomicBoolean(), name -> {
                    DocDefinitions.Note note = at.defs().footnote(name);
                    if (note == null) undefined.add(name);
                    return note == null ? null : scope.notes().cite(note, scope.ids());
                }, new BlockState.Components() {
                    @Override
                    public void unknown(String name, Node node, int offset) {
                        scope.report(Diagnostic.note(place(b).apply(node, offset), "unknown component <" + name + ">: its content is kept, the tag left out"));
                    }

                    @Override
                    public void icon(String shortcode, Node node) {
                        scope.report(dev.lectern.model.IconShortcodes.leftOut(place(b).apply(node, node.getStartOffset()), shortcode));
                    }
                }, new java.util.ArrayDeque<>(2)); // tooltips nest rarely
        String html = render.apply(state);
        if (!dropped.isEmpty()) {
            scope.report(Diagnostic.note(b.pos(), "raw HTML removed: " + String.join(", ", dropped))
                    .withDropped(List.copyOf(dropped)));
        }
        if (!undefined.isEmpty()) {
            scope.report(Diagnostic.warning(b.pos(), "footnote never defined: [^" + String.join("], [^", undefined) + "]",
                    "define it anywhere in the document as a line '[^name]: its text'"));
        }
        if (!state.needsTree().get()) return html;
        // the theme's scripts find its elements by id: a second element with one would capture them
        return HtmlTree.finish(html, scope.ids(), id -> {
            if (scope.notes().owns(id)) return "#" + id; // a footnote and its citations are on this page
            String href = at.links().anchor(id);
            if (href.equals("#" + id)) scope.want(id, fragments.getOrDefault(id, b.pos()));
            return href;
        }, (id, now) -> scope.report(Diagnostic.note(b.pos(),
                "id \"" + id + "\" is reserved for the theme; renamed to \"" + now + "\"")));
    }

    /**
     * The block's URLs through the page's links; a warning names the line of the node that holds the URL. The place of
     * each {@code #id} link goes into {@code fragments}, for the page's check of its anchors.
     */
    private static BlockState.Urls urls(Block b, Place at, Map<String, SourcePos> fragments) {
        if (at.links() == PageLinks.NONE) return BlockState.Urls.NONE;
        java.util.function.BiFunction<Node, Integer, SourcePos> place = place(b);
        return new BlockState.Urls() {
            @Override
            public String rewrite(String url, Node node) {
                return at.links().url(url, () -> place.apply(node, node.getStartOffset()), at.scope()::report);
            }

            @Override
            public void fragment(String id, Node node) {
                if (at.scope().reports()) fragments.putIfAbsent(id, place.apply(node, node.getStartOffset()));
            }
        };
    }

    /** The source position of an offset in the text of a node of block {@code b} (its lines counted once, on first use). */
    private static java.util.function.BiFunction<Node, Integer, SourcePos> place(Block b) {
        LineIndex[] lines = new LineIndex[1];
        return (node, offset) -> {
            CharSequence text = node.getDocument().getChars().getBaseSequence();
            if (lines[0] == null || !lines[0].covers(text)) lines[0] = new LineIndex(text);
            return b.pos().atLine(b.pos().line() + lines[0].lineOf(offset));
        };
    }

    /** A URL a component's attribute gives ({@code <Card href>}), resolved as the page's other links are; "" when unsafe. */
    private static String link(String href, Block b, Place at) {
        if (!UrlPolicy.isSafe(href)) {
            at.scope().report(Diagnostic.warning(b.pos(), "link " + href + " is not safe to follow and is left out", "use an http(s) or relative URL"));
            return "";
        }
        return at.links().url(href, b::pos, at.scope()::report);
    }

    private String callout(Callout c, Place at) {
        String id = c.id().isEmpty() ? "" : at.scope().ids().place(c.id());
        return CalloutMarkup.open(c.kind(), md.inline(c.title()), c.collapse(), c.placement(), id)
                + renderAll(c.body(), at) + CalloutMarkup.close(c.collapse());
    }

    private String tabs(Tabs t, Place at) {
        StringBuilder sb = new StringBuilder("<div class=\"tabs\">\n");
        for (Tabs.Tab tab : t.tabs()) {
            String selected = tab.selected() ? " tabs__panel--selected" : "";
            sb.append("<section class=\"tabs__panel").append(selected).append("\" aria-label=\"")
                    .append(Html.escape(md.plain(tab.label()))).append("\">\n<p class=\"tabs__label\">")
                    .append(md.inline(tab.label())).append("</p>\n")
                    .append(renderAll(tab.body(), at)).append("</section>\n");
        }
        return sb.append("</div>\n").toString();
    }

    private String fallback(Block b, String text, PageScope scope) {
        String firstLine = text.strip().lines().findFirst().orElse("");
        String snippet = firstLine.length() > 60 ? firstLine.substring(0, 60) + "…" : firstLine;
        scope.report(Diagnostic.warning(b.pos(), "nesting too deep to render: " + snippet,
                "the block is shown as plain text; flatten its nested quotes or lists"));
        return "<pre class=\"render-fallback\">" + Html.escape(text) + "</pre>\n";
    }

    /** The source text of a block and everything inside it, so a fallback loses no words. */
    private static String textOf(Block b) {
        if (b instanceof Markdown m) return m.text();
        if (b instanceof Heading h) return h.text();
        if (b instanceof Code c) return c.code();
        StringBuilder sb = new StringBuilder();
        if (b instanceof Callout c) {
            sb.append(c.title());
            c.body().forEach(inner -> sb.append("\n\n").append(textOf(inner)));
        } else if (b instanceof Group g) {
            for (Group.Item item : g.items()) {
                sb.append(item.title());
                item.body().forEach(inner -> sb.append("\n\n").append(textOf(inner)));
                sb.append("\n\n");
            }
        } else if (b instanceof Tabs t) {
            for (Tabs.Tab tab : t.tabs()) {
                sb.append(tab.label());
                tab.body().forEach(inner -> sb.append("\n\n").append(textOf(inner)));
                sb.append("\n\n");
            }
        }
        return sb.toString().strip();
    }
}
