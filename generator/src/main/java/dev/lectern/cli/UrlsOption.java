package dev.lectern.cli;

import dev.lectern.config.UrlStyle;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --urls file|directory}, of the commands that build (build, serve): how links name a page, over lectern.yml's. */
final class UrlsOption {
    @Option(names = "--urls", paramLabel = "file|directory", description = "how links name a page, in place of lectern.yml's urls: "
            + "file (guide/index.html, the default: the site also opens from file://) or directory (guide/, for a web server)")
    String urls;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The style given, or null when none was (lectern.yml's holds); a usage error for any other word. */
    UrlStyle style() {
        if (urls == null) return null;
        UrlStyle style = UrlStyle.parse(urls);
        if (style == null) {
            throw new ParameterException(spec.commandLine(), "--urls must be 'file' or 'directory', not '" + urls + "': " + UrlStyle.HINT);
        }
        return style;
    }
}
