// Long pages, wide tables and the search page on a 390 px phone and a 1280 px screen, in headless Chromium: the
// header stays in reach far down a page, "back to top" appears and works, #fragment jumps land below the header, a wide
// table scrolls in a box of its own under a sticky header row, and nothing widens the page. The pages are a small
// site written here (a long reference page, a page of one wide table and one wide code sample); the search page is
// the content/ site's (see lib.siteDir). Needs the generator jar (mvn package). Skips like search.test.js.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { JAVA, launch, serve, siteDir, whatIsMissing, openPage, waitForWholeList } = require('./lib');

const JAR = path.resolve(__dirname, '../../generator/target/lectern.jar');
const missing = whatIsMissing(['playwright-core'], JAR);
if (missing && process.env.LECTERN_REQUIRE_BROWSER) throw new Error(`phone test required but ${missing}`);
if (missing) console.log(`SKIPPED the phone test: ${missing}; set LECTERN_REQUIRE_BROWSER=1 to make this an error`);
const it = (name, fn) => test(name, { skip: missing || false, timeout: 120000 }, fn);

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const WIDE = { viewport: { width: 1280, height: 900 } };
const COLUMNS = ['Setting', 'Default', 'Scope', 'Since', 'Type', 'Range', 'Unit', 'Reload', 'Owner', 'Notes'];

/** An invented reference: 30 sections of prose (about 9,000 px on a phone), a table of 10 columns and 60 rows. */
function writeContent(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'lectern.yml'), 'title: Harbour Crane Manual\n');
  fs.writeFileSync(path.join(dir, 'index.md'), '# Harbour Crane Manual\n\nThe [reference](reference.md) and the [settings](settings.md).\n');
  const prose = 'The operator checks the boom angle, the hoist brake and the wind gauge before each lift, and logs the '
    + 'readings in the shift book so that the next crew sees what changed.';
  let ref = '# Crane reference\n\n';
  for (let i = 1; i <= 30; i++) ref += `## Procedure ${i}\n\n${prose} ${prose}\n\n${prose}\n\n`;
  fs.writeFileSync(path.join(dir, 'reference.md'), ref);
  // no headings: the page has no contents column, so the table may use its room
  let table = `| ${COLUMNS.join(' | ')} |\n|${COLUMNS.map(() => '---').join('|')}|\n`;
  for (let r = 1; r <= 60; r++) {
    table += `| hoist.limit.${r} | ${r * 10} | boom and trolley | 2.${r} | integer | 0 to ${r * 100} | kilonewtons | on restart | yard crew | checked at each shift change |\n`;
  }
  const line = 'crane.configure(' + Array.from({ length: 24 }, (_, i) => `axis${i}=${i}`).join(', ') + ')';
  fs.writeFileSync(path.join(dir, 'settings.md'), `# Settings\n\n${prose}\n\n${table}\n${prose}\n\n\`\`\`python\n${line}\n\`\`\`\n\n${prose}\n`);
}

let dir, fixture, content, browser;
test.before(async () => {
  if (missing) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-phone-'));
  writeContent(path.join(dir, 'content'));
  execFileSync('java', [...JAVA, '-jar', JAR, 'build', '--content', 'content', '--output', 'site'], { cwd: dir, stdio: 'pipe' });
  fixture = await serve(path.join(dir, 'site'));
  content = await serve(siteDir());
  browser = await launch();
});
test.after(async () => {
  if (browser) await browser.close();
  if (fixture) await fixture.close();
  if (content) await content.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const open = (url, options) => openPage(browser, url, options);
const rect = (page, sel) => page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width }; });
const inViewport = (r, width, height) => r.top >= 0 && r.left >= 0 && r.bottom <= height && r.right <= width && r.width > 0;
const pageWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);

it('far down a long page on a phone, the header with its search box and menu stays in reach and works', async () => {
  const { page, errors, close } = await open(fixture.url + 'reference/index.html', PHONE);
  try {
    assert.ok(await page.evaluate(() => document.documentElement.scrollHeight) > 5000, 'the page is long');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.8));
    await page.waitForFunction(() => window.scrollY > 4000);
    const header = await rect(page, '.site-header');
    assert.equal(header.top, 0, 'the header is at the top of the screen');
    assert.ok(header.bottom <= 64, `a compact header: ${header.bottom} px tall`);
    assert.ok(inViewport(await rect(page, '#search-input'), 390, 844), 'the search box is on screen');
    assert.ok(inViewport(await rect(page, '[data-menu]'), 390, 844), 'the menu is on screen');
    await page.click('#search-input');
    await page.keyboard.type('hoist brake');
    await waitForWholeList(page, 'hoist brake');
    assert.ok(inViewport(await rect(page, '#search-listbox'), 390, 844), 'its results show on screen');
    await page.keyboard.press('Escape');
    await page.click('[data-menu]');
    assert.equal(await page.isVisible('#site-nav'), true, 'the menu opens');
    assert.ok(await page.evaluate(() => window.scrollY > 4000), 'and the reader keeps their place');
    assert.equal(await pageWidth(page), 390, 'nothing is wider than the phone');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

it('back to top appears after a screen of scrolling, works by keyboard, and covers no text', async () => {
  const { page, errors, close } = await open(fixture.url + 'reference/index.html', PHONE);
  try {
    assert.equal(await page.isVisible('[data-to-top]'), false, 'not at the top of the page');
    assert.equal(await page.getAttribute('[data-to-top]', 'aria-label'), 'Back to top');
    await page.evaluate(() => window.scrollTo(0, 3000));
    await page.waitForSelector('[data-to-top]', { state: 'visible' });
    const button = await rect(page, '[data-to-top]');
    const header = await rect(page, '.site-header');
    assert.ok(button.top >= header.top && button.bottom <= header.bottom, 'it sits in the header, over no text');
    assert.ok(button.width >= 40, `a ${button.width} px touch target`);
    await page.focus('[data-to-top]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.scrollY === 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
  // a plain link: without scripts it is there and works too
  const plain = await open(fixture.url + 'reference/index.html', { ...PHONE, javaScriptEnabled: false });
  try {
    await plain.page.evaluate(() => window.scrollTo(0, 3000));
    await plain.page.click('[data-to-top]');
    await plain.page.waitForFunction(() => window.scrollY === 0);
  } finally {
    await plain.close();
  }
});

it('a #fragment jump lands below the sticky header, on a phone and a wide screen', async () => {
  for (const options of [PHONE, WIDE]) {
    const { page, close } = await open(fixture.url + 'reference/index.html#procedure-20', options);
    try {
      await page.waitForFunction(() => window.scrollY > 1000);
      const header = await rect(page, '.site-header');
      const heading = await rect(page, '#procedure-20');
      assert.ok(heading.top >= header.bottom, `the heading (top ${heading.top}) is below the header (bottom ${header.bottom})`);
      assert.ok(heading.top < header.bottom + 40, 'and right below it');
    } finally {
      await close();
    }
  }
});

it('a wide table scrolls sideways in a labelled, focusable box whose header row stays in view', async () => {
  const { page, errors, close } = await open(fixture.url + 'settings/index.html', PHONE);
  try {
    const box = '.table-wrap';
    assert.equal(await page.getAttribute(box, 'tabindex'), '0');
    assert.equal(await page.getAttribute(box, 'role'), 'region');
    assert.equal(await page.getAttribute(box, 'aria-label'), 'Table: Setting, Default, Scope, …');
    const size = await page.$eval(box, (b) => ({ sw: b.scrollWidth, cw: b.clientWidth, sh: b.scrollHeight, ch: b.clientHeight }));
    assert.ok(size.sw > size.cw + 200, `the table is wider than its box (${size.sw} > ${size.cw})`);
    assert.ok(size.sh > size.ch, 'and taller than a screen, so the box scrolls down too');
    await page.focus(box);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((sel) => document.querySelector(sel).scrollLeft > 0, box);
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowDown');
    await page.waitForFunction((sel) => document.querySelector(sel).scrollTop > 100, box);
    const head = await rect(page, `${box} th`);
    const frame = await rect(page, box);
    assert.ok(Math.abs(head.top - frame.top) <= 1, `the header row stays at the box's top (${head.top} vs ${frame.top})`);
    assert.equal(await pageWidth(page), 390, 'the table widens no page');
    assert.ok(await page.$eval('.code-block__pre', (p) => p.scrollWidth > p.clientWidth), 'the long code line scrolls in its block');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

it('on a wide screen a page without contents column lets its table and code use the room beside the text', async () => {
  const { page, close } = await open(fixture.url + 'settings/index.html', WIDE);
  try {
    assert.equal(await page.$('.doc > .toc'), null, 'the page has no contents column');
    const text = await rect(page, '.prose > p');
    const table = await rect(page, '.table-wrap');
    const code = await rect(page, '.code-block');
    const main = await page.$eval('.layout__main', (m) => m.getBoundingClientRect().right - parseFloat(getComputedStyle(m).paddingRight));
    assert.ok(table.width > text.width + 150, `the table (${table.width} px) is wider than the text (${text.width} px)`);
    assert.ok(code.width > text.width + 150, `the code (${code.width} px) is wider than the text (${text.width} px)`);
    assert.ok(table.right <= main + 1 && code.right <= main + 1, 'within the main column');
    assert.equal(await pageWidth(page), 1280);
  } finally {
    await close();
  }
});

it('the search page on a phone has one search box and its filters folded, open when the address sets one', async () => {
  const { page, errors, close } = await open(content.url + 'search/index.html?q=decorator', PHONE);
  try {
    await page.waitForSelector('.results .result');
    const boxes = await page.$$eval('input[type=search]', (all) => all.filter((i) => i.getClientRects().length > 0).map((i) => i.id));
    assert.deepEqual(boxes, ['search-page-input']);
    assert.equal(await page.$eval('[data-filters]', (d) => d.open), false, 'the filters are folded');
    assert.equal(await page.isVisible('select[name=guide]'), false);
    assert.ok((await rect(page, '.result')).top < 844 * 0.6, 'the first result shows in the top of the screen');
    await page.click('[data-filters] summary');
    await page.selectOption('select[name=difficulty]', 'easy');
    await page.waitForFunction(() => /difficulty=easy/.test(location.search) && !/Searching/.test(document.querySelector('[data-status]').textContent));
    assert.match(await page.textContent('[data-filters] summary'), /^Filters · 1 set$/);
    await page.keyboard.press('Escape');
    await page.click('h1');
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-page-input', '/ focuses the one box');
    assert.equal(await pageWidth(page), 390);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
  const filtered = await open(content.url + 'search/index.html?q=decorator&difficulty=easy', PHONE);
  try {
    await filtered.page.waitForSelector('.results .result');
    assert.equal(await filtered.page.$eval('[data-filters]', (d) => d.open), true, 'a filter from the address shows');
    assert.match(await filtered.page.textContent('[data-filters] summary'), /1 set/);
  } finally {
    await filtered.close();
  }
});

it('no page of the content site is wider than a 390 px phone', async () => {
  const pages = ['index.html', 'python-interview-questions/index.html', 'python-interview-questions/page-2/index.html',
    'python-fundamentals/index.html', 'topics/index.html', 'search/index.html?q=decorator'];
  for (const p of pages) {
    const { page, close } = await open(content.url + p, PHONE);
    try {
      assert.equal(await pageWidth(page), 390, p);
    } finally {
      await close();
    }
  }
});
