package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.UrlStyle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builds of {@code lectern serve}: an edit's pages are shown first, and after the whole build the served folder is
 * byte for byte what {@code lectern build} makes of the same content.
 */
@Timeout(120)
class PreviewTest {
    @TempDir
    Path dir;

    private static String guide(String title, String... questions) {
        StringBuilder md = new StringBuilder("# " + title + "\n\nAn introduction to " + title + ".\n\n## Basics\n\n");
        for (String q : questions) {
            md.append("### ").append(q).append("\n\n**Difficulty:** 🟢 Easy | **Tags:** `Loops`, `Strings`\n\n")
                    .append("The answer to ").append(q).append(" fits in a sentence.\n\n```python\nprint('")
                    .append(q.length()).append("')\n```\n\n");
        }
        return md.toString();
    }

    private Path content() throws IOException {
        Path content = Files.createDirectories(dir.resolve("project/content"));
        Files.writeString(content.resolve("lectern.yml"), "title: Workshop\n");
        Files.writeString(content.resolve("loops.md"), guide("Loops", "How does a for loop end?", "What does break do?", "What is an else on a loop?"));
        Files.writeString(content.resolve("strings.md"), guide("Strings", "How are strings joined?", "What is an f-string?"));
        Files.writeString(content.resolve("shared.inc"), "Text included from a snippet.\n");
        Files.writeString(content.resolve("notes.md"), "# Notes\n\nSee [loops](loops.md).\n\n--8<-- \"shared.inc\"\n");
        Files.write(content.resolve("diagram.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        return content;
    }

    @Test
    void anEditShowsItsPagesFirstAndTheBuildLeavesWhatABuildMakes() throws Exception {
        Path content = content();
        Path site = dir.resolve("project/site");
        Preview preview = built(content, site);
        String listing = Files.readString(site.resolve("questions.json"));

        Path loops = content.resolve("loops.md");
        Files.writeString(loops, guide("Loops", "How does a while loop end?", "What does break do?"));
        assertEquals(List.of(), preview.show(Set.of(loops), Set.of("strings/index.html")), "the open page did not change");
        assertEquals(List.of("loops/index.html"), preview.show(Set.of(loops), Set.of()), "with no page open, the edited guide's");
        assertTrue(Files.readString(site.resolve("loops/index.html")).contains("How does a while loop end?"));
        assertEquals(listing, Files.readString(site.resolve("questions.json")), "the rest waits for the build");

        preview.build();
        assertTrue(preview.committed().contains("questions.json"), preview.committed().toString());
        assertTrue(preview.committed().contains("loops/what-is-an-else-on-a-loop/index.html"), "a page no longer made is deleted");
        assertFalse(preview.committed().contains("strings/index.html"), "a file whose bytes did not change is not written");
        assertSameSite(freshBuild(content), site);
    }

    @Test
    void pagesShownFirstAreThePagesABuildMakes() throws Exception {
        Path content = content();
        Path site = dir.resolve("project/site");
        Preview preview = built(content, site);
        Path strings = content.resolve("strings.md");
        String open = "strings/how-are-strings-joined/index.html";
        for (int edit = 1; edit <= 3; edit++) { // the later edits reuse what the first normalized
            Files.writeString(strings, guide("Strings", "How are strings joined?", "What is an f-string?")
                    .replace("An introduction to Strings.", "An introduction to Strings, edit " + edit + "."));
            assertEquals(List.of("strings/index.html"), preview.show(Set.of(strings), Set.of("strings/index.html", open, "loops/index.html")),
                    "of the open pages, the one that changed");
            Path fresh = freshBuild(content);
            for (String page : List.of("strings/index.html", open, "loops/index.html")) {
                assertEquals(Files.readString(fresh.resolve(page)), Files.readString(site.resolve(page)), page + " after edit " + edit);
            }
        }
    }

    @Test
    void aUrlStyleGivenToTheServerIsTheStyleOfThePagesShownFirst() throws Exception {
        Path content = content(); // its lectern.yml names no style: file, by default
        Path site = dir.resolve("project/site");
        Preview preview = new Preview(content, site, UrlStyle.DIRECTORY);
        preview.build();
        Path strings = content.resolve("strings.md");
        Files.writeString(strings, guide("Strings", "How are strings joined?", "What is an f-string?").replace("An introduction", "A preface"));
        String open = "strings/how-are-strings-joined/index.html";
        assertEquals(List.of("strings/index.html"), preview.show(Set.of(strings), Set.of("strings/index.html", open)));
        Path fresh = dir.resolve("fresh-directory");
        new Pipeline(null, UrlStyle.DIRECTORY).build(content, fresh);
        for (String page : List.of("strings/index.html", open)) {
            assertEquals(Files.readString(fresh.resolve(page)), Files.readString(site.resolve(page)), page);
        }
        assertTrue(Files.readString(site.resolve("strings/index.html")).contains("href=\"how-are-strings-joined/\""), "links to folders");
    }

    /**
     * A guide long enough for three pages, whose answers cite a link defined at the end (and a footnote, with
     * {@code notes}), and repeat a heading and a paragraph (ids and parsed blocks that recur); {@code edit} names the
     * version of its text.
     */
    private static String longGuide(String edit, boolean notes) {
        StringBuilder md = new StringBuilder("# Long guide\n\nAn introduction, " + edit + ".\n\n");
        String filler = "Each part of this answer is a sentence long enough to fill the page. ".repeat(400);
        for (int part = 1; part <= 3; part++) {
            md.append("## Part ").append(part).append("\n\n");
            for (int q = 1; q <= 8; q++) {
                md.append("### How does step ").append(part).append('.').append(q).append(" work?\n\n");
                if (q == 1) {
                    md.append("A short answer, see the [docs][d].\n\n"); // shown open
                    continue;
                }
                md.append(notes ? "It works as the note says.[^why]" : "It works as the [docs][d] say.").append("\n\n#### Example\n\n").append(filler)
                        .append(part == 1 && q == 2 ? edit : "").append("\n\nSee the example above.\n\n");
            }
        }
        if (notes) md.append("[^why]: Because the note, ").append(edit).append(", says so.\n\n");
        return md.append("[d]: https://example.org/docs\n").toString();
    }

    @ParameterizedTest(name = "footnotes: {0}")
    @ValueSource(booleans = {false, true}) // a guide page lists its footnotes' citations on later pages too
    void aLongGuidesPagesShownAloneOrTogetherAreThePagesABuildMakes(boolean notes) throws Exception {
        Path content = content();
        Path guide = content.resolve("long.md");
        Files.writeString(guide, longGuide("first", notes));
        Path site = dir.resolve("project/site");
        Preview preview = built(content, site);
        assertTrue(Files.exists(site.resolve("long/page-3/index.html")), "the guide has three pages");
        // the third page alone (its ids follow from the pages before it), the first two with a question's, the first
        // alone (made without the sections after it, unless they cite its footnotes), the third again
        List<Set<String>> open = List.of(Set.of("long/page-3/index.html"),
                Set.of("long/index.html", "long/how-does-step-1-2-work/index.html", "long/page-2/index.html"),
                Set.of("long/index.html"), Set.of("long/page-3/index.html", "loops/index.html"));
        for (int edit = 0; edit < open.size(); edit++) { // later edits render from blocks parsed by the earlier ones
            Files.writeString(guide, longGuide("edit " + edit, notes));
            preview.show(Set.of(guide), open.get(edit));
            Path fresh = freshBuild(content);
            for (String page : open.get(edit)) {
                assertEquals(Files.readString(fresh.resolve(page)), Files.readString(site.resolve(page)), page + " after edit " + edit);
            }
        }
    }

    @Test
    void aChangeToAnIncludedFileOrAnAssetEndsAsABuildMakesIt() throws Exception {
        Path content = content();
        Path site = dir.resolve("project/site");
        Preview preview = built(content, site);
        Files.writeString(content.resolve("shared.inc"), "Text that changed.\n");
        Files.write(content.resolve("diagram.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
        Files.delete(content.resolve("strings.md"));
        List<String> shown = preview.show(Set.of(content.resolve("shared.inc"), content.resolve("diagram.png"), content.resolve("strings.md")),
                Set.of("notes/index.html"));
        assertEquals(List.of("notes/index.html"), shown, "the open page, which includes the file");
        assertTrue(Files.readString(site.resolve("notes/index.html")).contains("Text that changed."));
        preview.build();
        assertFalse(Files.exists(site.resolve("strings")), "a removed guide's pages are gone");
        assertSameSite(freshBuild(content), site);
    }

    @Test
    void aChangeOutsideTheContentFolderOrBeforeAnyBuildWaitsForTheBuild() throws Exception {
        Path content = content();
        Path site = dir.resolve("project/site");
        Preview preview = new Preview(content, site);
        assertNull(preview.show(Set.of(content.resolve("loops.md")), Set.of()), "nothing built yet");
        preview.build();
        assertNull(preview.show(Set.of(dir.resolve("project/themes/mine/templates/base.peb")), Set.of()), "a theme's file");
        assertNull(preview.show(null, Set.of()), "changes not known");
        assertNull(preview.show(Set.of(content.resolve("lectern.yml")), Set.of()), "the config, which may name another theme");
    }

    @Test
    void aBuildIntoAFolderThatIsNotASiteIsRefusedAndTouchesNothing() throws Exception {
        Path content = content();
        Path site = Files.createDirectories(dir.resolve("project/site"));
        Files.writeString(site.resolve("mine.txt"), "the user's own file");
        Preview preview = new Preview(content, site);
        try {
            preview.build();
        } catch (Refused expected) {
            // as lectern build refuses it
        }
        assertEquals(List.of("mine.txt"), files(site).keySet().stream().toList());
    }

    /** A preview session whose first build is done. */
    private static Preview built(Path content, Path site) throws IOException {
        Preview preview = new Preview(content, site);
        preview.build();
        return preview;
    }

    private Path freshBuild(Path content) throws IOException {
        Path out = dir.resolve("fresh-" + System.nanoTime());
        new Pipeline().build(content, out);
        return out;
    }

    private static void assertSameSite(Path expected, Path actual) throws IOException {
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertEquals(want.keySet(), got.keySet());
        for (String path : want.keySet()) assertTrue(java.util.Arrays.equals(want.get(path), got.get(path)), "bytes of " + path);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
