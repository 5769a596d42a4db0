// LecternSearch.marker: where pages mark a result's words (the search box, the search page, the landing page).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const paths = require('./paths');

const site = paths.fixtureSite();
const S = paths.core(site);
let index;
test.before(async () => { index = await S.openIndex(site); });

const marked = (text, terms) => S.marker(terms)(text).map(([a, b]) => text.slice(a, b));

test('a typo marks the words its corrections match, in every inflection', async () => {
  const [r] = await index.search('decoratr');
  assert.deepEqual(marked('Decorators wrap a function; a decorated function is a decorator.', r.terms),
    ['Decorators', 'decorated', 'decorator']);
});

test('identifiers are marked whole when a part of them matched', () => {
  assert.deepEqual(marked('Use functools.lru_cache or a dict as a cache.', ['cache']), ['functools.lru_cache', 'cache']);
  assert.deepEqual(marked('def f(*args, **kwargs): pass', ['**kwargs']), ['**kwargs']);
});

test('ranges are offsets into the text, in order, and nothing is marked without terms', () => {
  assert.deepEqual(S.marker(['gil'])('The GIL, again: gil.'), [[4, 7], [16, 19]]);
  assert.deepEqual(S.marker([])('The GIL'), []);
  assert.deepEqual(S.marker(['thread'])('a readthread b'), []);
});

test('a snippet is the sentence that holds the most matched words, cut at word boundaries', () => {
  const text = 'Sets keep one of each value and answer membership quickly. Lists keep order and duplicates. '
    + 'A frozenset is a set that never changes, so it can be a dictionary key or sit inside another set. '
    + 'Pick by what the code asks of the collection most often, and measure when it matters.';
  assert.equal(S.excerpt(text, ['frozenset', 'dictionary']),
    '…A frozenset is a set that never changes, so it can be a dictionary key or sit inside another set. '
    + 'Pick by what the code asks of the collection most often, and…');
  assert.ok(S.excerpt(text, ['nothing']).startsWith('Sets keep one of each value'), 'no match: the start');
  assert.ok(S.excerpt(text, ['lists', 'frozenset', 'dictionary']).startsWith('…A frozenset'), 'most distinct words wins');
  assert.equal(S.excerpt('Short text.', ['short']), 'Short text.');
  assert.ok(S.excerpt(text, ['set']).length <= 170, 'about 160 characters');
});

test('a match deep in a long sentence starts the snippet a few words before it, and "e.g." ends no sentence', () => {
  const filler = 'word '.repeat(60);
  const text = 'Intro sentence here, e.g. this one. ' + filler + 'then the needle appears at last in this long sentence.';
  const s = S.excerpt(text, ['needle']);
  assert.ok(s.startsWith('…') && s.includes('needle'), s);
  assert.ok(S.excerpt('Intro sentence here, e.g. this one. ' + filler, ['this']).startsWith('Intro sentence'));
});
