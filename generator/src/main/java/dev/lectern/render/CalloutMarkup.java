package dev.lectern.render;

import dev.lectern.model.Callout;
import dev.lectern.model.CalloutKind;

/**
 * The markup of a callout, one rule for both kinds of place it renders from: the callouts the scanner lifts out of
 * the text ({@link BlockRenderer}) and those flexmark finds inside list items and definitions ({@link ListCallouts}).
 * A collapsible one is a {@code <details>}, which needs a summary (or the browser invents an untranslated "Details");
 * another shows no title bar when its title is empty (MkDocs {@code !!! note ""}).
 */
final class CalloutMarkup {
    private CalloutMarkup() {
    }

    /** Everything up to the body: the element, its classes and id, and its title bar. */
    static String open(CalloutKind kind, String titleHtml, Callout.Collapse collapse, Callout.Placement placement, String id) {
        StringBuilder sb = new StringBuilder();
        sb.append('<').append(collapse == Callout.Collapse.NO ? "aside" : "details");
        sb.append(" class=\"callout callout--").append(kind.id());
        if (placement == Callout.Placement.INLINE_START) sb.append(" callout--inline");
        if (placement == Callout.Placement.INLINE_END) sb.append(" callout--inline-end");
        sb.append('"');
        if (!id.isEmpty()) sb.append(" id=\"").append(Html.escape(id)).append('"');
        if (collapse == Callout.Collapse.OPEN) sb.append(" open");
        sb.append(">\n");
        if (collapse != Callout.Collapse.NO) {
            String title = titleHtml.isBlank() ? Html.escape(kind == CalloutKind.PLAIN ? "Details" : kind.defaultTitle()) : titleHtml;
            sb.append("<summary class=\"callout__title\">").append(title).append("</summary>\n");
        } else if (!titleHtml.isBlank()) {
            sb.append("<p class=\"callout__title\">").append(titleHtml).append("</p>\n");
        }
        return sb.append("<div class=\"callout__body\">\n").toString();
    }

    static String close(Callout.Collapse collapse) {
        return "</div>\n" + (collapse == Callout.Collapse.NO ? "</aside>\n" : "</details>\n");
    }
}
