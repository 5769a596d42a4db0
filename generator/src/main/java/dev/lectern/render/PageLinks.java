package dev.lectern.render;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** How the content of one page links: to anchors of its own document, and from the URLs its author wrote ({@link References}). */
interface PageLinks {
    /** The link from this page to the anchor {@code id} of its document (an author's {@code #id}, after renaming). */
    String anchor(String id);

    /**
     * The URL {@code written} in the document, made into a link from this page: a relative path to another document
     * or to a file of the content folder is rewritten, anything else kept. A reference that resolves nowhere is
     * reported (at the place {@code at} gives) and kept as written.
     */
    String url(String written, Supplier<SourcePos> at, Consumer<Diagnostic> report);

    /** Links left as written, {@code #id} on the page itself (a page with no document behind it). */
    PageLinks NONE = new PageLinks() {
        @Override
        public String anchor(String id) {
            return "#" + id;
        }

        @Override
        public String url(String written, Supplier<SourcePos> at, Consumer<Diagnostic> report) {
            return written;
        }
    };
}
