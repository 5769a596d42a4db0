// The site as a host serves it below a path (a GitHub Pages project site): nginx from Debian, on a free loopback
// port with a config of its own, serves a build of content/ made with --base-url http://127.0.0.1:PORT/docs/ under
// /docs/, and its 404.html for any missing address. Every page is crawled over HTTP: each link, asset and fragment
// answers; a missing address gets the themed 404 page with its stylesheet (in Chromium); a folder without its slash is
// redirected. A second build without a base URL shows that the 404 page finds the site by itself. A third build, of the
// search fixture (guides, questions, topics), with --urls directory under /clean/, is crawled the same way and links no
// index.html anywhere, search results included (in Chromium); every link form that directory URLs change is
// CleanUrlsTest's, on a richer fixture. Skips like the other
// browser tests when nginx, Chromium or the jar is missing, unless LECTERN_REQUIRE_BROWSER is set.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { CHROMIUM, JAVA, launch, waitForWholeList } = require('./lib');

const REPO = path.resolve(__dirname, '../..');
const FIXTURE = path.join(REPO, 'generator/src/test/resources/fixtures/search-site');
const JAR = path.join(REPO, 'generator/target/lectern.jar');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
const missing = !NGINX ? 'nginx is missing (apt-get install nginx)'
  : !fs.existsSync(CHROMIUM) ? `${CHROMIUM} is missing (apt-get install chromium)`
  : !fs.existsSync(path.join(__dirname, 'node_modules', 'playwright-core')) ? 'playwright-core is missing (npm ci in tests/browser)'
  : !fs.existsSync(JAR) ? `${JAR} is missing (mvn package)` : '';
if (missing && process.env.LECTERN_REQUIRE_BROWSER) throw new Error(`subpath test required but ${missing}`);
if (missing) console.log(`SKIPPED the subpath test: ${missing}; set LECTERN_REQUIRE_BROWSER=1 to make this an error`);
const it = (name, fn) => test(name, { skip: missing || false, timeout: 300000 }, fn);

let dir, port, nginx, origin;

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

function build(content, output, baseUrl, ...more) {
  const args = [...JAVA, '-jar', JAR, 'build', '--content', content, '--output', output].concat(baseUrl ? ['--base-url', baseUrl] : [], more);
  const r = spawnSync('java', args, { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
}

test.before(async () => {
  if (missing) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-subpath-'));
  fs.chmodSync(dir, 0o755); // nginx's workers run as another user when it is started as root
  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const root = path.join(dir, 'www');
  build(path.join(REPO, 'content'), path.join(root, 'docs'), `${origin}/docs/`);
  build(FIXTURE, path.join(root, 'clean'), `${origin}/clean/`, '--urls', 'directory');
  const small = path.join(dir, 'small');
  fs.mkdirSync(small);
  fs.writeFileSync(path.join(small, 'guide.md'), '# Guide\n\n## Basics\n\n### What is it?\n\nA small guide.\n');
  fs.writeFileSync(path.join(small, 'notes.md'), '# Notes\n\nA page of notes.\n');
  build(small, path.join(root, 'plain'), null);
  fs.writeFileSync(path.join(dir, 'nginx.conf'), `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location /docs/ { error_page 404 /docs/404.html; }
    location /plain/ { error_page 404 /plain/404.html; }
    location /clean/ { error_page 404 /clean/404.html; }
  }
}`);
  fs.mkdirSync(path.join(dir, 'tmp'));
  nginx = spawn(NGINX, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
  for (let i = 0; i < 100; i++) {
    try { await fetch(`${origin}/`); return; } catch (e) { await new Promise((r) => setTimeout(r, 100)); }
  }
  throw new Error('nginx did not start');
});

test.after(() => {
  if (nginx) nginx.kill();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The URLs and ids of a page (the build writes every attribute in double quotes), the script the page loads on demand too. */
function scan(html) {
  const urls = [...html.matchAll(/\s(?:href|src|data-highlight-script)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
  return { urls, ids };
}

/** Crawls the site under /site/ from its home page: what does not answer, and the site's URLs that name an index.html. */
async function crawl(site) {
  const pages = new Map(); // url without fragment → ids, for html pages
  const queue = [`${origin}/${site}/`];
  const seen = new Set(queue);
  const fragments = [];
  const problems = [];
  const indexLinks = [];
  while (queue.length) {
    const url = queue.shift();
    const res = await fetch(url, { redirect: 'manual' });
    if (res.status !== 200) { problems.push(`${url}: ${res.status}`); continue; }
    if (!(res.headers.get('content-type') || '').startsWith('text/html')) { await res.arrayBuffer(); continue; }
    const { urls, ids } = scan(await res.text());
    pages.set(url, ids);
    for (const u of urls) {
      const abs = new URL(u, url);
      if (abs.origin !== origin) continue;
      const bare = abs.href.split('#')[0].split('?')[0];
      if (abs.hash.length > 1) fragments.push([url, bare, decodeURIComponent(abs.hash.slice(1))]);
      if (!bare.startsWith(`${origin}/${site}/`)) { problems.push(`${url}: ${u} leaves /${site}/`); continue; }
      if (/(^|\/)index\.html$/.test(abs.pathname)) indexLinks.push(`${url}: ${u}`);
      if (!seen.has(bare)) { seen.add(bare); queue.push(bare); }
    }
  }
  for (const [from, page, id] of fragments) {
    const ids = pages.get(page);
    if (ids && !ids.has(id)) problems.push(`${from}: #${id} is not on ${page}`);
  }
  return { pages, problems, indexLinks };
}

it('every page, link, asset and fragment of a site built for /docs/ answers from nginx', async () => {
  const { pages, problems, indexLinks } = await crawl('docs');
  assert.deepEqual(problems, []);
  assert.ok(pages.size > 800, `crawled ${pages.size} pages`); // content/ builds ~900 pages (topics of one question have none)
  assert.ok(indexLinks.length > 1000, 'the default links name index.html, so the site opens from file:// too');
});

it('a site built with --urls directory answers the same crawl, and none of its links names index.html', async () => {
  const { pages, problems, indexLinks } = await crawl('clean');
  assert.deepEqual(problems, []);
  assert.ok(pages.size > 15, `crawled ${pages.size} pages`); // the fixture builds 20 pages
  assert.deepEqual(indexLinks, []);
});

it('on a site built with --urls directory, search results link to folders and open', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/clean/alpha/`);
    await page.keyboard.press('/');
    await page.keyboard.type('decorator');
    await waitForWholeList(page, 'decorator');
    const targets = await page.$$eval('#search-listbox [role=option]', (els) => els.map((e) => e.getAttribute('data-href')));
    assert.ok(targets.length >= 2, targets.join(' '));
    for (const t of targets) assert.doesNotMatch(t, /index\.html/, t);
    assert.match(targets[targets.length - 1], /^\.\.\/search\/\?q=decorator$/);
    await Promise.all([page.waitForURL(/\?h=/), page.keyboard.press('Enter')]);
    assert.match(new URL(page.url()).pathname, /^\/clean\/.+\/$/);
    await page.waitForSelector('#lectern-main mark.search-hit');
    await page.goto(`${origin}/clean/search/?q=decorator`);
    await page.waitForSelector('[data-results] a.result__title');
    const results = await page.$$eval('[data-results] a.result__title', (els) => els.map((e) => e.getAttribute('href')));
    for (const r of results) assert.doesNotMatch(r, /index\.html/, r);
    assert.equal((await fetch(new URL(results[0], page.url()))).status, 200);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

it('a missing address answers 404 with the themed page, its stylesheet loaded, and a folder gains its slash', async () => {
  const res = await fetch(`${origin}/docs/no/such/page`);
  assert.equal(res.status, 404);
  assert.match(await res.text(), /Page not found/);
  const folder = await fetch(`${origin}/docs/python-fundamentals`, { redirect: 'manual' });
  assert.equal(folder.status, 301);
  assert.equal(new URL(folder.headers.get('location'), origin).pathname, '/docs/python-fundamentals/');
  const browser = await launch();
  try {
    for (const site of ['docs', 'plain', 'clean']) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${site}/no/such/page`);
      // without a base URL (/plain/) the page finds the site itself: wait for its stylesheet
      await page.waitForFunction(() => [...document.styleSheets].some((s) => { try { return s.cssRules.length > 50; } catch (e) { return false; } }),
        null, { timeout: 10000 });
      const home = await page.$eval('a.button', (a) => a.href);
      assert.equal(home, `${origin}/${site}/${site === 'clean' ? '' : 'index.html'}`);
      assert.equal((await fetch(home)).status, 200);
      // the theme's files carry hashes in their names: the page gives search-box.js highlight.js's address, rebased too
      const highlighter = await page.$eval('body', (b) => new URL(b.getAttribute('data-highlight-script'), location.href).href);
      assert.match(highlighter, new RegExp(`^${origin}/${site}/assets/js/highlight\\.[0-9a-f]{8}\\.js$`));
      assert.equal((await fetch(highlighter)).status, 200);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
