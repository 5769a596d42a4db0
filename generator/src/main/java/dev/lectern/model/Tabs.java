package dev.lectern.model;

import dev.lectern.diag.SourcePos;
import java.util.List;

/** MkDocs content tabs, Mintlify {@code <Tabs>}/{@code <CodeGroup>}, Docusaurus {@code <Tabs>}: one group of labelled panels. */
public record Tabs(List<Tab> tabs, SourcePos pos) implements Block {
    public Tabs {
        tabs = List.copyOf(tabs);
    }

    /** {@code label} is inline Markdown. */
    public record Tab(String label, boolean selected, List<Block> body) {
        public Tab {
            body = List.copyOf(body);
        }
    }
}
