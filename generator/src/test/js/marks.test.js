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
