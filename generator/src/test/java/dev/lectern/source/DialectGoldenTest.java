package dev.lectern.source;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.lectern.diag.Diagnostics;
import dev.lectern.model.Guide;
import dev.lectern.normalize.Normalizer;
import dev.lectern.testing.Golden;
import dev.lectern.testing.ModelDump;
import dev.lectern.testing.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each dialect fixture ({@code fixtures/dialects/<dialect>/<case>.<ext>}) read into the model, compared with the golden
 * dump beside it ({@code <case>.model.txt}). Regenerate with {@code mvn verify -Dupdate=true} and review the diff.
 */
class DialectGoldenTest {
    private final SourceStage source = new SourceStage();

    @TestFactory
    Stream<DynamicTest> everyDialectFixtureReadsIntoItsGoldenModel() throws IOException {
        Path dir = Paths.fixtures().resolve("dialects");
        List<Path> inputs;
        try (Stream<Path> s = Files.walk(dir)) {
            inputs = s.filter(ContentFile::isSource).filter(p -> !p.toString().endsWith(".model.txt")).sorted().toList();
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(dir.relativize(input).toString(), () -> {
            Diagnostics diags = new Diagnostics();
            String name = dir.getParent().getParent().relativize(input).toString().replace('\\', '/');
            Guide g = source.readOne(new ContentFile(input, name, "fixture"), diags);
            assertNotNull(g, "fixture did not read: " + diags.sorted());
            Guide normalized = Normalizer.normalize(List.of(g), dev.lectern.config.SiteConfig.DEFAULTS).guides().get(0);
            String file = input.getFileName().toString();
            Path golden = input.resolveSibling(file.substring(0, file.lastIndexOf('.')) + ".model.txt");
            Golden.check(golden, ModelDump.dump(normalized, diags.sorted()));
        }));
    }
}
