// About 80 XSS payloads (xss-site.js) in every spot an author controls execute nothing: the site built from them (about
// 50 pages: several payloads to a question) is opened page by page in headless Chromium, over HTTP and from file://,
// and fails the test if a dialog opens, a payload's beacon URL is requested, an element carries an event-handler
// attribute, or a javascript:/vbscript:/data: URL survives in a link, source or form. The search box, the search page
// and the ?h= word marking get payloads too. Needs the generator jar (mvn package builds it). Skips like
// search.test.js when Chromium or playwright-core is missing.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const { JAR, JAVA, launch, missingForJar, serve } = require('./lib');
const payloads = require('./xss-site');

const missing = missingForJar('XSS');
const it = (name, fn, skip) => test(name, { skip: missing || skip || false }, fn);

/** Builds a content folder into a site with the jar; returns the site folder. Warnings are expected, a crash is not. */
function build(name, writeContent) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lectern-${name}-`));
  temp.push(dir);
  writeContent(path.join(dir, 'content'));
  execFileSync('java', [...JAVA, '-jar', JAR, 'build', '--content', 'content', '--output', 'site'], { cwd: dir, stdio: 'pipe' });
  return path.join(dir, 'site');
}

function pagesOf(site) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(path.relative(site, p).split(path.sep).join('/'));
    }
  };
  walk(site);
  return out.sort();
}

/** What a page does that it must not: dialogs, beacon requests, handler attributes, script URLs. */
const FIND_LIVE = () => {
  const found = [];
  // the theme's own scripts: its files, the scheme script in the head, the 404 page's finder of the site's root, and
  // the JSON-LD data block, which must parse as one schema.org object (a payload that broke out of it would not)
  const ourScript = (el) => {
    const text = el.textContent || '';
    if (/(^|\/)(assets\/js|search)\/[\w.-]+\.js$/.test(el.getAttribute('src') || '')) return true;
    if (text.startsWith('try{var s=localStorage') || text.trim().startsWith("(function () {\n  var dirs = location.pathname.split('/');")) return true;
    if (el.getAttribute('type') !== 'application/ld+json' || el.hasAttribute('src')) return false;
    try { return JSON.parse(text)['@context'] === 'https://schema.org'; } catch (e) { return false; }
  };

  const bad = /^(javascript|vbscript|data):/;
  const scheme = (v) => v.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${el.localName} ${name}=…>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster', 'background', 'cite'].includes(name)) {
        const v = scheme(a.value);
        if (bad.test(v) && !/^data:image\/(png|gif|jpe?g|webp);/.test(v)) found.push(`<${el.localName} ${name}="${a.value.slice(0, 60)}">`);
      }
      if (name === 'srcset' && a.value.split(',').some((c) => bad.test(scheme(c.trim())))) found.push(`<${el.localName} srcset>`);
    }
    const tag = el.localName;
    if (['iframe', 'frame', 'object', 'embed', 'base', 'portal'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'meta' && el.hasAttribute('http-equiv') && el.getAttribute('http-equiv').toLowerCase() !== 'content-type') found.push('<meta http-equiv>');
    if (tag === 'script' && !ourScript(el)) found.push(`<script>${el.textContent.slice(0, 60)}</script>`);
    if (el.closest('svg') && ['script', 'a', 'animate', 'set', 'foreignobject', 'use'].includes(tag.toLowerCase())) found.push(`<svg><${tag}>`);
  }
  if (window.__xss) found.push('window.__xss set');
  return found;
};

let browser, server, site, sites;
const temp = [];
test.before(async () => {
  if (missing) return;
  site = build('xss', (dir) => payloads.write(dir));
  server = await serve(site);
  browser = await launch();
  sites = { http: server.url, 'file://': pathToFileURL(site).href + '/' };
});
test.after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
  for (const dir of temp) fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens the URLs (three tabs at a time) and returns what ran or survived, prefixed by the page it happened on. */
async function visit(urls, act) {
  const context = await browser.newContext();
  const problems = [];
  const where = (url) => url.replace(/^.*?\/\/[^/]*\//, '').slice(0, 90);
  // watched, not intercepted: a route would pause every request of every page for the test to let through (port 9
  // refuses the connection anyway)
  context.on('request', (request) => {
    if (!/\/\/127\.0\.0\.1:9\//.test(request.url())) return;
    let from = '?';
    try { from = request.frame().url(); } catch (e) { /* a worker's request has no frame */ }
    problems.push(`${where(from)}: beacon ${request.url()}`);
  });
  const queue = [...urls];
  const tab = async () => {
    const page = await context.newPage();
    page.on('dialog', (d) => { problems.push(`${where(page.url())}: dialog "${d.message()}"`); d.dismiss().catch(() => {}); });
    for (let url = queue.shift(); url; url = queue.shift()) {
      await page.goto(url, { waitUntil: 'load' });
      if (act) await act(page);
      await page.waitForTimeout(30); // let onerror/onload handlers of broken images fire
      for (const f of await page.evaluate(FIND_LIVE)) problems.push(`${where(url)}: ${f}`);
    }
  };
  try {
    await Promise.all([tab(), tab(), tab()]);
  } finally {
    await context.close();
  }
  return problems.sort();
}

it('the checks catch a live payload of each kind (a control page written by hand)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-xss-control-'));
  temp.push(dir);
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>control</title>'
    + '<img src=x onerror="alert(1)"><a href=" JavaScript:alert(2)">a</a><img src="http://127.0.0.1:9/xss-beacon.png">'
    + '<iframe></iframe><script>window.__xss = 1</script>');
  const found = (await visit([pathToFileURL(path.join(dir, 'index.html')).href])).join('\n');
  for (const kind of ['dialog "1"', 'beacon', '<img onerror=', '<a href=" JavaScript:alert(2)">', '<iframe>', '<script>window.__xss', 'window.__xss set']) {
    assert.ok(found.includes(kind), `the control's ${kind} was not caught:\n${found}`);
  }
});

for (const mode of ['http', 'file://']) {
  it(`over ${mode}: no payload runs or survives on any page`, async () => {
    const urls = pagesOf(site).map((p) => sites[mode] + p);
    assert.ok(urls.length > 40, `only ${urls.length} pages were built`);
    assert.deepEqual(await visit(urls), []);
  });

  it(`over ${mode}: search results, the search page and word marking show payloads as text`, async () => {
    const question = pagesOf(site).find((p) => p.startsWith('github-') || p.startsWith('github/')) || 'index.html';
    const hostile = encodeURIComponent('<img src=x onerror=alert(901)>"\'><script>alert(902)</script>');
    const urls = [`search/index.html?q=payload`, `search/index.html?q=img+onerror`, `search/index.html?q=${hostile}`,
      `search/index.html?q=script&tag=${hostile}&guide=${hostile}`, `${question}?h=${hostile}`, `${question}?h=img+script+alert`]
      .map((u) => sites[mode] + u);
    const typed = async (page) => {
      if (!page.url().includes('/search/')) {
        await page.keyboard.press('/');
        await page.keyboard.type('onerror script');
        await page.waitForTimeout(300);
      } else {
        await page.waitForTimeout(300);
      }
    };
    assert.deepEqual(await visit(urls, typed), []);
  });
}

it('Pebble syntax in content and config is printed, not evaluated', async () => {
  const home = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
  assert.ok(home.includes('{{ 7*7 }}'), 'the site title keeps its braces');
  const docusaurus = pagesOf(site).filter((p) => p.startsWith('docusaurus/')).map((p) => fs.readFileSync(path.join(site, p), 'utf8')).join('');
  assert.ok(docusaurus.includes('{{ 7*7 }}'), 'the front matter title keeps its braces');
});

// Issue 8 lists this one: a base_url that is not http(s) must be an error, and the 404 page builds its links from it.
it('a javascript: base_url in lectern.yml reaches no page', async () => {
  let built;
  try {
    built = build('xss-base-url', (dir) => {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'lectern.yml'), 'title: T\nbase_url: "javascript:alert(7)//"\n');
      fs.writeFileSync(path.join(dir, 'g.md'), '# G\n\n## S\n\n### Why?\n\nYes.\n');
    });
  } catch (e) {
    return; // refusing to build is a fine answer too
  }
  const urls = pagesOf(built).map((p) => pathToFileURL(path.join(built, p)).href);
  assert.deepEqual(await visit(urls), []);
});
