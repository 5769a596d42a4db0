package dev.lectern.site;

import dev.lectern.testing.NodeTests;
import dev.lectern.testing.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search client's tests (generator/src/test/js) in Node, against the sites mvn verify builds before them: content/
 * (target/e2e-site) and the search fixture (target/search-fixture-site), with the Java side's terms that
 * {@code ParityDumpTest} writes (target/search-parity). They need node (18+) and nothing from npm. Run with the
 * browser tests, beside the slow JUnit tests (see {@link BrowserSuite}); {@code mvn test} leaves them out.
 */
class SearchClientSuite {
    @Test
    void theSearchClientTestsPass() throws Exception {
        NodeTests.run(Paths.root().resolve("generator"), "search-client-tests", List.of("src/test/js/parity.test.js",
                "src/test/js/fixture.test.js", "src/test/js/content.test.js", "src/test/js/marks.test.js"));
    }
}
