package dev.lectern.site;

import dev.lectern.search.ParityDump;
import dev.lectern.testing.NodeTests;
import dev.lectern.testing.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search client's tests (generator/src/test/js) in Node, against the sites Maven builds before the tests: content/
 * (target/e2e-site) and the search fixture (target/search-fixture-site), with the Java side's terms, which
 * {@link ParityDump} writes first (target/search-parity); and the preview's reload script against a scripted server.
 * They need node (18+) and nothing from npm.
 */
class SearchClientSuite {
    @Test
    void theSearchClientTestsPass() throws Exception {
        ParityDump.write(Paths.root().resolve("generator/target/search-parity"));
        NodeTests.run(Paths.root().resolve("generator"), "search-client-tests", List.of("src/test/js/parity.test.js",
                "src/test/js/fixture.test.js", "src/test/js/content.test.js", "src/test/js/marks.test.js", "src/test/js/reload.test.js"));
    }
}
