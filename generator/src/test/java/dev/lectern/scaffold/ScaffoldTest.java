package dev.lectern.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The files of a new site: the workflow CI runs, the launcher script, and nothing written over. */
class ScaffoldTest {
    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get(job)).get("steps");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkflowIsYamlThatBuildsStrictlyChecksAndDeploysWithTheOfficialPagesActionsWithoutMaven() throws Exception {
        Scaffold.write(tmp.resolve("s"), Optional.empty());
        String text = Files.readString(tmp.resolve("s/.github/workflows/pages.yml"));
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
        assertEquals(Map.of("contents", "read", "pages", "write", "id-token", "write"), workflow.get("permissions"));
        List<Map<String, Object>> build = steps(workflow, "build");
        List<Object> uses = build.stream().map(s -> s.get("uses")).filter(u -> u != null).toList();
        assertEquals(List.of("actions/checkout@v4", "actions/setup-java@v4", "actions/configure-pages@v5", "actions/upload-pages-artifact@v3"), uses);
        List<Object> runs = build.stream().map(s -> s.get("run")).filter(r -> r != null).toList();
        assertEquals(List.of("./lectern build --strict --base-url \"${{ steps.pages.outputs.base_url }}/\"",
                "./lectern check --base-url \"${{ steps.pages.outputs.base_url }}/\""), runs);
        assertEquals("site", ((Map<String, Object>) build.get(build.size() - 1).get("with")).get("path"));
        assertEquals("actions/deploy-pages@v4", steps(workflow, "deploy").get(0).get("uses"));
        assertFalse(text.contains("mvn") || text.contains("maven"), "the new site builds with Java alone");
    }

    @Test
    void theLauncherRunsTheVendoredJarWithTheRepositoryLaunchersJvmFlags() throws Exception {
        Scaffold.write(tmp.resolve("s"), Optional.empty());
        String launcher = Files.readString(tmp.resolve("s/lectern"));
        assertTrue(launcher.startsWith("#!/bin/sh\n"), "POSIX sh, which every CI image has");
        // the repository's launcher keeps its JVM flags in one line, opts=(…), and may add an archive's to them
        String opts = Files.readString(Path.of("../lectern")).lines().filter(l -> l.startsWith("opts=(")).findFirst().orElseThrow();
        assertTrue(opts.endsWith(")") && opts.contains("-Xss"), opts);
        String flags = opts.substring("opts=(".length(), opts.length() - 1);
        assertEquals("exec \"$java\" " + flags + " $thp ${heap:+-Xmx\"$heap\"} -jar \"$jar\" \"$@\"", execLine(launcher));
        // huge pages where Linux gives them on request, as the repository's launcher asks for them
        assertTrue(launcher.contains("if grep -q '\\[madvise\\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then thp=-XX:+UseTransparentHugePages; fi"), launcher);
        assertTrue(Files.readString(Path.of("../lectern")).contains("opts+=(-XX:+UseTransparentHugePages)"));
        assertTrue(launcher.contains("jar=\"$root/" + Scaffold.JAR + "\""), launcher);
        // and bounds the heap by the same rule, from the content folder's size
        String repository = Files.readString(Path.of("../lectern"));
        assertTrue(repository.contains("opts+=(-Xmx\"$heap\")"), "the repository's launcher passes the bound on");
        assertEquals(heapRule(repository), heapRule(launcher));
    }

    /** The lines from {@code heap="${LECTERN_HEAP:-}"} to the end of the block that follows it. */
    private static String heapRule(String script) {
        java.util.List<String> lines = script.lines().toList();
        int from = lines.indexOf("heap=\"${LECTERN_HEAP:-}\"");
        assertTrue(from >= 0, "no heap rule in " + script);
        int to = from + 1;
        while (!lines.get(to).equals("fi")) to++;
        return String.join("\n", lines.subList(from, to + 1));
    }

    private static String execLine(String script) {
        return script.lines().filter(l -> l.startsWith("exec ")).findFirst().orElseThrow();
    }

    @Test
    void writingAgainIntoAFinishedSiteIsRefusedAndChangesNothing() throws Exception {
        Path site = tmp.resolve("s");
        Scaffold.write(site, Optional.empty());
        Files.writeString(site.resolve("content/02-faq.md"), "mine");
        // the folder is not empty now, so it is refused before anything is written
        assertThrows(IOException.class, () -> Scaffold.write(site, Optional.empty()));
        assertEquals("mine", Files.readString(site.resolve("content/02-faq.md")));
        assertEquals(Optional.of("already exists and is not empty; give a new or empty folder (lectern new never writes over anything)"),
                Scaffold.refusal(site));
    }

    @Test
    void aSymbolicLinkIsRefused() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), target);
        assertTrue(Scaffold.refusal(link).orElseThrow().startsWith("is a symbolic link"));
    }
}
