package dev.lectern.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lectern.yml's synonyms: groups as comma lines or YAML lists; a bad group is an error at its line, the rest stand. */
class SynonymsConfigTest {
    @TempDir
    Path dir;

    @Test
    void groupsAreReadInBothFormsAndABadOneIsAnErrorAtItsLine() throws Exception {
        Files.writeString(dir.resolve("lectern.yml"), "title: T\nsynonyms:\n  - hashmap, hash map ,dictionary\n"
                + "  - [k8s, kubernetes]\n  - lonely\n  - [a, {b: c}]\n");
        Diagnostics d = new Diagnostics();
        SiteConfig c = ConfigLoader.load(dir, d);
        assertEquals(List.of(List.of("hashmap", "hash map", "dictionary"), List.of("k8s", "kubernetes")), c.synonyms());
        String all = d.sorted().stream().map(x -> x.format()).reduce("", (a, b) -> a + b + "\n");
        assertTrue(all.contains("lectern.yml:5: error: a synonyms group needs two or more words or phrases (and 1 more like it, the last at line 6)"), all);
        assertEquals("T", c.title(), "the rest of the file stands");
    }

    @Test
    void synonymsThatAreNotAListAreAnError() throws Exception {
        Files.writeString(dir.resolve("lectern.yml"), "synonyms: hashmap, dictionary\n");
        Diagnostics d = new Diagnostics();
        assertEquals(List.of(), ConfigLoader.load(dir, d).synonyms());
        assertTrue(d.sorted().get(0).format().contains("lectern.yml:1: error: 'synonyms' must be a list of groups"), d.sorted().toString());
    }
}
