// ---- marks.js: where a result's terms occur in a text, so pages can mark them (DOM-free) ---------------------------

/**
 * A function of a text giving the [start, end) ranges of its tokens that the build would index under one of terms
 * (a result's `terms`: the words as typed and every term they matched through), so "decorators" is marked for the
 * term "decor" and `functools.lru_cache` for "lru_cache". Tokens are analyzed once per marker, however many texts.
 */
function marker(terms) {
  var wanted = new Set(), seen = new Map();
  (terms || []).forEach(function (t) { if (t) wanted.add(lower(String(t))); });
  function hit(token) {
    var known = seen.get(token);
    if (known === undefined) {
      known = wanted.has(lower(token)) || analyzeToken(token, 'prose').some(function (t) { return wanted.has(t); });
      seen.set(token, known);
    }
    return known;
  }
  return function (text) {
    var out = [], re = new RegExp(TOKEN.source, 'gu'), m;
    if (wanted.size === 0) return out;
    while ((m = re.exec(String(text))) !== null) if (hit(m[0])) out.push([m.index, m.index + m[0].length]);
    return out;
  };
}

var SNIPPET_CHARS = 160;

/**
 * What a result shows of its text (the start of its document, as the build stored it): the sentence holding the most
 * of the matched words (ties: the first), cut to about SNIPPET_CHARS at word boundaries, with "…" where text is left
 * out. Without a match it is the text's start. A sentence ends at ". ", "! " or "? " before a capital or digit, so
 * "e.g. the" and "3.5" stay whole.
 */
function excerpt(text, terms) {
  text = String(text || '');
  if (text.length <= SNIPPET_CHARS) return text;
  var ranges = marker(terms)(text), starts = sentenceStarts(text), best = 0, bestWords = 0;
  for (var s = 0, r = 0; s < starts.length; s++) {
    var end = s + 1 < starts.length ? starts[s + 1] : text.length, words = new Set();
    for (; r < ranges.length && ranges[r][0] < end; r++) words.add(lower(text.slice(ranges[r][0], ranges[r][1])));
    if (words.size > bestWords) { best = s; bestWords = words.size; }
  }
  var from = starts[best];
  // a match deep in a long sentence: start a few words before it
  var firstHit = ranges.find(function (range) { return range[0] >= from; });
  if (firstHit && firstHit[1] - from > SNIPPET_CHARS - 20) from = wordStart(text, Math.max(from, firstHit[0] - 40));
  var to = from + SNIPPET_CHARS >= text.length ? text.length : wordEnd(text, from, from + SNIPPET_CHARS);
  var out = text.slice(from, to).trim();
  if (to < text.length && !/…$/.test(out)) out += '…';
  return (from > 0 ? '…' : '') + out;
}

function sentenceStarts(text) {
  var starts = [0], re = /[.!?]\s+(?=[A-Z0-9"'(`])/g, m;
  while ((m = re.exec(text)) !== null) starts.push(m.index + m[0].length);
  return starts;
}

/** The start of the word at i (a space's index + 1). */
function wordStart(text, i) {
  var space = text.lastIndexOf(' ', i);
  return space < 0 ? 0 : space + 1;
}

/** The end of the last whole word after from and before i (i itself when one word spans them). */
function wordEnd(text, from, i) {
  var space = text.lastIndexOf(' ', i);
  return space <= from ? i : space;
}
