package dev.lectern.render;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.util.HashMap;
import java.util.Map;

/**
 * One page being rendered: its ids, where its diagnostics go, and which source lines carry an anchor (the rows and
 * items of the guide's references). A question's answer renders twice (on the guide
 * page and on its own page), so only the guide page reports; the question page's scope stays quiet.
 */
record PageScope(IdRegistry ids, Diagnostics diags, boolean reports, Map<Integer, String> lineAnchors) {
    static PageScope reporting(Diagnostics diags) {
        return new PageScope(new IdRegistry(), diags, true, new HashMap<>());
    }

    static PageScope quiet() {
        return new PageScope(new IdRegistry(), null, false, Map.of());
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
