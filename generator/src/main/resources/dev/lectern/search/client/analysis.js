// ---- analysis.js: the build's analyzers, step for step (dev.lectern.search.Analysis and Identifiers) --------------
// prose: token → possessive 's removed → identifier split → lower case → stop words → Porter (plain words) → length
// code:  the same, with pure numbers dropped before stemming.

// Keep in step with Analysis.TOKEN_REGEX.
var TOKEN = /[\p{L}\p{N}_]+(?:[.'\u2019][\p{L}\p{N}_]+)*|(?<![\p{L}\p{N}_)\]*])\*{1,2}[\p{L}_][\p{L}\p{N}_]*|(?<![\p{L}\p{N}_])@[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}\p{N}_]+)*|:=|==|!=|->/gu;
// Lucene's EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
var STOP_WORDS = new Set(('a an and are as at be but by for if in into is it no not of on or such that the their then ' +
  'there these they this to was will with').split(' '));
var MIN_LENGTH = 2, MAX_LENGTH = 40;
var LETTER = /^\p{L}$/u, UPPER = /^\p{Uppercase}$/u, LOWER = /^\p{Lowercase}$/u, DIGIT = /^\p{Nd}$/u;

/** The tokens of a text, as the build's tokenizer finds them. */
function tokenize(text) {
  return String(text).match(TOKEN) || [];
}

/** The terms the build makes of a text: field 'prose' (default) or 'code'. */
function analyze(text, field) {
  var out = [];
  tokenize(text).forEach(function (t) { analyzeToken(t, field).forEach(function (term) { out.push(term); }); });
  return out;
}

/** The terms of one token, in the order the build emits them. */
function analyzeToken(token, field) {
  var w = withoutPossessive(token);
  var parts = splitIdentifier(w);
  var out = [];
  (parts || [w]).forEach(function (p) {
    var term = lower(p);
    if (STOP_WORDS.has(term)) return;
    if (field === 'code' && /^[0-9.]+$/.test(term)) return;
    if (!parts) term = porterStem(term);
    if (term.length >= MIN_LENGTH && term.length <= MAX_LENGTH) out.push(term);
  });
  return out;
}

function withoutPossessive(token) {
  var n = token.length;
  if (n >= 2 && (token[n - 1] === 's' || token[n - 1] === 'S')) {
    var q = token[n - 2];
    if (q === "'" || q === '\u2019' || q === '\uFF07') return token.slice(0, n - 2);
  }
  return token;
}

/** Lower case one code point at a time, like Java's Character.toLowerCase (no context rules, İ → i). */
function lower(s) {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  var out = '';
  for (var ch of s) {
    var l = ch.toLowerCase();
    out += ch === '\u0130' ? 'i' : Array.from(l).length === 1 ? l : ch;
  }
  return out;
}

function isPlainWord(token) {
  if (!token) return false;
  for (var ch of token) if (!LETTER.test(ch)) return false;
  return caseRuns(token).length === 1;
}

/** Null for a plain word; else the whole token, then its parts, case-insensitively distinct (Identifiers.split). */
function splitIdentifier(token) {
  if (isPlainWord(token)) return null;
  var seen = new Set(), out = [];
  function add(p) {
    if (!p || out.length > 0 && /^[0-9]+$/.test(p)) return;
    var key = lower(p);
    if (!seen.has(key)) { seen.add(key); out.push(p); }
  }
  add(token);
  var core = token.replace(/^(@|\*{1,2})/, '');
  add(core);
  var segments = core.split('.');
  if (segments.length > 1) segments.forEach(add);
  segments.forEach(function (s) {
    var pieces = s.split('_').filter(function (p) { return p.length > 0; });
    if (pieces.length > 1 || pieces.length === 1 && pieces[0] !== s) pieces.forEach(add);
    pieces.forEach(function (p) {
      var runs = caseRuns(p);
      if (runs.length > 1) runs.forEach(add);
    });
  });
  return out;
}

/** Splits lruCache, HTTPResponse (not ABCs) as Identifiers.caseRuns does. */
function caseRuns(s) {
  var cps = Array.from(s), runs = [], start = 0;
  for (var i = 1; i < cps.length; i++) {
    var upper = UPPER.test(cps[i]);
    var afterLower = LOWER.test(cps[i - 1]) || DIGIT.test(cps[i - 1]);
    var capitalRunEnds = UPPER.test(cps[i - 1]) && i + 1 < cps.length && LOWER.test(cps[i + 1]) &&
      !(cps[i + 1] === 's' && i + 2 === cps.length);
    if (upper && (afterLower || capitalRunEnds)) {
      runs.push(cps.slice(start, i).join(''));
      start = i;
    }
  }
  runs.push(cps.slice(start).join(''));
  return runs;
}
