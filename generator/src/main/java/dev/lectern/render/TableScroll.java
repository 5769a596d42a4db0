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

/**
 * The box a Markdown table scrolls in, sideways and, past a screen's height, downwards under its sticky header row
 * (the theme's CSS). A box that scrolls must be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable),
 * so it is a focusable region named after the table's first header cells ("Table: Method, Returns, Mutates"), which
 * screen readers announce as the reader tabs into it. display:block on the table itself would cost it its table role.
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

    /** "Table: a, b, c…" from the first header row; "Table" when its cells are empty. */
    static String label(TableBlock table) {
        List<String> cells = new ArrayList<>();
        boolean more = false;
        Node row = firstRow(table);
        for (Node cell = row == null ? null : row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (!(cell instanceof TableCell)) continue;
            String text = new TextCollectingVisitor().collectAndGetText(cell).strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) continue;
            if (cells.size() == NAMED_CELLS) {
                more = true;
                break;
            }
            cells.add(text);
        }
        return cells.isEmpty() ? "Table" : "Table: " + String.join(", ", cells) + (more ? ", …" : "");
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
