// `lectern serve` in headless Chromium: the reload script that the server appends after each page's end runs, and an
// open page reloads by itself once a rebuild has replaced the site (a question's page showing an edit to its answer,
// the script waiting on one long poll meanwhile, not polling); the page shown while there is no site yet reloads into
// the site; a page open while the server restarts reconnects and reloads into the new server's site. Runs the generator jar that mvn package builds. Skips like search.test.js when Chromium,
// playwright-core or the jar is missing, unless LECTERN_REQUIRE_BROWSER is set.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { CHROMIUM, JAVA, launch } = require('./lib');

const JAR = path.resolve(__dirname, '../../generator/target/lectern.jar');
const missing = !fs.existsSync(CHROMIUM) ? `${CHROMIUM} is missing (apt-get install chromium)`
  : !fs.existsSync(path.join(__dirname, 'node_modules', 'playwright-core')) ? 'playwright-core is missing (npm ci in tests/browser)'
  : !fs.existsSync(JAR) ? `${JAR} is missing (mvn package)` : '';
if (missing && process.env.LECTERN_REQUIRE_BROWSER) throw new Error(`serve browser test required but ${missing}`);
if (missing) console.log(`SKIPPED the serve browser test: ${missing}; set LECTERN_REQUIRE_BROWSER=1 to make this an error`);
const it = (name, fn) => test(name, { skip: missing || false, timeout: 120000 }, fn);

const guide = (question) => `# Guide\n\n## S\n\n### Q1: ${question}\n\nAn answer.\n`;
let browser, dir;
const running = [];
test.before(async () => {
  if (missing) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-serve-'));
  browser = await launch();
});
test.after(async () => {
  for (const child of running) child.kill();
  if (browser) await browser.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts `lectern serve` on a free port; resolves to its address once it listens. */
function serve(content, output, port = 0) {
  const child = spawn('java', [...JAVA, '-jar', JAR, 'serve', '--content', content, '--output', output, '--port', String(port)]);
  running.push(child);
  serve.last = child;
  child.out = '';
  child.stderr.on('data', (chunk) => { child.out += chunk; });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      child.out += chunk;
      const m = child.out.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${child.out}`)));
  });
}

async function openPage(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}

const shows = (page, text) => page.waitForFunction((t) => document.body.textContent.includes(t), text, { timeout: 60000 });

it('an open page reloads by itself when an edit rebuilds the site', async () => {
  const content = path.join(dir, 'edit/content');
  fs.mkdirSync(content, { recursive: true });
  fs.writeFileSync(path.join(content, 'g.md'), guide('First question?'));
  const url = await serve(content, path.join(dir, 'edit/site'));
  const { page, errors } = await openPage(url);
  await shows(page, 'First question?');
  // waited for, not read once: the page may still reload once more (a page served while a build ends is stamped with
  // the version before it, and the whole site settles after the guide's own pages), and a read would meet the reload
  await page.waitForFunction(() => document.body && document.body.lastElementChild?.getAttribute('src') === '/__lectern/reload.js',
    null, { timeout: 10000 });
  fs.writeFileSync(path.join(content, 'g.md'), guide('Edited question?'));
  await shows(page, 'Edited question?');
  assert.deepEqual(errors, []);
});

it('the page shown before there is a site reloads into the site once it is built', async () => {
  const content = path.join(dir, 'late/content');
  const url = await serve(content, path.join(dir, 'late/site'));
  const { page, errors } = await openPage(url);
  await shows(page, 'no site to show yet');
  fs.mkdirSync(path.join(dir, 'late/staging'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'late/staging/g.md'), guide('Late question?'));
  fs.renameSync(path.join(dir, 'late/staging'), content);
  await shows(page, 'Late question?');
  assert.deepEqual(errors, []);
});

it('a question page open in the browser shows an edit to its answer, waiting on one request meanwhile', async () => {
  const content = path.join(dir, 'question/content');
  fs.mkdirSync(content, { recursive: true });
  const answer = (text) => `# Guide\n\n## S\n\n### Q1: First question?\n\n${text}\n\n### Q2: Second question?\n\nAnother answer.\n`;
  fs.writeFileSync(path.join(content, 'g.md'), answer('The first answer.'));
  const url = await serve(content, path.join(dir, 'question/site'));
  const { page, errors } = await openPage(new URL('first-question/index.html', url).href);
  await shows(page, 'The first answer.');
  let waits = 0;
  page.on('request', (r) => { if (r.url().includes('/__lectern/version')) waits++; });
  await page.waitForTimeout(2500);
  assert.ok(waits <= 1, `the script waits on a long poll rather than polling: ${waits} requests in 2.5 s`);
  fs.writeFileSync(path.join(content, 'g.md'), answer('An edited answer.'));
  await shows(page, 'An edited answer.');
  assert.equal(new URL(page.url()).pathname, '/first-question/index.html', 'the same page, reloaded');
  assert.deepEqual(errors, []);
});

it('a page open while the server restarts reconnects and reloads into the new site', async () => {
  const content = path.join(dir, 'restart/content');
  fs.mkdirSync(content, { recursive: true });
  fs.writeFileSync(path.join(content, 'g.md'), guide('Before the restart?'));
  const url = await serve(content, path.join(dir, 'restart/site'));
  const { page, errors } = await openPage(url);
  await shows(page, 'Before the restart?');
  const first = serve.last;
  await new Promise((resolve) => { first.on('exit', resolve); first.kill(); });
  fs.writeFileSync(path.join(content, 'g.md'), guide('After the restart?'));
  await serve(content, path.join(dir, 'restart/site'), new URL(url).port);
  // what both servers said, should the page not come back
  await shows(page, 'After the restart?').catch((e) => {
    throw new Error(`${e.message}\nthe page: ${page.url()}\nthe first server:\n${first.out}\nthe second:\n${serve.last.out}`);
  });
  assert.deepEqual(errors, []);
});
