// Search benchmark for a built site (run by bench/search.sh): index bytes, bytes of a first query, query latency.
//   node bench/search-bench.js SITE_DIR
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const site = path.resolve(process.argv[2] || 'site');
const dir = path.join(site, 'search');
const S = require(path.join(dir, 'core.js'));
const judged = require('../generator/src/test/js/relevance.json').queries.map((q) => q.q);
// as a reader types: every prefix of a few queries, then the relevance set's queries
const typed = ['decorator', 'what is the gil', 'lru_cache', 'list comprehension', 'context manager', 'asyncio gather']
  .flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)));
const QUERIES = typed.concat(judged);

const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length;
const raw = (f) => fs.statSync(path.join(dir, f)).size;
const kb = (n) => (n / 1024).toFixed(1) + ' KiB';

function files() {
  const data = fs.readdirSync(dir).filter((f) => f !== 'core.js').sort();
  const sum = (fn, list) => list.reduce((s, f) => s + fn(f), 0);
  const group = (p) => data.filter((f) => f.startsWith(p));
  console.log(`index files: ${data.length} (index.js, ${group('p-').length} postings shards, ${group('q-').length} later pages, ` +
    `${group('t-').length} document tables, ${group('s-').length} summary files, filters)`);
  for (const [name, list] of [['index.js (dictionary, words, guides)', ['index.js']],
    ['postings shards (first pages)', group('p-')], ['later postings pages', group('q-')], ['document tables', group('t-')],
    ['summaries', group('s-')], ['filters', group('f-')], ['whole index', data]]) {
    console.log(`  ${name.padEnd(40)} raw ${kb(sum(raw, list)).padStart(10)}   gzip -9 ${kb(sum(gz, list)).padStart(10)}` +
      `  (${sum(gz, list)} bytes)`);
  }
  console.log(`  ${'core.js (the client)'.padEnd(40)} raw ${kb(raw('core.js')).padStart(10)}   gzip -9 ${kb(gz('core.js')).padStart(10)}` +
    `  (${gz('core.js')} bytes)`);
}

/** What a browser downloads for its first query: core.js, index.js, then the shards and summaries that query needs. */
async function firstQuery() {
  const sizes = [];
  for (const q of judged) {
    const loaded = new Set(['core.js']);
    const load = (name) => {
      loaded.add(name + '.js');
      const text = fs.readFileSync(path.join(dir, name + '.js'), 'utf8');
      return Promise.resolve(JSON.parse(text.slice(text.indexOf(']=') + 2, text.lastIndexOf(';'))));
    };
    const index = await S.openIndex(site, { load });
    await index.search(q, { limit: 10 });
    sizes.push({ q, bytes: Array.from(loaded).reduce((s, f) => s + gz(f), 0), files: loaded.size });
  }
  sizes.sort((a, b) => a.bytes - b.bytes);
  const at = (p) => sizes[Math.min(sizes.length - 1, Math.floor(p * sizes.length))];
  console.log(`first query, gzip bytes downloaded (core.js + index.js + what the query needs), over ${sizes.length} queries:`);
  console.log(`  min ${kb(sizes[0].bytes)} ("${sizes[0].q}"), median ${kb(at(0.5).bytes)}, max ${kb(sizes[sizes.length - 1].bytes)}` +
    ` ("${sizes[sizes.length - 1].q}", ${sizes[sizes.length - 1].files} files)`);
}

async function latency() {
  const t0 = process.hrtime.bigint();
  const index = await S.openIndex(site);
  const open = Number(process.hrtime.bigint() - t0) / 1e6;
  for (const q of QUERIES) await index.search(q, { limit: 10 }); // loads every shard the list needs, warms the JIT
  async function measure(label, queries) {
    const times = [];
    for (let round = 0; round < 20; round++) {
      for (const q of queries) {
        const t = process.hrtime.bigint();
        await index.search(q, { limit: 10 });
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }
    times.sort((a, b) => a - b);
    const p = (x) => times[Math.floor(x * (times.length - 1))].toFixed(3);
    console.log(`  ${label.padEnd(54)} p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms, max ${p(1)} ms`);
  }
  console.log(`latency in Node ${process.version}, 20 rounds, shards loaded (openIndex took ${open.toFixed(1)} ms):`);
  await measure(`all ${QUERIES.length} queries (keystrokes of 6 queries + relevance set)`, QUERIES);
  await measure(`the ${judged.length} relevance-set queries alone`, judged);
}

(async () => {
  files();
  await firstQuery();
  await latency();
})().catch((e) => { console.error(e); process.exit(1); });
