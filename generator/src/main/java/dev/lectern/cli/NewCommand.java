package dev.lectern.cli;

import dev.lectern.diag.DisplayPath;
import dev.lectern.scaffold.Scaffold;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a new site in DIR (a new or empty folder): sample pages, lectern.yml, a GitHub Pages workflow, and "
                + "a ./lectern script with this Lectern's jar, so the site builds with Java alone.")
final class NewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "the new site's folder; it must not exist yet, or be empty")
    Path dir;

    // For tests and for a Lectern started from its classes (an IDE): the jar to copy in place of the running one.
    @Option(names = "--jar", paramLabel = "FILE", hidden = true)
    Path jar;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String shown = DisplayPath.text(dir.toAbsolutePath().normalize());
        try {
            Optional<String> refused = Scaffold.refusal(dir);
            if (refused.isPresent()) return usage(err, shown + " " + refused.get());
            if (jar != null && !Files.isRegularFile(jar)) return usage(err, "--jar " + jar + " is not a file");
            Optional<Path> source = jar != null ? Optional.of(jar) : runningJar();
            List<String> written = Scaffold.write(dir, source);
            out.println("Created a new site in " + shown + ":");
            written.forEach(f -> out.println("  " + f));
            if (source.isEmpty()) {
                err.println("note: Lectern is not running from its jar, so " + Scaffold.JAR + " was not written and ./lectern cannot run yet; "
                        + "copy Lectern's jar there (mvn package makes generator/target/lectern.jar)");
            }
            out.println("Next:");
            out.println("  cd " + shellWord(dir.toString()) + " && ./lectern serve    # a preview that rebuilds on every change");
            out.println("Commit it all, " + Scaffold.JAR + " too: .github/workflows/pages.yml runs it to publish the site with GitHub Pages.");
        } catch (Exception e) {
            err.println("error: cannot create the site in " + shown + ": " + Main.describe(e) + "; what was written stays, nothing was overwritten");
            err.flush();
            return Main.FAILED;
        }
        out.flush();
        err.flush();
        return Main.OK;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return Main.USAGE;
    }

    /** {@code word} as the shell reads it back: as it is when it is plainly a path, else in single quotes. */
    static String shellWord(String word) {
        return word.matches("[A-Za-z0-9._/+@%=:,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** The jar this Lectern runs from, or empty when it runs from classes (tests, an IDE). */
    private static Optional<Path> runningJar() {
        CodeSource code = Main.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) return Optional.empty();
        try {
            Path p = Path.of(code.getLocation().toURI());
            return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
