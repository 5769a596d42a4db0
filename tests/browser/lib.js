// Shared by the browser test and the screenshot command: Debian's Chromium through playwright-core, and a tiny
// static file server (node:http) for a built site, on 127.0.0.1 only.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const CHROMIUM = process.env.LECTERN_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png' };

async function launch() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Serves dir on a free port; resolves to { url, close }. Missing files get the site's 404.html with status 404. */
function serve(dir) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.join(root, p);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) { status = 404; file = path.join(root, '404.html'); }
    res.writeHead(status, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}/`,
      close: () => new Promise((done) => server.close(done)),
    }));
  });
}

/** The site to test: LECTERN_SITE, else the content/ site mvn verify builds, else ./site at the repository root. */
function siteDir() {
  const repo = path.resolve(__dirname, '../..');
  const candidates = [process.env.LECTERN_SITE, path.join(repo, 'generator/target/e2e-site'), path.join(repo, 'site')];
  const found = candidates.find((d) => d && fs.existsSync(path.join(d, 'search', 'core.js')));
  if (!found) throw new Error('no built site: run ./lectern build (or mvn verify), or set LECTERN_SITE');
  return found;
}

const JAR = path.resolve(__dirname, '../../generator/target/lectern.jar');
/**
 * The JVM options ./lectern runs the jar with (a big stack; C1 only and the serial collector: a short run's CPU halves),
 * and under mvn verify the class-data archive of the jar's classes that the JUnit tests' children use too
 * (LECTERN_TEST_CDS, made for the Java first on PATH there: a build starts with its classes loaded).
 */
const JAVA = ['-Xss16m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC',
  ...(process.env.LECTERN_TEST_CDS ? [`-XX:SharedArchiveFile=${process.env.LECTERN_TEST_CDS}`] : [])];

/** Why a browser test cannot run here ('' when it can): Chromium, the npm packages, or the generator jar missing. */
function whatIsMissing(packages, jar) {
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  const absent = packages.find((p) => !fs.existsSync(path.join(__dirname, 'node_modules', p)));
  if (absent) return `${absent} is missing (npm ci in tests/browser)`;
  return jar && !fs.existsSync(jar) ? `${jar} is missing (mvn package)` : '';
}

/**
 * node:test's test() for a browser test named `label`, skipped with a message when Chromium, playwright-core or (with
 * needsJar) the packaged jar is missing, and an error instead when LECTERN_REQUIRE_BROWSER is set.
 */
function browserTest(label, { needsJar = false, timeout = 120000 } = {}) {
  const test = require('node:test');
  const missing = whatIsMissing(['playwright-core'], needsJar ? JAR : null);
  if (missing && process.env.LECTERN_REQUIRE_BROWSER) throw new Error(`${label} required but ${missing}`);
  if (missing) console.log(`SKIPPED the ${label}: ${missing}; set LECTERN_REQUIRE_BROWSER=1 to make this an error`);
  return { missing, it: (name, fn) => test(name, { skip: missing || false, timeout }, fn) };
}

/** Why the test {@code name} that builds a site with the jar cannot run ('' when it can); see browserTest. */
function missingForJar(name) {
  return browserTest(`${name} test`, { needsJar: true }).missing;
}

/** A page in a fresh browser context, with the script errors it throws. */
async function openPage(browser, url, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

/**
 * Waits until the search box's list is that of the whole text typed: while the words are typed it shows each prefix's
 * results (and Enter or the arrows then act on a list about to change); its last option names the text it lists.
 */
async function waitForWholeList(page, text) {
  await page.waitForFunction((q) => (document.querySelector('#search-listbox .search__option--all')?.textContent || '').includes(`“${q}”`),
    text, { timeout: 10000 });
}

module.exports = { CHROMIUM, JAR, JAVA, browserTest, launch, missingForJar, openPage, serve, siteDir, waitForWholeList, whatIsMissing };
