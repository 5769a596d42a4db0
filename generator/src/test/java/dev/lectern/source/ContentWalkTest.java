package dev.lectern.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.build.Pipeline;
import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.testing.ChildLectern;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery never reads outside the content folder, never hangs on a link loop, and skips what it cannot read. */
class ContentWalkTest {
    @TempDir
    Path dir;
    Path content;

    @BeforeEach
    void content() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("guide.md"), "# Guide\n\n### Q1: Why?\n\nBecause.\n");
    }

    private List<String> discover(Diagnostics d) throws Exception {
        return ContentFile.discover(content, SiteConfig.DEFAULTS, d).stream().map(ContentFile::displayPath).toList();
    }

    private static String warnings(Diagnostics d) {
        return String.join("\n", d.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aLinkToAFileOutsideIsSkippedWithAWarningAndNeverPublished() throws Exception {
        Files.createSymbolicLink(content.resolve("passwd.md"), Path.of("/etc/passwd"));
        Diagnostics d = new Diagnostics();
        assertEquals(List.of("content/guide.md"), discover(d));
        assertTrue(warnings(d).contains("content/passwd.md: warning: is a link to a file outside the content folder"), warnings(d));
        Path site = dir.resolve("site");
        new Pipeline().build(content, site);
        String passwdLine = Files.readAllLines(Path.of("/etc/passwd")).get(0);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains(passwdLine), f + " publishes /etc/passwd");
            }
        }
    }

    @Test
    void aLecternYmlLinkedFromOutsideIsNotRead() throws Exception {
        Path outside = Files.writeString(dir.resolve("elsewhere.yml"), "title: From outside\n");
        Files.createSymbolicLink(content.resolve("lectern.yml"), outside);
        Pipeline.Result r = new Pipeline().build(content, dir.resolve("site"));
        assertEquals("Guide", r.site().title());
        assertTrue(warnings(r.diagnostics()).contains("content/lectern.yml: warning: is a link to a file outside the content folder"),
                warnings(r.diagnostics()));
    }

    @Test
    void aLinkToAFolderOutsideIsSkippedWithAWarning() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "# Secret\n");
        Files.createSymbolicLink(content.resolve("more"), outside);
        Diagnostics d = new Diagnostics();
        assertEquals(List.of("content/guide.md"), discover(d));
        assertTrue(warnings(d).contains("content/more: warning: is a link to a folder outside the content folder"), warnings(d));
    }

    @Test
    void linksThatStayInsideAreFollowed() throws Exception {
        Path sub = Files.createDirectories(content.resolve("sub"));
        Files.writeString(sub.resolve("other.md"), "# Other\n");
        Files.createSymbolicLink(content.resolve("alias.md"), content.resolve("guide.md"));
        Diagnostics d = new Diagnostics();
        assertEquals(List.of("content/alias.md", "content/guide.md", "content/sub/other.md"), discover(d));
        assertEquals("", warnings(d));
    }

    @Test
    void aLinkLoopEndsWithAWarningAndABrokenLinkIsNamed() throws Exception {
        Path sub = Files.createDirectories(content.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), content);
        Files.createSymbolicLink(content.resolve("gone.md"), content.resolve("nowhere.md"));
        Diagnostics d = new Diagnostics();
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> discover(d));
        assertEquals(List.of("content/guide.md"), found);
        assertTrue(warnings(d).contains("content/sub/loop: warning: is a link back to a folder that contains it"), warnings(d));
        assertTrue(warnings(d).contains("content/gone.md: warning: is a link to nothing"), warnings(d));
    }

    @Test
    void anEmptyContentFolderWarnsAndBuildsAHomePageSayingSo() throws Exception {
        Files.delete(content.resolve("guide.md"));
        Path site = dir.resolve("site");
        Pipeline.Result r = new Pipeline().build(content, site);
        assertTrue(warnings(r.diagnostics()).contains("warning: no guides yet"), warnings(r.diagnostics()));
        assertTrue(Files.readString(site.resolve("index.html")).contains("There are no pages yet"));
        assertEquals(0, r.site().guides().size());
    }

    /**
     * A file and a folder with mode 000 are skipped with a warning and the rest builds. Root reads them anyway, so as
     * root the build runs in a child JVM without the capabilities that let root ignore file modes.
     */
    @Test
    void anUnreadableFileAndFolderAreSkippedWithAWarning() throws Exception {
        Path locked = Files.writeString(content.resolve("locked.md"), "# Locked\n");
        Path folder = Files.createDirectories(content.resolve("private"));
        Files.writeString(folder.resolve("inner.md"), "# Inner\n");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        Files.setPosixFilePermissions(folder, java.util.Set.of());
        try {
            String err;
            int code;
            if (System.getProperty("user.name").equals("root")) {
                List<String> cmd = new ArrayList<>(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
                cmd.addAll(ChildLectern.command("build", "--content", content.toString(), "--output", dir.resolve("site").toString()));
                Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(120, TimeUnit.SECONDS));
                code = p.exitValue();
            } else {
                Pipeline.Result r = new Pipeline().build(content, dir.resolve("site"));
                err = warnings(r.diagnostics());
                code = 0;
            }
            assertEquals(0, code, err);
            assertTrue(err.contains("content/locked.md: warning: file cannot be read"), err);
            assertTrue(err.contains("content/private: warning: folder cannot be read"), err);
            assertTrue(Files.exists(dir.resolve("site/guide/index.html")));
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void everyOtherFileIsAnAssetSaveTheConfigHiddenOnesAndLinksThatLeadOut() throws Exception {
        Files.createDirectories(content.resolve("img"));
        Files.write(content.resolve("img/diagram.png"), new byte[] {1, 2, 3});
        Files.writeString(content.resolve("lectern.yml"), "title: T\n");
        Files.createDirectories(content.resolve(".git"));
        Files.writeString(content.resolve(".git/config"), "[core]\n");
        Files.writeString(content.resolve("img/.DS_Store"), "x");
        Path secret = Files.writeString(dir.resolve("secret.png"), "not for the site");
        Files.createSymbolicLink(content.resolve("img/leak.png"), secret);
        Diagnostics d = new Diagnostics();
        SourceStage.Content found = SourceStage.scan(content, SiteConfig.DEFAULTS, d);
        assertEquals(List.of("guide.md"), found.documents().stream().map(ContentFile::source).toList());
        assertEquals(List.of("img/diagram.png"), found.assets().stream().map(dev.lectern.model.Asset::source).toList());
        assertTrue(warnings(d).contains("content/img/leak.png: warning: is a link to a file outside the content folder"), warnings(d));
    }
}
