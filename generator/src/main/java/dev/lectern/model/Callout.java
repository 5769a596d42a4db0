package dev.lectern.model;

import dev.lectern.diag.SourcePos;
import java.util.List;

/**
 * Every dialect's callout-like construct: MkDocs {@code !!!}/{@code ???}, Mintlify {@code <Note>}/{@code <Accordion>},
 * Docusaurus {@code :::kind}, GitHub {@code > [!NOTE]}, HTML {@code <details>}.
 * {@code title} is inline Markdown, empty for none (no title bar). {@code id} is the author's anchor
 * (Docusaurus {@code {#id}}), empty for none.
 */
public record Callout(CalloutKind kind, String title, Collapse collapse, Placement placement, String id, List<Block> body,
                      SourcePos pos) implements Block {
    public Callout {
        body = List.copyOf(body);
    }

    /** A callout in the flow of the text, with no anchor of its own: what most dialects write. */
    public Callout(CalloutKind kind, String title, Collapse collapse, List<Block> body, SourcePos pos) {
        this(kind, title, collapse, Placement.BLOCK, "", body, pos);
    }

    /** The same callout around other blocks (passes that rewrite bodies keep everything else). */
    public Callout withBody(List<Block> blocks) {
        return new Callout(kind, title, collapse, placement, id, blocks, pos);
    }

    public enum Collapse {
        /** always shown */
        NO,
        /** collapsible, closed by default */
        CLOSED,
        /** collapsible, open by default */
        OPEN
    }

    /** MkDocs {@code inline} / {@code inline end}: a side note the text flows around, at the start or end of the line. */
    public enum Placement {
        BLOCK, INLINE_START, INLINE_END
    }
}
