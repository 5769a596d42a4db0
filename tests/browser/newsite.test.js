// `lectern new DIR` as a user meets it: the packaged jar creates a site, then the site's own ./lectern script (the jar
// copied into .lectern/, POSIX sh, Java alone) builds it strictly, checks it, and serves it to Chromium. Skips like the
// other browser tests when Chromium, playwright-core or the jar is missing, unless LECTERN_REQUIRE_BROWSER is set.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { CHROMIUM, JAVA, launch } = require('./lib');

const JAR = path.resolve(__dirname, '../../generator/target/lectern.jar');
const missing = !fs.existsSync(CHROMIUM) ? `${CHROMIUM} is missing (apt-get install chromium)`
  : !fs.existsSync(path.join(__dirname, 'node_modules', 'playwright-core')) ? 'playwright-core is missing (npm ci in tests/browser)'
  : !fs.existsSync(JAR) ? `${JAR} is missing (mvn package)` : '';
if (missing && process.env.LECTERN_REQUIRE_BROWSER) throw new Error(`new-site test required but ${missing}`);
if (missing) console.log(`SKIPPED the new-site test: ${missing}; set LECTERN_REQUIRE_BROWSER=1 to make this an error`);
const it = (name, fn) => test(name, { skip: missing || false, timeout: 180000 }, fn);

let dir, site, child, browser;
test.before(() => {
  if (missing) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-new-'));
  site = path.join(dir, 'acme-docs');
});
test.after(async () => {
  if (child) child.kill();
  if (browser) await browser.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The new site's own launcher, run from its folder as its README says. */
const lectern = (...args) => spawnSync('./lectern', args, { cwd: site, encoding: 'utf8' });

it('the jar creates a site that its own ./lectern builds strictly, checks and serves', async () => {
  const created = spawnSync('java', [...JAVA, '-jar', JAR, 'new', site], { encoding: 'utf8' });
  assert.equal(created.status, 0, created.stdout + created.stderr);
  assert.equal(created.stderr, '');
  assert.deepEqual(fs.readFileSync(path.join(site, '.lectern/lectern.jar')), fs.readFileSync(JAR));

  const build = lectern('build', '--strict');
  assert.equal(build.status, 0, build.stdout + build.stderr);
  assert.match(build.stdout, /\(0 errors, 0 warnings, 0 notes\)/);
  const check = lectern('check');
  assert.equal(check.status, 0, check.stdout + check.stderr);
  assert.match(check.stdout, /: 0 problems, /);

  child = spawn('./lectern', ['serve', '--port', '0'], { cwd: site });
  let out = '';
  // the address once the first build is done ("Built …"): a page opened before then reloads when the build ends, and
  // on a busy machine that reload came in the middle of the click below, which then never navigated
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m && /^Built /m.test(out)) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  browser = await launch();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const response = await page.goto(`${url}faq/`);
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('h1').first().textContent(), 'Frequently asked questions');
  // the theme's stylesheet loaded: its rules apply
  assert.ok(await page.evaluate(() => [...document.styleSheets].some((s) => s.href && s.cssRules.length > 0)));
  // wait for the next page and its image: reading the image right after the click raced the navigation
  await Promise.all([page.waitForURL(/getting-started\/index\.html$/), page.click('a[href$="getting-started/index.html"]')]);
  await page.waitForFunction(() => { const img = document.querySelector('img[src$="build.svg"]'); return img && img.complete && img.naturalWidth > 0; },
    null, { timeout: 10000 });
  assert.deepEqual(errors, []);
});

it('the launcher without its jar says what is missing', () => {
  fs.renameSync(path.join(site, '.lectern/lectern.jar'), path.join(dir, 'away.jar'));
  const r = lectern('build');
  fs.renameSync(path.join(dir, 'away.jar'), path.join(site, '.lectern/lectern.jar'));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /\.lectern\/lectern\.jar is missing; copy Lectern's jar/);
});
