// core.js analyzes text exactly as the build's Lucene analyzers do (dev.lectern.search.Analysis).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const paths = require('./paths');

const S = paths.core(paths.contentSite());

function mismatches(rows, check) {
  const bad = [];
  for (const row of rows) {
    const problem = check(row);
    if (problem) bad.push(problem);
  }
  return bad;
}

test('every distinct word of the corpus gets the same prose and code terms as in Java', () => {
  const rows = fs.readFileSync(paths.parity('words.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  assert.ok(rows.length > 10000, `only ${rows.length} words`);
  const bad = mismatches(rows, ([word, prose, code]) => {
    const p = S.analyzeToken(word, 'prose').join(' ');
    const c = S.analyzeToken(word, 'code').join(' ');
    return p === prose && c === code ? null : `${word}: java [${prose}] [${code}], js [${p}] [${c}]`;
  });
  assert.deepEqual(bad.slice(0, 20), [], `${bad.length} of ${rows.length} words differ`);
  console.log(`parity: ${rows.length} words, 0 differences`);
});

test('whole texts tokenize the same way (titles, answers, code)', () => {
  const rows = fs.readFileSync(paths.parity('texts.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const bad = mismatches(rows, (r) => {
    const p = S.analyze(r.text, 'prose'), c = S.analyze(r.text, 'code');
    if (JSON.stringify(p) === JSON.stringify(r.prose) && JSON.stringify(c) === JSON.stringify(r.code)) return null;
    const i = p.findIndex((t, k) => t !== r.prose[k]);
    return `${r.text.slice(0, 60)}…: first difference at term ${i}: java ${r.prose[i]}, js ${p[i]}`;
  });
  assert.deepEqual(bad.slice(0, 10), [], `${bad.length} of ${rows.length} texts differ`);
});

test('the stemmer is ours and agrees with Lucene on the textbook cases', () => {
  const cases = { caresses: 'caress', ponies: 'poni', cats: 'cat', feed: 'feed', agreed: 'agre', plastered: 'plaster',
    motoring: 'motor', sing: 'sing', conflated: 'conflat', hopping: 'hop', falling: 'fall', filing: 'file', happy: 'happi',
    relational: 'relat', conditional: 'condit', digitizer: 'digit', triplicate: 'triplic', hopeful: 'hope', goodness: 'good',
    revival: 'reviv', allowance: 'allow', adjustable: 'adjust', adoption: 'adopt', controll: 'control', roll: 'roll',
    always: 'alwai', generalization: 'gener', logically: 'logic' };
  for (const [word, stem] of Object.entries(cases)) assert.equal(S.stem(word), stem, word);
});
