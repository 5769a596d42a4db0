// Writes screenshots of a built site, so anyone can look at the theme without a browser at hand:
//   node tests/browser/screenshots.js [outDir]      (default: screenshots/ at the repository root; site: see lib.siteDir)
//   node tests/browser/screenshots.js outDir page…  (any site: each page at 1280 and 390 px, e.g. index.html docs/setup/)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { launch, serve, siteDir } = require('./lib');

const SHOTS = [
  ['home', 'index.html', {}],
  ['guide', 'python-interview-questions/index.html', {}],
  ['question', 'python-interview-questions/explain-decorators-with-multiple-examples/index.html', {}],
  ['question-from-search', 'python-interview-questions/explain-decorators-with-multiple-examples/index.html?h=decoratr+decorator+decor', {}],
  ['search', 'search/index.html?q=decorator', {}],
  ['search-no-results', 'search/index.html?q=pyhtonn', {}],
  ['dropdown', 'python-fundamentals/index.html', { type: 'decoratr' }],
  ['dark-question', 'python-interview-questions/explain-decorators-with-multiple-examples/index.html', { dark: true }],
  ['dark-guide', 'python-fundamentals/index.html', { dark: true, expand: true }],
  ['phone-question', 'python-interview-questions/explain-decorators-with-multiple-examples/index.html', { phone: true }],
  ['phone-home', 'index.html', { phone: true }],
  ['phone-menu', 'python-fundamentals/what-are-decorators/index.html', { phone: true, menu: true }],
  ['phone-dropdown', 'index.html', { phone: true, type: 'lru_cache' }],
  ['print-guide', 'python-fundamentals/index.html', { print: true }],
  ['not-found', 'no/such/page/', {}],
];

(async () => {
  const out = path.resolve(process.argv[2] || path.join(__dirname, '../../screenshots'));
  const pages = process.argv.slice(3);
  const shots = pages.length === 0 ? SHOTS : pages.flatMap((p) => {
    const name = p.replace(/index\.html$/, '').replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '') || 'home';
    return [[name + '-1280', p, { width: 1280 }], [name + '-390', p, { phone: true }]];
  });
  fs.mkdirSync(out, { recursive: true });
  const site = await serve(siteDir());
  const browser = await launch();
  try {
    for (const [name, page, o] of shots) {
      const context = await browser.newContext({
        viewport: o.phone ? { width: 390, height: 844 } : { width: o.width || 1366, height: 900 },
        deviceScaleFactor: 1,
        colorScheme: o.dark ? 'dark' : 'light',
      });
      const tab = await context.newPage();
      if (o.print) await tab.emulateMedia({ media: 'print' });
      await tab.goto(site.url + page);
      if (o.type) {
        await tab.focus('#search-input');
        await tab.keyboard.type(o.type);
        await tab.waitForSelector('#search-listbox [role=option]');
      }
      if (o.expand) await tab.click('[data-expand-all]');
      if (o.menu) { await tab.click('[data-menu]'); }
      if (page.includes('?q=')) await tab.waitForFunction(() => !/Searching/.test(document.querySelector('[data-status]').textContent));
      if (page.includes('?h=')) await tab.waitForSelector('mark.search-hit');
      await tab.waitForTimeout(150);
      const file = path.join(out, name + '.png');
      await tab.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
