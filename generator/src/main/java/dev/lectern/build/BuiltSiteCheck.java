package dev.lectern.build;

import dev.lectern.check.BasePath;
import dev.lectern.check.Problem;
import dev.lectern.check.SiteCheck;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.DisplayPath;
import dev.lectern.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code build --strict}'s check of the site it wrote: problems become errors at the source that made them. */
public final class BuiltSiteCheck {
    private BuiltSiteCheck() {
    }

    /**
     * Checks the site a build wrote ({@link SiteCheck}) and reports each problem as an error: at the source of its
     * page (the question or the document) when it has one, else at the page. For {@code build --strict}.
     */
    public static Checked run(Pipeline.Result result, Path outputDir) throws IOException {
        SiteCheck.Report report = SiteCheck.run(outputDir, BasePath.of(result.site().baseUrl()));
        PageOrigins origins = new PageOrigins(result.site());
        // a reference the build warned about, and left as written, is not reported twice
        Set<String> warned = new HashSet<>();
        for (Diagnostic d : result.diagnostics().sorted()) {
            if (!d.reference().isEmpty()) warned.add(d.pos().file() + "\u0000" + d.reference());
        }
        int known = 0;
        // one cause, one message: a reference on a question shows on its guide's page and on its own page
        Map<String, List<Problem>> causes = new LinkedHashMap<>();
        Map<String, SourcePos> where = new HashMap<>();
        for (Problem p : report.problems()) {
            SourcePos at = origins.of(p.page());
            if (at == null) at = SourcePos.of(DisplayPath.of(outputDir.resolve(p.page())), 0);
            if (warned.contains(at.file() + "\u0000" + p.url())) {
                known++;
                continue;
            }
            String key = at.file() + "\u0000" + (p.url().isEmpty() ? p.page() + "\u0000" + p.message() : p.url());
            causes.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            where.merge(key, at, (a, b) -> a.line() >= b.line() ? a : b); // the question's line says more than the document's
        }
        for (Map.Entry<String, List<Problem>> cause : causes.entrySet()) {
            Problem p = cause.getValue().get(0);
            int more = cause.getValue().size() - 1;
            result.diagnostics().report(Diagnostic.error(where.get(cause.getKey()), "the built page " + p.page()
                    + (more == 0 ? "" : " (and " + more + " more)") + ": " + p.message(), p.hint().isEmpty() ? "fix the reference" : p.hint()));
        }
        return new Checked(report, known);
    }

    /** A check's report, and how many of its problems the build had already warned about. */
    public record Checked(SiteCheck.Report report, int known) {
    }
}
