package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.testing.BuiltSite;
import dev.lectern.testing.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The same input gives byte-identical output. */
class DeterminismTest {
    @Test
    void twoBuildsOfTheContentAreByteIdentical() throws IOException {
        Path first = BuiltSite.content().output;
        Path second = BuiltSite.build(Paths.root().resolve("content")).output;
        List<Path> a = files(first);
        List<Path> b = files(second);
        assertEquals(a.stream().map(p -> first.relativize(p).toString()).toList(), b.stream().map(p -> second.relativize(p).toString()).toList());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
