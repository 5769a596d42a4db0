package dev.lectern.source.scan;

import dev.lectern.model.CalloutKind;

/**
 * The kind a callout's keyword names, for every syntax that writes one ({@code !!! type}, {@code :::type},
 * {@code <Admonition type>}). A keyword of the author's own site ({@code pied-piper}, {@code my-custom-admonition}) is
 * shown as a note and keeps its title, as MkDocs and Docusaurus do; a note says so, once per keyword and line.
 */
final class CalloutKinds {
    private CalloutKinds() {
    }

    static CalloutKind of(String keyword, Line line, BlockScanner scanner) {
        CalloutKind kind = CalloutKind.fromKeyword(keyword);
        if (kind != null) return kind;
        scanner.note(line, "callout type '" + keyword + "' has no style of its own and is shown as a note, its title kept;"
                + " use note, info, tip, warning or danger for one");
        return CalloutKind.NOTE;
    }
}
