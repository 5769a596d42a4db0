package dev.lectern.site;

import dev.lectern.testing.NodeTests;
import dev.lectern.testing.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The browser tests (tests/browser, Node's test runner) as one JUnit test, against the jar and the content/ site that
 * Maven makes before the tests (target/lectern.jar, target/e2e-site: {@code LECTERN_SITE}). It runs beside the JUnit
 * tests in the other surefire JVM, so the cores stay busy while Chromium waits and the other tests wait on their child
 * processes. The tests skip, saying why, when Chromium or the npm packages are missing, unless
 * {@code LECTERN_REQUIRE_BROWSER} is set (.ci/run sets it). The pom includes it by name ({@code *Suite}).
 */
class BrowserSuite {
    /** The files, side by side {@code node.test.concurrency} at a time. */
    static final List<String> FILES = List.of(
            // the theme and search interface in headless Chromium, over HTTP and from file://, on the content/ site
            "search.test.js",
            // axe-core's WCAG 2.1 AA rules on the content/ site's pages, light and dark
            "a11y.test.js",
            // live reload under `lectern serve` (the packaged jar)
            "serve.test.js",
            // builds its own site of ~80 XSS payloads with target/lectern.jar and opens every page
            "xss.test.js",
            // builds content/ for /docs/ and serves it with nginx (its own config, a free loopback port)
            "subpath.test.js",
            // lectern new with the packaged jar, then the new site's own ./lectern builds, checks and serves it
            "newsite.test.js",
            // a guide of its own, built with target/lectern.jar: answer toggles, short answers open, heading anchors,
            // the "/" hints, the scheme toggle's three modes
            "guide.test.js",
            // builds an invented long guide with target/lectern.jar: the contents, page 2, the entry being read
            "contents.test.js",
            // a long page, a wide table and the search page at 390 and 1280 px (its own small site, and content/'s)
            "phone.test.js");

    @Test
    void theBrowserTestsPass() throws Exception {
        NodeTests.run(Paths.root().resolve("tests/browser"), "browser-tests", FILES);
    }
}
