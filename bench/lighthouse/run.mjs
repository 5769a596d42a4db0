// Lighthouse on the built site: serves site/ over HTTP on localhost (gzipped, like any static host), audits the home page and the largest guide page
// in Debian's Chromium (mobile and desktop form factors), and prints the four category scores of each.
//   node bench/lighthouse/run.mjs <site-dir>
//   LH_RUNS=n runs each audit n times (default 3) and reports the median run; LH_ONLY="mobile guide" audits only matching pages;
//   LH_JSON_DIR=dir writes each median report there
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const site = path.resolve(process.argv[2] || 'site');
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json' };
const server = http.createServer((req, res) => {
  let file = path.join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(site)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { res.writeHead(404, { 'Content-Type': types['.html'] }).end(fs.readFileSync(path.join(site, '404.html'))); return; }
  // gzip, as every static host (GitHub Pages, Netlify, S3 behind a CDN) serves text
  const body = zlib.gzipSync(fs.readFileSync(file));
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Content-Encoding': 'gzip',
    'Cache-Control': 'max-age=3600' });
  res.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

// the largest guide page, by bytes: a long guide continues on page-2/, page-3/, … and any of them may be the heaviest
const guides = fs.readdirSync(site).filter((d) => fs.existsSync(path.join(site, d, 'index.html')) && !['search', 'topics'].includes(d));
const guidePages = guides.flatMap((d) => [`${d}/`, ...fs.readdirSync(path.join(site, d)).filter((p) => /^page-[0-9]+$/.test(p)).map((p) => `${d}/${p}/`)]);
const size = (dir) => fs.statSync(path.join(site, dir, 'index.html')).size;
const largest = process.env.LH_GUIDE || guidePages.sort((a, b) => size(b) - size(a))[0]; // LH_GUIDE=dir/ audits that page instead
const pages = [['home', ''], [`guide (${largest}, ${Math.round(size(largest) / 1024)} KB)`, largest]];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
// Lighthouse's performance score varies from run to run; like PageSpeed Insights' advice, report the median of several runs
// (and the range, so a lucky median cannot hide a bad run)
const runs = Number(process.env.LH_RUNS || 3);
const only = process.env.LH_ONLY; // e.g. "mobile guide": audit just the pages whose label contains each word
let worst = 100;
try {
  for (const formFactor of ['mobile', 'desktop']) {
    for (const [name, url] of pages) {
      if (only && !only.split(' ').every((w) => `${formFactor} ${name}`.includes(w))) continue;
      // Lighthouse's own presets: mobile is its default (slow 4G, 4x CPU), desktop its desktop config (dense 4G, 1x CPU),
      // exactly as PageSpeed Insights runs them
      const config = formFactor === 'desktop' ? desktopConfig : { extends: 'lighthouse:default' };
      const results = [];
      for (let r = 0; r < runs; r++) {
        results.push(await lighthouse(base + url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, config));
      }
      const lhrs = results.map((r) => r.lhr);
      const median = computeMedianRun(lhrs);
      if (process.env.LH_JSON_DIR) {
        fs.writeFileSync(path.join(process.env.LH_JSON_DIR, `${formFactor}-${url ? 'guide' : 'home'}.json`), JSON.stringify(median));
      }
      const scores = categories.map((c) => Math.round(median.categories[c].score * 100));
      const perf = lhrs.map((l) => Math.round(l.categories.performance.score * 100));
      worst = Math.min(worst, ...scores);
      console.log(`${formFactor.padEnd(7)} ${name.padEnd(50)} ` + categories.map((c, i) => `${c} ${scores[i]}`).join('  ')
        + `  (performance over ${runs} runs: ${Math.min(...perf)}–${Math.max(...perf)})`);
      for (const c of categories) {
        for (const ref of median.categories[c].auditRefs) {
          const a = median.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`          ${c}: ${a.id} ${a.score} ${a.displayValue || ''}`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`lowest median score: ${worst} (target: every score ≥ 98)`);
