package dev.lectern.render;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The box a Markdown table scrolls in, sideways and, past a screen's height, downwards under its sticky header row
 * (the theme's CSS). A box that scrolls must be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable),
 * so it is a focusable region named after the table's first header cells ("Table: Method, Returns, Mutates"), which
 * screen readers announce as the reader tabs into it. display:block on the table itself would cost it its table role.
 * A Markdown table gets it as flexmark renders the table; a table of raw HTML in the block's tree ({@code HtmlTree}).
 */
final class TableScroll {
    /** Header cells named in the label; more read as a list of columns rather than a name. */
    private static final int NAMED_CELLS = 3;

    private TableScroll() {
    }

    static void render(TableBlock table, Runnable body, HtmlWriter html) {
        html.line();
        html.attr("class", "table-wrap").attr("role", "region").attr("tabindex", "0").attr("aria-label", label(table));
        html.withAttr().tag("div");
        html.line();
        body.run();
        html.line();
        html.tag("/div");
        html.line();
    }

    /**
     * The same box around each outermost table of raw HTML (an author's {@code <table>}, already sanitized), named
     * after the header cells of its first row.
     */
    static void wrapRaw(Element body) {
        for (Element table : body.select("table")) {
            Element parent = table.parent();
            if (parent == null || parent.hasClass("table-wrap") || parent.closest("table") != null) continue;
            Element row = table.selectFirst("tr");
            List<String> cells = row == null ? List.of() : row.children().stream().filter(c -> c.nameIs("th")).map(Element::text).toList();
            table.wrap("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"></div>");
            table.parent().attr("aria-label", label(cells));
        }
    }

    /** "Table: a, b, c, …" from the first header row's cells; "Table" when they are empty. */
    static String label(TableBlock table) {
        List<String> cells = new ArrayList<>();
        Node row = firstRow(table);
        for (Node cell = row == null ? null : row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) cells.add(new TextCollectingVisitor().collectAndGetText(cell));
        }
        return label(cells);
    }

    private static String label(List<String> texts) {
        List<String> cells = texts.stream().map(t -> t.strip().replaceAll("\\s+", " ")).filter(t -> !t.isEmpty()).toList();
        if (cells.isEmpty()) return "Table";
        String more = cells.size() > NAMED_CELLS ? ", …" : "";
        return "Table: " + String.join(", ", cells.subList(0, Math.min(NAMED_CELLS, cells.size()))) + more;
    }

    private static Node firstRow(TableBlock table) {
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow) return row;
                }
            }
        }
        return null;
    }
}
