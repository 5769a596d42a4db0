// core.js against the site built from content/: the relevance set (relevance.json), with MRR@10 printed.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const paths = require('./paths');
const relevance = require('./relevance');

const site = paths.contentSite();
const S = paths.core(site);
let index;
let rows;
test.before(async () => {
  index = await S.openIndex(site);
  rows = await relevance.run(index);
});

const show = (r) => `${r.q} → rank ${r.rank || 'none'} (${r.top.join(' | ')})`;

test('the relevance set has at least 40 queries in every category the issue names', () => {
  const categories = new Set(rows.map((r) => r.category));
  assert.ok(rows.length >= 40);
  for (const c of ['keyword', 'multi-word', 'identifier', 'symbol', 'typo', 'prefix', 'synonym', 'company', 'none']) {
    assert.ok(categories.has(c), c);
  }
});

test('identifier and symbol queries put the intended question first', () => {
  const bad = rows.filter((r) => (r.category === 'identifier' || r.category === 'symbol') && r.rank !== 1);
  assert.deepEqual(bad.map(show), []);
});

test('synonym queries (words the guides say otherwise: "string interpolation", "hashmap") put it in the top 3', () => {
  // found through the abbreviations the guides define and content/lectern.yml's synonyms: no table in the client
  const bad = rows.filter((r) => r.category === 'synonym' && !(r.rank >= 1 && r.rank <= 3));
  assert.deepEqual(bad.map(show), []);
});

test('typo and prefix queries put it in the top 3', () => {
  const bad = rows.filter((r) => (r.category === 'typo' || r.category === 'prefix') && !(r.rank >= 1 && r.rank <= 3));
  assert.deepEqual(bad.map(show), []);
});

test('queries with no answer return nothing that has all their words', () => {
  // a result for such a query answers the query's other words, and names the one word the site lacks
  assert.deepEqual(rows.filter((r) => r.category === 'none' && r.whole > 0).map(show), []);
  for (const r of rows.filter((r) => r.category === 'none' && r.count > 0)) assert.ok(r.q.toLowerCase().split(' ').includes(r.missing), r.q);
});

test('one word the site lacks does not empty a query that the other words answer', async () => {
  const results = await index.search('zanzibar decorators');
  assert.ok(results.length >= 5);
  for (const r of results.slice(0, 5)) {
    assert.match(r.title, /decorator/i);
    assert.equal(r.missing, 'zanzibar');
  }
  // a word that is there in every result is not missing
  assert.ok((await index.search('python decorators')).every((r) => r.missing === ''));
  // two words the site lacks, or one lacking and one only guessed at by typo repair, are no answer
  assert.deepEqual(await index.search('zanzibar quixotic decorators'), []);
  assert.deepEqual(await index.search('zanzibar decoratorz'), []);
});

test('held-out relevance set (never tuned on): MRR@10 printed', async () => {
  const held = await relevance.run(index, relevance.heldout);
  const mrr = relevance.mrr(held);
  console.log(`held-out MRR@10 ${mrr.toFixed(3)} over ${held.filter((r) => r.category !== 'none').length} queries`);
  for (const r of held.filter((r) => r.category !== 'none' && r.rank !== 1)) console.log(`  not first: ${show(r)}`);
  assert.ok(mrr >= 0.85, `held-out MRR@10 ${mrr}: a change made search worse on queries it was not tuned on`);
});

test('MRR@10 over the relevance set', () => {
  const byCategory = {};
  for (const r of rows) if (r.category !== 'none') (byCategory[r.category] = byCategory[r.category] || []).push(r);
  const lines = Object.entries(byCategory).map(([c, rs]) => `${c} ${relevance.mrr(rs).toFixed(3)} (${rs.length})`);
  const misses = rows.filter((r) => r.category !== 'none' && r.rank !== 1).map(show);
  const mrr = relevance.mrr(rows);
  console.log(`MRR@10 ${mrr.toFixed(3)} over ${rows.filter((r) => r.category !== 'none').length} queries` +
    ` (+${rows.filter((r) => r.category === 'none').length} with no answer); ${lines.join(', ')}`);
  for (const m of misses) console.log(`  not first: ${m}`);
  assert.ok(mrr >= 0.9, `MRR@10 ${mrr}`);
});

test('typing decoratr shows decorator questions, first of all', async () => {
  const results = await index.search('decoratr');
  assert.ok(results.length >= 5);
  for (const r of results.slice(0, 5)) assert.match(r.title, /decorator/i);
  assert.equal(results[0].kind, 'question');
});

test('a typo in any word of the query, not only the last, still finds what the other words ask for', async () => {
  // a swapped pair of letters is one edit; a word that is itself the commonest form of its stem ("python") is matched
  // as it is, not only through a rarer listed form
  for (const [q, want] of [['pyhton decorators', /decorator/i], ['lamdba functions', /lambda/i], ['yeild keyword', /yield/i]]) {
    const results = await index.search(q);
    assert.ok(results.length > 0, q);
    assert.match(results[0].title, want, q);
  }
  assert.equal(index.nearestTerms('pyhtonn')[0], 'python');
});

test('a question whose title holds the whole query ranks first', async () => {
  for (const q of ['what is python', 'list comprehensions vs generator expressions']) {
    const [first] = await index.search(q);
    assert.ok(first.title.toLowerCase().includes(q), `${q}: ${first.title}`);
  }
});

test('an abbreviation the guides define finds what is written in its long form, and the other way round', async () => {
  // "garbage collection (GC)" in one answer makes "gc" find the answers that only say "garbage collection"
  const gc = await index.search('gc');
  assert.ok(gc.slice(0, 5).filter((r) => /garbage/i.test(r.title)).length >= 3, gc.map((r) => r.title).join(' | '));
  // a question titled with the abbreviation alone is found by the long form it never writes
  const lock = await index.search('global interpreter lock', { limit: 20 });
  assert.ok(lock.some((r) => /\bGIL\b/.test(r.title) && !/global|interpreter|lock/i.test(r.title)), lock.map((r) => r.title).join(' | '));
});

test('searching "What is PEP 8" lands on its Quick Reference row', async () => {
  const [r] = await index.search('What is PEP 8');
  assert.equal(r.kind, 'reference');
  // the row is on whichever page of the long guide holds the table, the same place questions.json gives
  assert.match(r.url, /^python-interview-questions\/(page-[0-9]+\/)?#what-is-pep-8$/);
  const listed = JSON.parse(require('node:fs').readFileSync(require('node:path').join(site, 'questions.json'), 'utf8'))
    .find((q) => q.id === 'python-interview-questions/what-is-pep-8');
  assert.equal(r.url, listed.url);
});

test('every Quick Reference row and interview bullet is a result of its own', async () => {
  const refs = JSON.parse(require('node:fs').readFileSync(require('node:path').join(site, 'questions.json'), 'utf8'))
    .filter((q) => q.kind === 'reference');
  assert.equal(refs.length, 150);
  const missing = [];
  for (const ref of refs) {
    const results = await index.search(ref.title, { limit: 10 });
    if (!results.some((r) => r.url === ref.url)) missing.push(ref.title);
  }
  assert.deepEqual(missing, []);
});

test('every document URL the client derives is the URL the build gave it', async () => {
  const expected = require('node:fs').readFileSync(paths.parity('urls.txt'), 'utf8').split('\n').filter(Boolean);
  const urls = await index.allUrls();
  assert.equal(urls.length, expected.length);
  assert.deepEqual(urls.filter((u, i) => u !== expected[i]), []);
});

test('every result URL lands on a page that exists, at an id that exists on it', async () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file)) {
      const html = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
      ids.set(file, html === null ? null : new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1])));
    }
    return ids.get(file);
  };
  const broken = [];
  const urls = await index.allUrls();
  for (const url of urls) {
    const [page, hash] = url.split('#');
    const found = idsOf(path.join(site, page, 'index.html'));
    if (found === null || (hash && !found.has(hash))) broken.push(url);
  }
  assert.ok(urls.length > 800, `${urls.length} documents`);
  assert.deepEqual(broken, []);
});

test('ranking from the first pages of postings gives the results that every page would give, reading fewer pages', async () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const read = (name) => {
    const text = fs.readFileSync(path.join(site, 'search', name + '.js'), 'utf8');
    return JSON.parse(text.slice(text.indexOf(']=') + 2, text.lastIndexOf(';')));
  };
  const pagesRead = [];
  const lazy = await S.openIndex(site, { load: (name) => { if (name.startsWith('q-')) pagesRead.push(name); return Promise.resolve(read(name)); } });
  const full = await S.openIndex(site, { load: (name) => Promise.resolve(read(name)) });
  const every = full.terms.map((_, t) => t);
  await full.loadShards([{ candidates: every.map((t) => ({ term: t })), parts: [] }]);
  for (let more = every.filter((t) => full.hasMore(t)); more.length > 0; more = every.filter((t) => full.hasMore(t))) await full.loadPages(more);
  const later = fs.readdirSync(path.join(site, 'search')).filter((f) => f.startsWith('q-')).length;
  assert.ok(later > 0, 'content/ has terms of more than one page');
  const queries = rows.map((r) => r.q).concat(['python', 'use', 'function return value', 'data', 'list', 'what is', 'p', 'de']);
  const differ = [];
  for (const q of queries) {
    for (const opts of [{ limit: 10 }, { limit: 3 }, { limit: 10, difficulty: 'hard' }, { limit: 50 }]) {
      const shown = (rs) => rs.map((r) => `${r.url} ${r.score}`).join(' | ');
      const a = shown(await lazy.search(q, opts));
      const b = shown(await full.search(q, opts));
      if (a !== b) differ.push(`${q} ${JSON.stringify(opts)}:\n  paged ${a}\n  every ${b}`);
    }
  }
  assert.deepEqual(differ, []);
  assert.ok(new Set(pagesRead).size < later, `read ${new Set(pagesRead).size} of ${later} later pages`);
  assert.ok(pagesRead.length > 0, 'some query needed a later page');
});
