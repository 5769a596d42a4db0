package dev.lectern.render;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;

/**
 * One page being rendered: its ids, and where its diagnostics go. A question's answer renders twice (on the guide
 * page and on its own page), so only the guide page reports; the question page's scope stays quiet.
 */
record PageScope(IdRegistry ids, Diagnostics diags, boolean reports) {
    static PageScope reporting(Diagnostics diags) {
        return new PageScope(new IdRegistry(), diags, true);
    }

    static PageScope quiet() {
        return new PageScope(new IdRegistry(), null, false);
    }

    void report(Diagnostic d) {
        if (reports) diags.report(d);
    }
}
