package dev.lectern.cli;

import dev.lectern.build.BuiltSiteCheck;
import dev.lectern.build.Pipeline;
import dev.lectern.build.Refused;
import dev.lectern.check.SiteCheck;
import dev.lectern.config.UrlStyle;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.DisplayPath;
import dev.lectern.diag.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site from the content folder.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})", defaultValue = "content")
    Path content;

    @Option(names = "--output", paramLabel = "DIR", description = "output folder, replaced on each build (default: ${DEFAULT-VALUE})", defaultValue = "site")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", description = "the address the site is published at (https://example.org/docs/), "
            + "in place of lectern.yml's base_url: for canonical links, the sitemap and the 404 page")
    String baseUrl;

    @Mixin
    UrlsOption urls;

    @Option(names = "--strict", description = "check the built site's links too (as lectern check), and exit with 1 when the content or the site has "
            + "warnings or errors (for CI)")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "also print notes (what was repaired or left out, and why)")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        UrlStyle style = urls.style();
        Pipeline.Result result;
        try {
            result = new Pipeline(baseUrl, style).build(content, output);
        } catch (Refused e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Main.USAGE;
        } catch (Exception | OutOfMemoryError e) {
            err.println("error: build failed: " + Main.describe(e));
            err.flush();
            return Main.FAILED;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String checked = "";
        if (strict) {
            try {
                long t = System.nanoTime();
                BuiltSiteCheck.Checked c = BuiltSiteCheck.run(result, output); // the built site's links, as lectern check reads them
                SiteCheck.Report report = c.report();
                checked = String.format(Locale.ROOT, "Checked %d pages in %.2f s: %d problems%s, %d external links (not fetched).%n",
                        report.pages(), (System.nanoTime() - t) / 1e9, report.problems().size(),
                        c.known() == 0 ? "" : " (" + c.known() + " of them the warnings above)", report.external().size());
            } catch (Exception e) {
                err.println("error: check failed: " + Main.describe(e));
                err.flush();
                return Main.FAILED;
            }
        }
        List<Diagnostic> diags = result.diagnostics().sorted();
        for (Diagnostic d : diags) {
            if (verbose || d.severity() != Severity.NOTE) err.println(d.format());
        }
        long warnings = result.diagnostics().count(Severity.WARNING);
        long errors = result.diagnostics().count(Severity.ERROR);
        long notes = result.diagnostics().count(Severity.NOTE);
        String holds = result.site().summary();
        out.printf(Locale.ROOT, "Built %s: %d HTML files into %s in %.2f s (%s).%n",
                holds.isEmpty() ? "an empty site" : holds, result.pages(), DisplayPath.of(output), seconds,
                String.join(", ", List.of(errors + " errors", warnings + " warnings", notes + " notes" + (verbose || notes == 0 ? "" : ": -v shows them"))));
        out.print(checked);
        if (verbose) {
            out.println("Stages (ms): " + result.timings());
            result.site().guides().forEach(g -> out.printf(Locale.ROOT, "  %-32s %-10s %s%n", g.slug(), g.dialect(),
                    g.isGuide() ? g.questionCount() + " questions" : "page"));
        }
        out.flush();
        err.flush();
        return strict && (warnings + errors) > 0 ? Main.FAILED : Main.OK;
    }
}
