// core.js against the small fixture site (generator/src/test/resources/fixtures/search-site), result by result.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const paths = require('./paths');

const site = paths.fixtureSite();
const S = paths.core(site);
let index;
test.before(async () => { index = await S.openIndex(site); });

const urls = async (q, opts) => (await index.search(q, opts)).map((r) => r.url);
const first = async (q, opts) => (await urls(q, opts))[0];

test('a result has a title, a URL relative to the site root, its guide, a score and a snippet', async () => {
  const [r] = await index.search('decorators');
  assert.equal(r.title, 'Explain Python Decorators');
  assert.equal(r.url, 'alpha/explain-python-decorators/');
  assert.equal(r.guide, 'Alpha Guide');
  assert.equal(r.guideSlug, 'alpha');
  assert.equal(r.kind, 'question');
  assert.equal(r.parent, 'Functions');
  assert.ok(r.score > 0);
  assert.match(r.snippet, /^A decorator wraps a function/);
  assert.equal(r.difficulty, 'medium');
  assert.deepEqual(r.tags, ['Functions', 'Metaprogramming']);
  assert.deepEqual(r.companies, ['Google', 'Netflix']);
  assert.ok(r.terms.includes('decor'));
});

test('identifiers are found whole and by their parts', async () => {
  assert.equal(await first('functools.lru_cache'), 'alpha/what-does-functools-lru-cache-do/');
  assert.equal(await first('lru_cache'), 'alpha/what-does-functools-lru-cache-do/');
  assert.equal(await first('cache '), 'alpha/what-does-functools-lru-cache-do/');
  assert.equal(await first('getHTTPResponse'), 'alpha/how-do-you-call-gethttpresponse-safely/');
  assert.equal(await first('http response'), 'alpha/how-do-you-call-gethttpresponse-safely/');
  assert.equal(await first('__slots__'), 'alpha/explain-slots/');
  assert.equal(await first('__dict__'), 'alpha/explain-slots/');
});

test('the symbols readers type are found', async () => {
  assert.equal(await first(':='), 'alpha/what-is-the-walrus-operator/');
  assert.equal(await first('=='), 'beta/what-is-the-difference-between-is-and/');
  assert.equal(await first('**kwargs'), 'beta/what-are-args-and-kwargs/');
  assert.ok((await urls('*args')).includes('alpha/explain-python-decorators/'), 'code uses *args too');
  assert.equal(await first('@functools.wraps'), 'alpha/explain-python-decorators/');
});

test('the last word completes as a prefix, typos are forgiven, and both rank below exact matches', async () => {
  assert.equal(await first('walr'), 'alpha/what-is-the-walrus-operator/');
  assert.equal(await first('decoratr'), 'alpha/explain-python-decorators/');
  assert.equal(await first('memry'), 'alpha/explain-slots/');
  const exact = (await index.search('decorators'))[0].score;
  const typo = (await index.search('decoratr'))[0].score;
  const prefix = (await index.search('decorat'))[0].score;
  assert.ok(typo < exact && prefix < exact, `exact ${exact}, prefix ${prefix}, typo ${typo}`);
  assert.deepEqual(await urls('walr '), [], 'a finished word is not a prefix');
});

test('headings in answers lead to their question; headings in an intro link to their anchors, numbered after them', async () => {
  const found = await urls('common use cases');
  assert.ok(found.includes('alpha/explain-python-decorators/'), found.join(' '));
  assert.ok(found.includes('alpha/what-does-functools-lru-cache-do/'), found.join(' '));
  assert.ok(found.every((u) => !/#common-use-cases(-1)?$/.test(u)), 'no result of its own for a heading in an answer: ' + found.join(' '));
  // the two answers' headings took common-use-cases and -1 on the page
  assert.ok(found.includes('alpha/#common-use-cases-2'), found.join(' '));
  assert.equal(await first('reading order'), 'beta/#reading-order');
  assert.equal(await first('concurrency'), 'beta/#concurrency');
  const [guide] = await index.search('github');
  assert.equal(guide.url, 'beta/');
  assert.equal(guide.kind, 'guide');
});

test('filters narrow results by guide, difficulty, tag and company', async () => {
  const inBeta = await index.search('python', { guide: 'beta' });
  assert.ok(inBeta.length > 0 && inBeta.every((r) => r.guideSlug === 'beta'));
  assert.ok((await index.search('python', { guide: 'alpha' })).every((r) => r.guideSlug === 'alpha'));
  assert.deepEqual(await urls('memory', { difficulty: 'hard' }), ['alpha/explain-slots/']);
  assert.deepEqual(await urls('memory', { difficulty: 'easy' }), []);
  assert.deepEqual((await index.search('functions', { tag: 'performance' })).map((r) => r.url), ['alpha/what-does-functools-lru-cache-do/']);
  assert.deepEqual(await urls('operator', { company: 'google' }), ['alpha/what-is-the-walrus-operator/']);
});

test('the home page document (empty slug) links from the site root and has a filter of its own', async () => {
  const [r] = await index.search('zeppelin');
  assert.equal(r.url, 'how-do-i-start-a-zeppelin-engine/');
  assert.equal(r.guideSlug, '/');
  assert.deepEqual(await urls('zeppelin', { guide: '/' }), ['how-do-i-start-a-zeppelin-engine/']);
  assert.deepEqual(await urls('zeppelin', { guide: 'alpha' }), []);
  const home = (await index.search('search fixture')).find((x) => x.kind === 'guide' && x.guideSlug === '/');
  assert.equal(home && home.url, './');
});

test('quoted phrases need all their words', async () => {
  assert.deepEqual(await urls('"retry loop"'), ['alpha/how-do-you-call-gethttpresponse-safely/']);
  assert.deepEqual(await urls('"retry decorator"'), []);
});

test('a query about something absent returns nothing, and nearestTerms offers words', async () => {
  assert.deepEqual(await urls('kubernetes'), []);
  // one absent word beside words that match: the results answer those, and say which word they lack
  const partial = await index.search('kubernetes decorators');
  assert.ok(partial.length > 0 && partial.every((r) => r.missing === 'kubernetes'));
  assert.match(partial[0].title, /decorator/i);
  assert.deepEqual(await urls('kubernetes helm decorators'), []);
  assert.deepEqual(await urls('the of and'), []);
  assert.deepEqual(await urls(''), []);
  assert.match(index.nearestTerms('decoratr')[0], /^decorators?$/);
  assert.ok(index.nearestTerms('kwarg').includes('kwargs'));
});

test('the index files are classic scripts that register their data', () => {
  const dir = path.join(site, 'search');
  // search/ also holds the search page (index.html)
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'core.js')) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    assert.match(text, /^\(globalThis\.LecternSearchData=globalThis\.LecternSearchData\|\|\{\}\)\["[a-z0-9-]+"\]=/);
    assert.ok(/^[\x20-\x7e\n]*$/.test(text), `${f} is ASCII`);
    const sandbox = {};
    new Function('globalThis', text)(sandbox);
    assert.equal(Object.keys(sandbox.LecternSearchData).length, 1);
  }
});

test('a pasted paragraph is answered quickly from its first words', async () => {
  const text = 'decorators '.concat('lorem ipsum dolor sit amet consectetur adipiscing elit '.repeat(20));
  const t = process.hrtime.bigint();
  await index.search(text);
  assert.ok(Number(process.hrtime.bigint() - t) / 1e6 < 200);
});

test('in a browser core.js is a classic script that loads the index with script elements, from file:// too', async () => {
  const vm = require('node:vm');
  const { pathToFileURL, fileURLToPath } = require('node:url');
  const requested = [];
  const context = vm.createContext({ console });
  context.document = {
    createElement: () => ({ remove() {} }),
    head: {
      appendChild(script) {
        requested.push(script.src);
        setImmediate(() => {
          try {
            vm.runInContext(fs.readFileSync(fileURLToPath(script.src), 'utf8'), context);
            script.onload();
          } catch (e) {
            script.onerror(e);
          }
        });
      },
    },
  };
  vm.runInContext(fs.readFileSync(path.join(site, 'search', 'core.js'), 'utf8'), context);
  assert.equal(typeof context.LecternSearch.openIndex, 'function', 'a classic script defines window.LecternSearch');
  const browserIndex = await context.LecternSearch.openIndex(pathToFileURL(site).href);
  const [r] = await browserIndex.search('walrus');
  assert.equal(r.url, 'alpha/what-is-the-walrus-operator/');
  assert.ok(requested.length >= 3 && requested.every((u) => u.startsWith(pathToFileURL(site).href + '/search/')), requested.join(' '));
  assert.deepEqual(Object.keys(context.LecternSearchData), [], 'each file\'s data is taken and released');
});
