// The theme and the search interface in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core),
// over HTTP and from file://. The site is the one mvn verify builds from content/ (see lib.siteDir).
// Skips, saying why, when Chromium or playwright-core is missing, unless LECTERN_REQUIRE_BROWSER is set (CI sets it).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { CHROMIUM, launch, serve, siteDir, openPage, waitForWholeList } = require('./lib');

const QUESTION = 'python-interview-questions/explain-decorators-with-multiple-examples/index.html';
const missing = !fs.existsSync(CHROMIUM) ? `${CHROMIUM} is missing (apt-get install chromium)`
  : !fs.existsSync(path.join(__dirname, 'node_modules', 'playwright-core')) ? 'playwright-core is missing (npm ci in tests/browser)' : '';
if (missing && process.env.LECTERN_REQUIRE_BROWSER) throw new Error(`browser test required but ${missing}`);
if (missing) console.log(`SKIPPED the browser test: ${missing}; set LECTERN_REQUIRE_BROWSER=1 to make this an error`);
const it = (name, fn) => test(name, { skip: missing || false }, fn);

let browser, server, site, http, file;
test.before(async () => {
  if (missing) return;
  site = siteDir();
  server = await serve(site);
  http = server.url;
  file = pathToFileURL(site).href + '/';
  browser = await launch();
});
test.after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

const open = (url, options) => openPage(browser, url, options);
const attr = (page, sel, name) => page.getAttribute(sel, name);
const optionTitles = (page) => page.$$eval('#search-listbox [role=option] .search__title', (els) => els.map((e) => e.textContent));

async function typeInBox(page, text) {
  // "/" moves the focus to the box; in the box it would be typed
  if (await page.evaluate(() => document.activeElement?.id !== 'search-input')) await page.keyboard.press('/');
  await page.keyboard.type(text);
  await waitForWholeList(page, text);
}

/** The scenario: type decoratr, see decorator questions, press Enter, land on the question with its words marked. */
async function decoratrScenario(root) {
  const { page, errors, close } = await open(root + 'python-fundamentals/index.html');
  try {
    await typeInBox(page, 'decoratr');
    assert.equal(await attr(page, '#search-input', 'aria-expanded'), 'true');
    const titles = await optionTitles(page);
    assert.ok(titles.length >= 5, titles.join(' | '));
    for (const t of titles.slice(0, 5)) assert.match(t, /decorator/i);
    assert.ok(await page.$$eval('#search-listbox [role=option] mark', (m) => m.length) > 0, 'matched words are marked in the list');
    const first = await attr(page, '#search-option-0', 'data-href');
    await Promise.all([page.waitForURL(/\?h=/), page.keyboard.press('Enter')]);
    assert.ok(page.url().endsWith(new URL(first, page.url()).href.slice(-40)), `${page.url()} is ${first}`);
    await page.waitForSelector('#lectern-main mark.search-hit');
    const marked = await page.$$eval('#lectern-main mark.search-hit', (m) => m.map((e) => e.textContent));
    assert.ok(marked.length >= 3 && marked.every((w) => /decorat/i.test(w)), marked.join(', '));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
}

it('over HTTP: typing decoratr lists decorator questions; Enter opens the first with its words marked', () => decoratrScenario(http));

it('from file://: the index loads with script elements and the same scenario works', () => decoratrScenario(file));

it('the box follows the combobox pattern: / and Ctrl-K focus it, arrows move the active option, Esc closes', async () => {
  const { page, errors, close } = await open(http + QUESTION);
  try {
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
    assert.equal(await attr(page, '#search-input', 'role'), 'combobox');
    assert.equal(await attr(page, '#search-input', 'aria-controls'), 'search-listbox');
    await page.keyboard.type('generator');
    await waitForWholeList(page, 'generator');
    assert.equal(await attr(page, '#search-listbox', 'role'), 'listbox');
    assert.equal(await attr(page, '#search-input', 'aria-activedescendant'), 'search-option-0');
    await page.keyboard.press('ArrowDown');
    assert.equal(await attr(page, '#search-input', 'aria-activedescendant'), 'search-option-1');
    assert.equal(await attr(page, '#search-option-1', 'aria-selected'), 'true');
    assert.equal(await attr(page, '#search-option-0', 'aria-selected'), 'false');
    await page.keyboard.press('ArrowUp');
    assert.equal(await attr(page, '#search-input', 'aria-activedescendant'), 'search-option-0');
    await page.keyboard.press('Escape');
    assert.equal(await attr(page, '#search-input', 'aria-expanded'), 'false');
    assert.equal(await page.isVisible('#search-listbox'), false);
    assert.equal(await attr(page, '#search-input', 'aria-activedescendant'), null);
    await page.keyboard.press('Escape');
    assert.equal(await page.inputValue('#search-input'), '', 'a second Esc clears the box');
    await page.click('h1');
    await page.keyboard.press('Control+k');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

it('a reference result lands on its row of the guide page and highlights it', async () => {
  const { page, close } = await open(http + 'index.html');
  try {
    await typeInBox(page, 'What is PEP 8');
    await Promise.all([page.waitForURL(/#what-is-pep-8$/), page.keyboard.press('Enter')]);
    await page.waitForSelector('#what-is-pep-8.is-hit mark.search-hit');
    assert.ok(await page.$eval('#what-is-pep-8', (row) => {
      const r = row.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }), 'the row is in view');
    // its table scrolls in a box under a sticky header row: the row shows below that row, the box below the site header
    const [row, head, box, header] = await page.$eval('#what-is-pep-8', (r) => [r, r.closest('table').querySelector('th'),
      r.closest('.table-wrap'), document.querySelector('.site-header')].map((e) => e.getBoundingClientRect()).map((b) => [b.top, b.bottom]));
    assert.ok(row[0] >= head[1] - 2 && box[0] >= header[1] - 2, `row ${row}, header row ${head}, box ${box}, site header ${header}`);
  } finally {
    await close();
  }
});

it('the search page shows results and filters for ?q=decorator, and the filters narrow the list', async () => {
  const { page, errors, close } = await open(http + 'search/index.html?q=decorator');
  try {
    await page.waitForSelector('.results .result');
    assert.equal(await page.inputValue('#search-page-input'), 'decorator');
    const count = await page.$$eval('.result', (r) => r.length);
    assert.ok(count >= 10, `${count} results`);
    assert.match(await page.textContent('[data-status]'), /^\d+ results for “decorator”/);
    assert.equal(await page.isVisible('[data-filters]'), true);
    const guides = await page.$$eval('select[name=guide] option', (o) => o.map((e) => e.value).filter(Boolean));
    assert.ok(guides.length >= 3, guides.join());
    assert.ok((await page.$$eval('select[name=tag] option', (o) => o.length)) > 2);
    await page.selectOption('select[name=guide]', 'python-fundamentals');
    await page.waitForFunction(() => /python-fundamentals/.test(location.search) && !/Searching/.test(document.querySelector('[data-status]').textContent));
    const wheres = await page.$$eval('.result__where', (w) => w.map((e) => e.textContent));
    assert.ok(wheres.length > 0 && wheres.length < count && wheres.every((w) => w.startsWith('Python (Fundamentals)')), wheres.join(' | '));
    await page.click('.result__title');
    await page.waitForSelector('mark.search-hit');
    assert.match(page.url(), /python-fundamentals\/.*index\.html\?h=/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

it('a misspelling with no results offers its nearest terms, and the suggestion finds results', async () => {
  const { page, close } = await open(http + 'search/index.html?q=pyhtonn');
  try {
    await page.waitForSelector('[data-suggestion]');
    assert.match(await page.textContent('[data-status]'), /No results for “pyhtonn”\. Did you mean/);
    assert.equal(await page.$$eval('.result', (r) => r.length), 0);
    await page.click('[data-suggestion]');
    await page.waitForSelector('.results .result');
  } finally {
    await close();
  }
});

it('a query with one word no page has lists what the other words find, and says which word is missing', async () => {
  const { page, errors, close } = await open(http + QUESTION);
  try {
    await typeInBox(page, 'zanzibar decorators');
    const where = await page.textContent('#search-option-0 .search__where');
    assert.match(where, /missing: zanzibar/);
    assert.match((await optionTitles(page))[0], /decorator/i);
    await page.goto(http + 'search/index.html?q=zanzibar+decorators');
    await page.waitForSelector('.results .result');
    assert.match(await page.textContent('[data-status]'), /^\d+ results? for “zanzibar decorators”: no page has “zanzibar”, so these answer the other words\.$/);
    assert.match(await page.textContent('.result .result__where'), /missing: zanzibar/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

it('the scheme toggle remembers the choice and applies it before the first paint', async () => {
  const { page, close } = await open(http + QUESTION, { colorScheme: 'light' });
  try {
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(await bg(), 'rgb(255, 255, 255)');
    assert.equal(await attr(page, '[data-scheme-toggle]', 'aria-label'), 'Colour scheme: system');
    await page.click('[data-scheme-toggle]');
    assert.notEqual(await bg(), 'rgb(255, 255, 255)');
    assert.equal(await attr(page, '[data-scheme-toggle]', 'aria-label'), 'Colour scheme: dark');
    // a page whose own scripts never run still opens dark: the inline script in <head> did it
    await page.route('**/assets/js/*.js', (route) => route.abort());
    await page.goto(http + 'index.html');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.scheme), 'dark');
    assert.notEqual(await bg(), 'rgb(255, 255, 255)');
  } finally {
    await close();
  }
});

it('guide pages expand and collapse every answer at once, and a question link unfolds its answer', async () => {
  const { page, close } = await open(http + 'python-fundamentals/index.html#what-are-decorators');
  try {
    assert.equal(await page.$eval('#what-are-decorators details', (d) => d.open), true);
    await page.click('[data-expand-all]');
    assert.equal(await page.$$eval('details.question__answer:not([open])', (d) => d.length), 0);
    assert.equal(await page.textContent('[data-expand-all]'), 'Collapse all answers');
    await page.click('[data-expand-all]');
    assert.equal(await page.$$eval('details.question__answer[open]', (d) => d.length), 0);
  } finally {
    await close();
  }
});

it('code blocks get a copy button that copies the code', async () => {
  const { page, close } = await open(http + QUESTION);
  try {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: http.replace(/\/$/, '') });
    await page.click('.code-block__copy');
    await page.waitForFunction(() => document.querySelector('.code-block__copy').textContent === 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.textContent('.code-block code'));
  } finally {
    await close();
  }
});

it('without JavaScript the pages still read and navigate: answers fold open, the menu opens by its link', async () => {
  const phone = { javaScriptEnabled: false, viewport: { width: 390, height: 844 } };
  const guide = await open(http + 'python-fundamentals/index.html', phone);
  try {
    const page = guide.page;
    assert.equal(await page.isVisible('[data-expand-all]'), false, 'no dead buttons');
    assert.equal(await page.isVisible('[data-scheme-toggle]'), false);
    await page.click('#what-are-decorators summary');
    assert.equal(await page.$eval('#what-are-decorators details', (d) => d.open), true);
    assert.ok(await page.$eval('body', (b) => b.scrollWidth <= 390), 'nothing is wider than a 390 px phone');
  } finally {
    await guide.close();
  }
  const question = await open(http + 'python-fundamentals/what-are-decorators/index.html', phone);
  try {
    const page = question.page;
    assert.equal(await page.isVisible('#site-nav'), false);
    await page.click('[data-menu]');
    assert.equal(await page.isVisible('#site-nav'), true);
    assert.equal(await page.textContent('#site-nav [aria-current=page]'), 'What are Decorators?');
    await page.click('#site-nav a[href="../closures/index.html"]');
    await page.waitForURL(/closures\/index\.html$/);
    assert.equal(await page.textContent('h1'), 'Closures');
  } finally {
    await question.close();
  }
});

it('the box forgives a typo in any word, and each snippet is the sentence with the matched words', async () => {
  const { page, errors, close } = await open(http + 'python-fundamentals/index.html');
  try {
    for (const [query, want] of [['pyhton decorators', /decorator/i], ['lamdba functions', /lambda/i], ['yeild keyword', /yield/i]]) {
      await page.fill('#search-input', '');
      await typeInBox(page, query);
      await page.waitForFunction((re) => new RegExp(re, 'i').test(document.querySelector('#search-option-0 .search__title')?.textContent || ''),
        want.source);
      const snippets = await page.$$eval('#search-listbox [role=option] .search__snippet', (els) => els.map((e) => e.textContent));
      assert.ok(snippets.length > 0 && snippets.every((s) => s.length <= 170 && !/^Answer:/.test(s)), snippets.join(' | '));
      assert.ok(await page.$$eval('#search-listbox .search__snippet mark', (m) => m.length) > 0, `${query}: matched words marked in snippets`);
      await page.keyboard.press('Escape');
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
