package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.ChildLectern;
import dev.lectern.testing.Snapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content file whose name is not ASCII gets the same slug, and the whole site the same bytes, with no locale set
 * (POSIX: Java then decodes file names as ASCII) as under a UTF-8 one.
 */
class LocaleTest {
    @TempDir
    Path project;

    @Test
    void theSiteIsByteIdenticalWithAndWithoutAUtf8Locale() throws Exception {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(content.resolve("lectern.yml"), "title: Ünïcødé site\nguides:\n  - ünïcødé.md\n  - plain.md\n", StandardCharsets.UTF_8);
        Files.writeString(content.resolve("plain.md"), "# Plain\n\n## Part\n\n### Q1: Why?\n\nBecause.\n");
        Files.writeString(content.resolve("source.txt.tmp"), "# Ünïcødé guide\n\n## Partie\n\n### Q1: Qu'est-ce qu'un café ?\n\nUne boisson.\n", StandardCharsets.UTF_8);
        // named by the shell from octal bytes, so that the test JVM's own locale plays no part
        Process mv = new ProcessBuilder("sh", "-c", "mv source.txt.tmp \"$(printf '\\303\\274n\\303\\257c\\303\\270d\\303\\251.md')\"")
                .directory(content.toFile()).inheritIO().start();
        assertTrue(mv.waitFor(10, TimeUnit.SECONDS) && mv.exitValue() == 0);

        Map<String, String> posix = new HashMap<>();
        for (String k : new String[] {"LANG", "LC_ALL", "LC_CTYPE", "LANGUAGE", "JAVA_TOOL_OPTIONS"}) posix.put(k, null);
        ChildLectern.Run none = ChildLectern.run(project, posix, "build", "--strict", "--output", "site-posix");
        assertEquals(0, none.code(), none.err());
        Map<String, String> utf8 = new HashMap<>(posix);
        utf8.put("LC_ALL", "C.UTF-8");
        ChildLectern.Run withLocale = ChildLectern.run(project, utf8, "build", "--strict", "--output", "site-utf8");
        assertEquals(0, withLocale.code(), withLocale.err());

        Map<String, String> a = Snapshot.of(project.resolve("site-posix"));
        assertEquals(Snapshot.of(project.resolve("site-utf8")), a);
        String json = Files.readString(project.resolve("site-utf8/questions.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("content/ünïcødé.md"), json);
        assertTrue(Files.isDirectory(project.resolve("site-utf8/plain")), "plain.md is a guide too");
        assertTrue(a.keySet().stream().anyMatch(p -> p.startsWith("unic")), a.keySet().toString());
    }
}
