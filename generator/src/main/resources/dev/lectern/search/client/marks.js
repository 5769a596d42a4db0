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
