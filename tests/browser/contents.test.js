// The on-page contents of a long guide, in headless Chromium: questions listed under their sections, the section a
// later page continues listed there with its questions, the sidebar's current entry on that page, the entry being
// read marked while scrolling and kept in view in the contents' own scroll, the list folded on a phone and shown
// without a script beside the text. Builds its own invented guide with the generator jar (mvn package builds it).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { JAR, JAVA, launch, missingForJar, serve } = require('./lib');

const missing = missingForJar('contents');
const it = (name, fn) => test(name, { skip: missing || false }, fn);

/** A kitchen guide: 4 questions on knives, 30 on ovens (too long for one page: it goes on on page 2), 3 on pans. */
function guide() {
  const code = Array.from({ length: 90 }, (_, i) => `oven.set(temperature=${180 + i}, minutes=${i})  # step ${i}`).join('\n');
  const part = (title, n) => `## ${title}\n\n` + Array.from({ length: n }, (_, i) =>
    `### How do I handle ${title.toLowerCase()} case ${i + 1}?\n\nCheck the ${title.toLowerCase()} first.\n\n\`\`\`python\n${code}\n\`\`\`\n`).join('\n');
  return `# Kitchen Handbook\n\nAnswers for new cooks.\n\n${part('Knives', 4)}\n${part('Ovens', 30)}\n${part('Pans', 3)}`;
}

/** A guide of one-line answers: its last questions sit in the page's last screen and never scroll up a quarter of it. */
function faq() {
  const part = (title, n) => `## ${title}\n\n` + Array.from({ length: n }, (_, i) =>
    `### Can I ${title.toLowerCase()} item ${i + 1}?\n\nYes, from the settings.\n`).join('\n');
  return `# Shop FAQ\n\nShort answers.\n\n${part('Return', 12)}\n${part('Exchange', 6)}`;
}

let browser, server, dir;
test.before(async () => {
  if (missing) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-contents-'));
  fs.mkdirSync(path.join(dir, 'content'));
  fs.writeFileSync(path.join(dir, 'content', 'kitchen.md'), guide());
  fs.writeFileSync(path.join(dir, 'content', 'faq.md'), faq());
  fs.writeFileSync(path.join(dir, 'content', 'about.md'), '# About\n\nA second page, so the guide is not the home page.\n');
  execFileSync('java', [...JAVA, '-jar', JAR, 'build', '--content', 'content', '--output', 'site'], { cwd: dir, stdio: 'pipe' });
  assert.ok(fs.existsSync(path.join(dir, 'site/kitchen/page-2/index.html')), 'the guide goes on on page 2');
  server = await serve(path.join(dir, 'site'));
  browser = await launch();
});
test.after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function open(url, options) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(server.url + url);
  return { page, close: () => context.close() };
}

/** The contents as [depth, label, href], depth 0 for top-level entries. */
const entries = (page) => page.$$eval('.toc .toc__link', (links) => links.map((a) => {
  let depth = -1;
  for (let e = a; e; e = e.parentElement) if (e.tagName === 'LI') depth++;
  return [depth, a.textContent, a.getAttribute('href')];
}));

it('the contents list each section with its questions under it', async () => {
  const { page, close } = await open('kitchen/index.html');
  try {
    const toc = await entries(page);
    assert.deepEqual(toc.slice(0, 3), [[0, 'Knives', '#knives'], [1, 'How do I handle knives case 1?', '#how-do-i-handle-knives-case-1'],
      [1, 'How do I handle knives case 2?', '#how-do-i-handle-knives-case-2']]);
    const questions = await page.$$eval('article.question', (qs) => qs.map((q) => '#' + q.id));
    assert.deepEqual(toc.filter((e) => e[0] === 1).map((e) => e[2]), questions, 'every question on the page, in order');
    assert.deepEqual(toc.filter((e) => e[0] === 0).map((e) => e[1]), ['Knives', 'Ovens']);
  } finally { await close(); }
});

it('page 2 marks its entry in the sidebar and lists the section it continues with its questions', async () => {
  const { page, close } = await open('kitchen/page-2/index.html');
  try {
    const current = await page.$$eval('.sidebar [aria-current=page]', (as) => as.map((a) => [a.textContent, a.href]));
    assert.equal(current.length, 1, JSON.stringify(current));
    assert.equal(new URL(current[0][1]).pathname, new URL(page.url()).pathname, 'the current entry leads to this page');
    const toc = await entries(page);
    assert.equal(toc[0][0], 0);
    assert.equal(toc[0][1], 'Ovens (continued)');
    assert.equal(await page.$eval(toc[0][2], (s) => s.matches('section.guide-section--continued')), true);
    const continued = await page.$$eval('section.guide-section--continued article.question', (qs) => qs.map((q) => '#' + q.id));
    assert.ok(continued.length > 0);
    assert.deepEqual(toc.slice(1, 1 + continued.length).map((e) => [e[0], e[2]]), continued.map((id) => [1, id]));
  } finally { await close(); }
});

it('scrolling marks the question being read in the contents and keeps it in view there', async () => {
  const { page, close } = await open('kitchen/index.html', { viewport: { width: 1366, height: 700 } });
  try {
    const marked = () => page.$$eval('.toc [aria-current]', (as) => as.map((a) => a.getAttribute('href')));
    for (const id of ['how-do-i-handle-knives-case-3', 'how-do-i-handle-ovens-case-2', 'how-do-i-handle-ovens-case-9']) {
      // its top a fifth down the window: the reading line (a quarter down) crosses it
      await page.$eval('#' + id, (q) => window.scrollTo(0, q.getBoundingClientRect().top + window.scrollY - innerHeight / 5));
      await page.waitForFunction((href) => { const a = document.querySelector('.toc [aria-current]'); return a && a.getAttribute('href') === href; },
        '#' + id, { timeout: 5000 });
      assert.deepEqual(await marked(), ['#' + id]);
      assert.equal(await page.$eval('.toc [aria-current]', (a) => a.getAttribute('aria-current')), 'location');
      const inView = await page.$eval('.toc [aria-current]', (a) => {
        const toc = a.closest('.toc').getBoundingClientRect(), r = a.getBoundingClientRect();
        return r.top >= toc.top && r.bottom <= toc.bottom;
      });
      assert.ok(inView, `${id}'s entry is in view in the contents`);
    }
    const toc = await page.$eval('.toc', (t) => ({ scrolls: t.scrollHeight > t.clientHeight, sticky: getComputedStyle(t).position }));
    assert.deepEqual(toc, { scrolls: true, sticky: 'sticky' }, 'the long contents scroll on their own');
  } finally { await close(); }
});

it('scrolling down the whole page marks every question in turn, the last ones too', async () => {
  const { page, close } = await open('faq/index.html', { viewport: { width: 1366, height: 700 } });
  try {
    const questions = await page.$$eval('article.question', (qs) => qs.map((q) => '#' + q.id));
    assert.equal(questions.length, 18);
    const end = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    assert.ok(end > 700, `the page scrolls more than a screen: ${end} px`);
    const seen = [];
    for (let y = 0; y <= end + 20; y += 20) {
      const href = await page.evaluate((to) => new Promise((done) => {
        window.scrollTo(0, to);
        // the mark follows in the next frame
        requestAnimationFrame(() => requestAnimationFrame(() => {
          const a = document.querySelector('.toc [aria-current]');
          done(a && a.getAttribute('href'));
        }));
      }), y);
      if (href && seen[seen.length - 1] !== href) seen.push(href);
    }
    const marked = seen.filter((h) => questions.includes(h));
    assert.deepEqual(marked, questions, 'each question marked once, in reading order');
    assert.equal(seen[seen.length - 1], questions[questions.length - 1], 'at the end of the page the last question is marked');
  } finally { await close(); }
});

it('on a phone the long contents are folded above the text, and open on a tap', async () => {
  const { page, close } = await open('kitchen/index.html', { viewport: { width: 390, height: 844 } });
  try {
    const height = () => page.$eval('.toc', (t) => t.getBoundingClientRect().height);
    assert.ok(await height() < 80, `folded: ${await height()} px`);
    await page.click('.toc summary');
    assert.ok(await height() > 500, `opened, it lists every entry: ${await height()} px`);
  } finally { await close(); }
});

it('without a script the contents beside the text are a plain list', async () => {
  const { page, close } = await open('kitchen/index.html', { javaScriptEnabled: false });
  try {
    const box = await page.$eval('.toc .toc__link', (a) => a.getBoundingClientRect().height);
    assert.ok(box > 0, 'the first entry shows');
  } finally { await close(); }
});
