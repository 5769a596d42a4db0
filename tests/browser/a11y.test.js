// axe-core (WCAG 2.1 A and AA rules) on the home, guide, question, topic and search pages, in the light scheme and, for
// the rules of colour, the dark one (one load per page), and with the search box open. Skips like search.test.js when
// Chromium or the npm packages are missing.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { CHROMIUM, launch, serve, siteDir, waitForWholeList } = require('./lib');

const missing = !fs.existsSync(CHROMIUM) ? `${CHROMIUM} is missing (apt-get install chromium)`
  : !fs.existsSync(path.join(__dirname, 'node_modules', 'axe-core')) ? 'axe-core is missing (npm ci in tests/browser)' : '';
if (missing && process.env.LECTERN_REQUIRE_BROWSER) throw new Error(`accessibility test required but ${missing}`);
if (missing) console.log(`SKIPPED the accessibility test: ${missing}; set LECTERN_REQUIRE_BROWSER=1 to make this an error`);

const PAGES = {
  home: 'index.html',
  guide: 'python-interview-questions/index.html',
  'guide, page 2': 'python-interview-questions/page-2/index.html',
  'guide of short answers, shown open': 'stark-python-questions/index.html',
  question: 'python-interview-questions/explain-decorators-with-multiple-examples/index.html',
  'derived-topic question': 'stark-python-questions/what-are-decorators-in-python/index.html',
  topics: 'topics/index.html',
  topic: 'topics/tag/concurrency/index.html',
  'derived topic': 'topics/term/garbage/index.html',
  'tag joined by a derived topic': 'topics/tag/decorators/index.html',
  search: 'search/index.html?q=decorator',
  'not found': '404.html',
};
// The rules whose outcome the scheme can change: the theme's schemes differ in colours alone (CSS custom properties
// under prefers-color-scheme), so the dark scheme is checked with these and the light one with every rule.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
let browser, server, axe;
test.before(async () => {
  if (missing) return;
  axe = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  server = await serve(siteDir());
  browser = await launch();
});
test.after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

/**
 * The violations on the page at url in the light scheme, then in the dark one: one load, the scheme switched in place
 * (the theme's colours follow prefers-color-scheme in CSS alone, so the switch restyles the page as a fresh load in
 * that scheme would; the check below makes sure it did). axe reports violations only (resultTypes): the passes it
 * would list too are what costs.
 */
async function violations(url, prepare) {
  const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (prepare) await prepare(page);
    await page.addScriptTag({ content: axe });
    const found = {};
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark');
      const runOnly = scheme === 'light' ? { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
        : { type: 'rule', values: COLOUR_RULES };
      const result = await page.evaluate((only) => window.axe.run(document, { runOnly: only, resultTypes: ['violations'] }), runOnly);
      found[scheme] = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    }
    return found;
  } finally {
    await context.close();
  }
}

const NONE = { light: [], dark: [] };

for (const [name, page] of Object.entries(PAGES)) {
  test(`the ${name} page has no WCAG 2.1 AA violations in the light and dark schemes`, { skip: missing || false }, async () => {
    const prepare = name === 'search' ? (p) => p.waitForSelector('.results .result') : null;
    assert.deepEqual(await violations(server.url + page, prepare), NONE);
  });
}
test('the open search box has no WCAG 2.1 AA violations in the light and dark schemes', { skip: missing || false }, async () => {
  assert.deepEqual(await violations(server.url + PAGES.question, async (p) => {
    await p.focus('#search-input');
    await p.keyboard.type('decoratr');
    await waitForWholeList(p, 'decoratr');
  }), NONE);
});
