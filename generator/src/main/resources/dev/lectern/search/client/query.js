// ---- query.js: a query → words → the index terms each word may match, with weights --------------------------------

var PREFIX_MIN = 2;          // the last word completes as a prefix from this many characters
var PREFIX_EXPANSIONS = 48;  // at most this many completions per word, most frequent first
var WEIGHT = { exact: 1, part: 0.6, prefix: 0.75, fuzzy1: 0.5, fuzzy2: 0.35 };
var MAX_WORDS = 12;          // words past this are ignored: a pasted paragraph is not a query

/** The words of a query: quoted phrases are exact and required; the last word, unless followed by a space, is a prefix. */
function parseQuery(query) {
  var words = [], rest = '', re = /"([^"]*)("|$)/g, last = 0, m;
  query = String(query || '');
  while ((m = re.exec(query)) !== null) {
    rest += query.slice(last, m.index) + ' ';
    tokenize(m[1]).forEach(function (t) { words.push({ token: t, quoted: true }); });
    last = re.lastIndex;
  }
  rest += query.slice(last);
  var tokens = [];
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(rest)) !== null) tokens.push({ token: m[0], end: m.index + m[0].length });
  tokens.forEach(function (t, i) {
    var prefix = i === tokens.length - 1 && t.end === rest.length && !/["\s]$/.test(query);
    words.push({ token: t.token, quoted: false, prefix: prefix });
  });
  return words.slice(0, MAX_WORDS);
}

/**
 * One query word → { text, optional, candidates: [{term, weight, via}], parts: [{terms, leaf}] }. A plain word matches
 * its stem, and also identifier parts that spell it unstemmed; an identifier matches its whole term, or all of its
 * parts (each part as written or stemmed), which is how identifiers the export left out are still found.
 */
function planWord(index, word) {
  var w = withoutPossessive(word.token), split = splitIdentifier(w), raw = lower(w);
  var plan = { text: raw, quoted: word.quoted, optional: false, candidates: [], parts: [], seen: new Set() };
  var terms = analyzeToken(w, 'prose');
  if (terms.length === 0) {
    // a stop word, or too short: only a word being typed can still complete into something
    if (!word.prefix || raw.length < PREFIX_MIN) return null;
    plan.optional = true;
  } else if (!split) {
    addCandidate(index, plan, terms[0], WEIGHT.exact, 'exact');
    if (raw.length <= MAX_LENGTH) addCandidate(index, plan, raw, WEIGHT.exact, 'exact');
  } else {
    var whole = lower(split[0]);
    if (terms[0] === whole) addCandidate(index, plan, whole, WEIGHT.exact, 'exact');
    terms.forEach(function (t) {
      if (t === whole) return;
      var forms = [t], sub = splitIdentifier(t);
      if (!sub) forms.push(porterStem(t));
      var ids = forms.filter(function (f) { return index.termId.has(f); }).map(function (f) { return index.termId.get(f); });
      plan.parts.push({ terms: Array.from(new Set(ids)), leaf: !sub || sub.length === 1 });
    });
    if (!plan.parts.some(function (p) { return p.terms.length > 0; })) plan.parts = [];
  }
  if (plan.quoted) return plan;
  var exact = plan.candidates.length > 0 || plan.parts.length > 0;
  if (word.prefix && raw.length >= PREFIX_MIN) addPrefixCandidates(index, plan, raw);
  if (!exact && plan.candidates.length === 0 && raw.length >= 4) addFuzzyCandidates(index, plan, raw, word.prefix);
  return plan;
}

function addCandidate(index, plan, term, weight, via) {
  var id = index.termId.get(term);
  if (id === undefined || plan.seen.has(id)) return;
  plan.seen.add(id);
  plan.candidates.push({ term: id, weight: weight, via: via });
}

/** Completions from the terms and from the corpus words (stemmed to their terms), most frequent first. */
function addPrefixCandidates(index, plan, prefix) {
  var found = [];
  rangeWithPrefix(index.terms, prefix).forEach(function (t) {
    found.push({ term: t, length: index.terms[t].length });
  });
  rangeWithPrefix(index.words, prefix).forEach(function (i) {
    if (index.wordTerm[i] >= 0) found.push({ term: index.wordTerm[i], length: index.words[i].length });
  });
  found.sort(function (a, b) { return index.fullDf[b.term] - index.fullDf[a.term] || a.length - b.length || a.term - b.term; });
  var logN = Math.log(1 + index.n);
  for (var i = 0; i < found.length && plan.candidates.length < PREFIX_EXPANSIONS; i++) {
    // a longer completion is less likely what is being typed; a frequent one more likely
    var share = Math.min(1, prefix.length / found[i].length);
    var popularity = 0.7 + 0.3 * Math.log(1 + index.fullDf[found[i].term]) / logN;
    addCandidate(index, plan, index.terms[found[i].term], WEIGHT.prefix * (0.5 + 0.5 * share) * popularity, 'prefix');
  }
}

/**
 * Words and terms within 1 edit (4+ letters) or 2 (8+), same first letter; a prefix word compares with beginnings.
 * Stems are compared through the word they were listed with (walr is not a typo of the stem walru, only of walrus).
 */
function addFuzzyCandidates(index, plan, text, prefix) {
  var max = text.length >= 8 ? 2 : 1, best = [];
  function consider(candidate, term) {
    if (candidate.charAt(0) !== text.charAt(0) || Math.abs(candidate.length - text.length) > max && !prefix) return;
    var d = editDistance(text, candidate, max);
    if (prefix && d > max) {
      for (var cut = text.length - max; cut <= text.length + max && d > max; cut++) {
        if (cut > 0 && cut < candidate.length) d = Math.min(d, editDistance(text, candidate.slice(0, cut), max));
      }
    }
    if (d <= max) best.push({ term: term, d: d });
  }
  index.terms.forEach(function (t, id) { if (!index.stemOfWord[id]) consider(t, id); });
  index.words.forEach(function (w, i) {
    if (index.wordTerm[i] >= 0) consider(w, index.wordTerm[i]);
  });
  best.sort(function (a, b) { return a.d - b.d || index.fullDf[b.term] - index.fullDf[a.term] || a.term - b.term; });
  best.slice(0, PREFIX_EXPANSIONS).forEach(function (c) {
    addCandidate(index, plan, index.terms[c.term], c.d === 1 ? WEIGHT.fuzzy1 : WEIGHT.fuzzy2, 'fuzzy');
  });
}

/** Indexes of the sorted list's entries that start with prefix (binary search, then a scan). */
function rangeWithPrefix(sorted, prefix) {
  var lo = 0, hi = sorted.length;
  while (lo < hi) {
    var mid = (lo + hi) >>> 1;
    if (sorted[mid] < prefix) lo = mid + 1; else hi = mid;
  }
  var out = [];
  for (var i = lo; i < sorted.length && sorted[i].lastIndexOf(prefix, 0) === 0; i++) out.push(i);
  return out;
}

/** Optimal string alignment distance (a swap of neighbours is one edit), or max + 1 once it must exceed max. */
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  var prev2 = null, prev = new Array(b.length + 1), row;
  for (var j = 0; j <= b.length; j++) prev[j] = j;
  for (var i = 1; i <= a.length; i++) {
    row = new Array(b.length + 1);
    row[0] = i;
    var rowMin = i;
    for (j = 1; j <= b.length; j++) {
      var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      var v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (prev2 && i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}
