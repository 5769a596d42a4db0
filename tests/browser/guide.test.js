// A guide page as a reader uses it, on a site of its own built with the packaged jar: the answer toggle is a full-width
// control that says what it does ("Show answer" / "Hide answer") in the browser's accessibility tree, 24 px tall at a
// mouse and 44 px at a finger, with a chevron that turns; a short answer is open on load and a long one folded; a
// heading's "#" never wraps onto a line of its own; the "/" hint hides on phones; the scheme toggle goes round three
// modes and "system" follows the system. Skips like the other browser tests when Chromium or the jar is missing,
// unless LECTERN_REQUIRE_BROWSER is set.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { JAR, JAVA, browserTest, launch, serve } = require('./lib');

const { missing, it } = browserTest('guide browser test', { needsJar: true });

const LONG = 'Start from the load you expect at the busiest hour of the busiest day, not from the average: averages hide '
  + 'the peaks that take services down. Measure what one instance handles before its latency climbs, then divide the '
  + 'peak by that figure and add headroom for a lost zone and for a deploy that drains instances while it rolls.';
const GUIDE = `# Field guide

## Running services behind load balancers, health checks and the capacity planning that keeps them up

### Q1: What does a load balancer do when one of the servers behind it stops answering its health checks?

It takes that server out of rotation until it answers again.

### Q2: How do you plan capacity?

${LONG}

${LONG}

## Sizes

Titles that end a little further each time, so that at some length the last word fits on the line and the "#" not.
${[...Array(14).keys()].map((k) => `
### Q${k + 3}: Which server answers the request ${'x'.repeat(k + 1)}${k % 2 ? '?' : ''}

It depends on the path.
`).join('')}`;
const SHORT_ID = 'what-does-a-load-balancer-do-when-one-of-the-servers-behind';
const LONG_ID = 'how-do-you-plan-capacity';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

let browser, server, dir;
test.before(async () => {
  if (missing) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-guide-'));
  const content = path.join(dir, 'content');
  fs.mkdirSync(content);
  fs.writeFileSync(path.join(content, 'faq.md'), GUIDE);
  fs.writeFileSync(path.join(content, 'notes.md'), '# Notes\n\nA page of notes.\n');
  const r = spawnSync('java', [...JAVA, '-jar', JAR, 'build', '--content', content, '--output', path.join(dir, 'site')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  server = await serve(path.join(dir, 'site'));
  browser = await launch();
});
test.after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function open(options, page = 'faq/index.html') {
  // no transitions: the chevron's turn is read as soon as the answer opens
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.goto(server.url + page);
  return { tab, errors, context, close: () => context.close() };
}

/** The summary as Chromium's accessibility tree gives it to screen readers: role, name, expanded. */
async function axNode(context, tab, selector) {
  const cdp = await context.newCDPSession(tab);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const node = nodes[0];
  const expanded = (node.properties || []).find((p) => p.name === 'expanded');
  return { role: node.role.value, name: node.name.value, expanded: expanded ? expanded.value.value : undefined };
}

for (const [label, options, minHeight, coarse] of [['390 px, touch', PHONE, 44, true], ['1280 px, mouse', DESKTOP, 24, false]]) {
  it(`at ${label} the answer toggle is a full-width control of ${minHeight} px or more that says what it does`, async () => {
    const { tab, errors, context, close } = await open(options);
    try {
      assert.equal(await tab.evaluate(() => matchMedia('(pointer: coarse)').matches), coarse);
      const summary = `#${LONG_ID} summary`;
      const box = await tab.locator(summary).boundingBox();
      const column = await tab.locator(`#${LONG_ID}`).boundingBox();
      assert.ok(box.height >= minHeight, `height ${box.height}`);
      assert.ok(Math.abs(box.width - column.width) <= 1, `width ${box.width} of ${column.width}`);
      const closed = await axNode(context, tab, summary);
      assert.equal(closed.name, 'Show answer');
      assert.equal(closed.expanded, false);
      assert.match(await tab.locator(summary).ariaSnapshot(), /Show answer/);
      const look = () => tab.$eval(summary, (s) => {
        const c = getComputedStyle(s), chevron = getComputedStyle(s.querySelector('.question__chevron'));
        return { background: c.backgroundColor, border: c.borderColor, turn: chevron.transform };
      });
      const before = await look();
      await tab.click(summary);
      assert.equal(await tab.$eval(`#${LONG_ID} details`, (d) => d.open), true);
      const opened = await axNode(context, tab, summary);
      assert.equal(opened.name, 'Hide answer');
      assert.equal(opened.expanded, true);
      const after = await look();
      assert.notEqual(after.background, before.background, 'open and closed look different');
      assert.equal(before.turn, 'none');
      assert.equal(after.turn, 'matrix(-1, 0, 0, -1, 0, 0)', 'the chevron turns half a turn');
      // a focus ring when reached by keyboard
      await tab.keyboard.press('Shift+Tab');
      await tab.keyboard.press('Tab');
      assert.equal(await tab.evaluate(() => document.activeElement.matches('.question__toggle')), true);
      assert.notEqual(await tab.$eval(summary, (s) => getComputedStyle(s).outlineStyle), 'none');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}

it('a short answer is open on load and a long one folded; expand and collapse all still work', async () => {
  const { tab, errors, close } = await open(DESKTOP);
  try {
    const isOpen = (id) => tab.$eval(`#${id} details`, (d) => d.open);
    assert.equal(await isOpen(SHORT_ID), true);
    assert.equal(await isOpen(LONG_ID), false);
    assert.equal(await tab.textContent(`#${SHORT_ID} summary`).then((t) => t.includes('Hide answer')), true);
    assert.equal(await tab.textContent('[data-expand-all]'), 'Expand all answers');
    await tab.click('[data-expand-all]');
    assert.equal(await tab.$$eval('details.question__answer:not([open])', (d) => d.length), 0);
    assert.equal(await tab.textContent('[data-expand-all]'), 'Collapse all answers');
    await tab.click('[data-expand-all]');
    assert.equal(await tab.$$eval('details.question__answer[open]', (d) => d.length), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

it("at 390 px a heading's # link stays on the line of the heading's last word", async () => {
  const { tab, close } = await open(PHONE);
  try {
    const apart = await tab.$$eval('.heading-anchor', (anchors) => anchors.map((a) => {
      const heading = a.parentElement, range = document.createRange();
      range.setStart(heading, 0);
      range.setEndBefore(a);
      const rects = [...range.getClientRects()], last = rects.reduce((x, y) => (y.top > x.top ? y : x)), rect = a.getClientRects()[0];
      const mid = (r) => (r.top + r.bottom) / 2;
      const lines = new Set(rects.map((r) => Math.round(mid(r) / 10))).size;
      return { text: heading.textContent, lines, apart: Math.abs(mid(rect) - mid(last)) > last.height / 2 };
    }));
    assert.ok(apart.length >= 3, JSON.stringify(apart));
    assert.ok(apart.some((h) => h.lines > 1), 'a title long enough to wrap');
    assert.deepEqual(apart.filter((h) => h.apart), []);
  } finally {
    await close();
  }
});

it('the "/" hints show at a desktop, not on a phone nor on a touch screen', async () => {
  const touch = { viewport: { width: 1280, height: 900 }, hasTouch: true, isMobile: true };
  const narrow = { viewport: { width: 390, height: 844 } };
  for (const [options, shown] of [[DESKTOP, true], [PHONE, false], [narrow, false], [touch, false]]) {
    const { tab, close } = await open(options, 'index.html');
    try {
      assert.equal(await tab.isVisible('.search__key'), shown, JSON.stringify(options));
      assert.equal(await tab.isVisible('.home__hint'), shown, JSON.stringify(options));
    } finally {
      await close();
    }
  }
});

it('the scheme toggle goes round system, the scheme the system does not show, the other, and back; "system" follows the system', async () => {
  const { tab, errors, close } = await open({ ...DESKTOP, colorScheme: 'light' });
  try {
    const WHITE = 'rgb(255, 255, 255)';
    const state = () => tab.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      label: document.querySelector('[data-scheme-toggle]').getAttribute('aria-label'),
      stored: localStorage.getItem('lectern-scheme'),
      icons: [...document.querySelectorAll('[data-scheme-toggle] .icon')].filter((i) => i.getClientRects().length).map((i) => i.classList[1]),
    }));
    let s = await state();
    assert.deepEqual([s.label, s.stored, s.icons], ['Colour scheme: system', null, ['icon--system']]);
    assert.equal(s.bg, WHITE);
    await tab.click('[data-scheme-toggle]');
    s = await state();
    assert.deepEqual([s.label, s.stored, s.icons], ['Colour scheme: dark', 'dark', ['icon--moon']]);
    assert.notEqual(s.bg, WHITE);
    await tab.click('[data-scheme-toggle]');
    s = await state();
    assert.deepEqual([s.label, s.stored, s.icons], ['Colour scheme: light', 'light', ['icon--sun']]);
    assert.equal(s.bg, WHITE);
    // light stays light when the system turns dark; then the round starts from the scheme the system does not show
    await tab.emulateMedia({ colorScheme: 'dark' });
    assert.equal((await state()).bg, WHITE);
    await tab.click('[data-scheme-toggle]');
    s = await state();
    assert.deepEqual([s.label, s.stored, s.icons], ['Colour scheme: dark', 'dark', ['icon--moon']]);
    await tab.click('[data-scheme-toggle]');
    s = await state();
    assert.deepEqual([s.label, s.stored, s.icons], ['Colour scheme: system', null, ['icon--system']]);
    assert.notEqual(s.bg, WHITE, 'system follows the (now dark) system');
    await tab.emulateMedia({ colorScheme: 'light' });
    assert.equal((await state()).bg, WHITE);
    // a stored choice applies before the first paint, with the theme's scripts blocked
    await tab.evaluate(() => localStorage.setItem('lectern-scheme', 'dark'));
    await tab.route('**/assets/js/*.js', (route) => route.abort());
    await tab.reload();
    assert.notEqual((await state()).bg, WHITE);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
