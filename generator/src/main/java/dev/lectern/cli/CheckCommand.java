package dev.lectern.cli;

import dev.lectern.check.BasePath;
import dev.lectern.check.Problem;
import dev.lectern.check.SiteCheck;
import dev.lectern.diag.DisplayPath;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a built site: every internal link, image, script, stylesheet and #fragment resolves, no id is repeated, no link is empty.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--output", paramLabel = "DIR", description = "the built site to check (default: ${DEFAULT-VALUE})", defaultValue = "site")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", description = "the address the site is published at, when it was built with one: "
            + "links that start with its path (/docs/…) are read from the site's root")
    String baseUrl;

    @Option(names = {"-v", "--verbose"}, description = "also list the external links (they are never fetched)")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(output)) {
            err.println("error: no site at " + DisplayPath.of(output) + "; build one first (lectern build), or give its folder with --output DIR");
            err.flush();
            return Main.USAGE;
        }
        SiteCheck.Report report;
        try {
            report = SiteCheck.run(output, BasePath.of(baseUrl));
        } catch (Exception e) {
            err.println("error: check failed: " + Main.describe(e));
            err.flush();
            return Main.FAILED;
        }
        String prefix = DisplayPath.of(output) + "/";
        for (Problem p : report.problems()) err.println(prefix + p.page() + ": error: " + p.message() + (p.hint().isEmpty() ? "" : "; " + p.hint()));
        if (verbose) report.external().forEach(url -> out.println("external: " + url));
        out.printf(Locale.ROOT, "Checked %d pages: %d problems, %d external links (not fetched%s).%n", report.pages(), report.problems().size(),
                report.external().size(), verbose || report.external().isEmpty() ? "" : "; -v lists them");
        out.flush();
        err.flush();
        return report.problems().isEmpty() ? Main.OK : Main.FAILED;
    }
}
