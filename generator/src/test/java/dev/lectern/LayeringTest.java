package dev.lectern;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Data flows one way (DESIGN.md, "The pipeline"): each package imports only the packages below it. */
class LayeringTest {
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("diag", Set.<String>of()),
            Map.entry("model", Set.of("diag")),
            Map.entry("config", Set.of("diag")),
            Map.entry("publish", Set.of("config", "diag")),
            Map.entry("check", Set.of("model", "diag")),
            Map.entry("source", Set.of("model", "config", "diag")),
            Map.entry("normalize", Set.of("model", "config", "diag")),
            Map.entry("render", Set.of("model", "config", "diag", "publish")),
            Map.entry("search", Set.of("model", "config", "diag", "publish")),
            Map.entry("build", Set.of("config", "diag", "model", "source", "normalize", "render", "search", "publish", "check")),
            Map.entry("serve", Set.of("build", "config", "diag")),
            Map.entry("scaffold", Set.<String>of()),
            Map.entry("cli", Set.of("build", "config", "diag", "model", "serve", "check", "scaffold")));

    @Test
    void everyPackageImportsOnlyThePackagesBelowIt() throws IOException {
        Path main = Paths.root().resolve("generator/src/main/java/dev/lectern");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = main.relativize(f).getName(0).toString();
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    violations.add(f + ": package '" + pkg + "' has no layering rule");
                    continue;
                }
                String text = Files.readString(f);
                int at = 0;
                while ((at = text.indexOf("dev.lectern.", at)) >= 0) {
                    int end = text.indexOf('.', at + 12);
                    String used = end < 0 ? "" : text.substring(at + 12, end);
                    if (!used.equals(pkg) && ALLOWED.containsKey(used) && !allowed.contains(used)) {
                        violations.add(main.relativize(f) + " uses dev.lectern." + used);
                    }
                    at += 12;
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }
}
