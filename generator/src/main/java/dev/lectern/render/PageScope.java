package dev.lectern.render;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page being rendered: its ids, where its diagnostics go, and which source lines carry an anchor (the rows and
 * items of the guide's references). A question's answer renders twice (on the guide
 * page and on its own page), so only the guide page reports; the question page's scope stays quiet.
 */
record PageScope(IdRegistry ids, Diagnostics diags, boolean reports, Map<Integer, String> lineAnchors,
                 List<Map.Entry<String, SourcePos>> wanted, PageNotes notes) {
    static PageScope reporting(Diagnostics diags) {
        return new PageScope(new IdRegistry(), diags, true, new HashMap<>(), new ArrayList<>(), new PageNotes());
    }

    static PageScope quiet() {
        return new PageScope(new IdRegistry(), null, false, Map.of(), List.of(), new PageNotes());
    }

    /** Notes an author's {@code #id} link that stays on the page, to check once the whole page has its ids ({@link #checkAnchors}). */
    void want(String id, SourcePos at) {
        // "#top" scrolls to the top in every browser, with or without such an id
        if (reports && !id.isEmpty() && !id.equalsIgnoreCase("top")) wanted.add(Map.entry(id, at));
    }

    /** Reports every {@code #id} link {@link #want noted} whose id no element of the page has. */
    void checkAnchors(String document) {
        for (Map.Entry<String, SourcePos> w : wanted) {
            if (ids.has(w.getKey())) continue;
            report(Diagnostic.warning(w.getValue(), "'#" + w.getKey() + "': " + document + " has no heading, section or question with the id '"
                    + w.getKey() + "'", "link to one of its headings, written as GitHub writes their ids (lower case, spaces as '-':"
                    + " '## Getting Started' is #getting-started)"));
        }
        wanted.clear();
    }

    /** The anchors of source lines {@code first} … {@code first + count - 1}, keyed by line within the block (0-based). */
    Map<Integer, String> anchorsWithin(int first, int count) {
        if (lineAnchors.isEmpty()) return Map.of();
        Map<Integer, String> out = new HashMap<>();
        lineAnchors.forEach((line, id) -> {
            if (line >= first && line < first + count) out.put(line - first, id);
        });
        return out;
    }

    void report(Diagnostic d) {
        if (reports) diags.report(d);
    }
}
