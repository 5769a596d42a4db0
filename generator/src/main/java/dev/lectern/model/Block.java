package dev.lectern.model;

import dev.lectern.diag.SourcePos;

/**
 * A canonical block of content. Every dialect's constructs land on these few nodes; rendering knows only them.
 * Prose stays CommonMark+GFM text in {@link Markdown}; containers (callouts, tabs) and code are lifted out so
 * that no dialect syntax reaches rendering.
 */
public sealed interface Block permits Markdown, Heading, Code, Callout, Tabs, Group {
    SourcePos pos();
}
