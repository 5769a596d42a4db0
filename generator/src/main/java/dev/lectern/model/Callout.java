package dev.lectern.model;

import dev.lectern.diag.SourcePos;
import java.util.List;

/**
 * Every dialect's callout-like construct: MkDocs {@code !!!}/{@code ???}, Mintlify {@code <Note>}/{@code <Accordion>},
 * Docusaurus {@code :::kind}, GitHub {@code > [!NOTE]}, HTML {@code <details>}.
 * {@code title} is inline Markdown, empty for none.
 */
public record Callout(CalloutKind kind, String title, Collapse collapse, List<Block> body, SourcePos pos) implements Block {
    public Callout {
        body = List.copyOf(body);
    }

    public enum Collapse {
        /** always shown */
        NO,
        /** collapsible, closed by default */
        CLOSED,
        /** collapsible, open by default */
        OPEN
    }
}
