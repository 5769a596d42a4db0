// ---- core.js: the index object, searching and results -------------------------------------------------------------

var KINDS = { g: 'guide', s: 'section', h: 'heading', q: 'question', r: 'reference' };
var DIFFICULTIES = { e: 'easy', m: 'medium', h: 'hard' };
var MIN_COVERAGE = 0.6;  // share of a query's weight (idf of its words) a result must match when it has several words
var EXACT_TITLE_BOOST = 1.5;  // a reader who types a question word for word means that question
// Postings a query may read before it answers with the best of them: words common across a very large site whose
// impacts are all alike ("what is th…" on a hundred guides) could otherwise read every page of every word. The pages
// read first hold each word's highest impacts, so the results are those; no query on content/ reads this many.
var READ_BUDGET = 30000;

/**
 * Opens the index of the site at root (a folder in Node, a URL in the browser); resolves to an object with
 * search(query, {limit, guide, difficulty, tag, company}) and nearestTerms(word, limit).
 */
function openIndex(root, options) {
  var load = options && options.load || defaultLoader(root);
  return load('index').then(function (data) { return new SearchIndex(data, load); });
}

function SearchIndex(data, load) {
  if (data.format !== 2) throw new Error('unknown search index format ' + data.format);
  var t;
  this.load = load;
  this.data = data.data;
  this.n = data.docs;
  this.terms = decodeFrontCoded(data.terms);
  this.termId = new Map();
  for (t = 0; t < this.terms.length; t++) this.termId.set(this.terms[t], t);
  this.df = decodeVarints(data.df);       // postings stored per term
  this.fullDf = this.df.slice();          // documents per term in the whole index (some postings are pruned)
  var pruned = decodeVarints(data.fullDf);
  for (var p = 0, at = -1; p < pruned.length; p += 2) this.fullDf[at += pruned[p]] = pruned[p + 1];
  this.words = decodeFrontCoded(data.words);
  this.wordTerm = this.words.map(function (w) {
    var id = this.termId.get(porterStem(w));
    return id === undefined ? -1 : id;
  }, this);
  this.stemOfWord = new Uint8Array(this.terms.length); // terms that stand for a listed word: not typed as such
  this.wordTerm.forEach(function (t) { if (t >= 0) this.stemOfWord[t] = 1; }, this);
  this.impactOf = [];
  for (t = 0; t <= data.impact.levels; t++) {
    this.impactOf.push(data.impact.lo * Math.pow(data.impact.hi / data.impact.lo, t / data.impact.levels));
  }
  this.pages = data.pages;
  // a term's later pages are the files q-<data>-<n> from laterBase[term] on, numbered in term order
  this.pageCount = new Int32Array(this.terms.length);
  this.laterBase = new Int32Array(this.terms.length);
  for (t = 0, at = 0; t < this.terms.length; t++) {
    this.pageCount[t] = pageSizes(this.df[t], this.pages).length;
    this.laterBase[t] = at;
    at += this.pageCount[t] - 1;
  }
  this.shardFirst = [];
  decodeVarints(data.shards).reduce(function (first, delta) { this.shardFirst.push(first + delta); return first + delta; }.bind(this), 0);
  this.shards = [];       // shard number → promise, then true once its terms' first pages are in postings
  this.postings = [];     // term → [page, …] loaded so far, highest impacts first
  this.tableDocs = data.tableDocs;
  this.summaryDocs = data.summaryDocs;
  this.tables = [];
  this.summaries = [];
  this.tagNames = data.tagNames;
  this.companyNames = data.companyNames;
  this.guides = data.guides;
  this.guideOf = new Int32Array(this.n);
  for (var g = 0; g < this.guides.length; g++) this.guideOf.fill(g, this.guides[g][2]);
}

/** A guide's key in filters: its slug; the home page's document has none, and is '/' (not '', which is "all"). */
function guideKey(guide) {
  return guide[0] || '/';
}

/** A document's URL; its table file must be loaded. */
SearchIndex.prototype.urlOf = function (doc) {
  var row = this.row(doc), stored = row.table.slug[row.at];
  var slug = this.guides[this.guideOf[doc]][0], folder = slug ? slug + '/' : '', kind = row.table.kind.charAt(row.at);
  if (kind === 'g') return folder || './';
  if (kind === 'q') return folder + (stored || slugify(row.table.title[row.at], 60)) + '/';
  // an anchor on a long guide's later page: page-2/, page-3/, …
  if (row.table.page[row.at]) folder += 'page-' + (row.table.page[row.at] + 1) + '/';
  // a heading's or reference's anchor is always stored: the build's id rule lives in the build alone
  return folder + '#' + (stored || slugify(row.table.title[row.at], 60));
};

/**
 * Ranked results: [{title, url, guide, guideSlug, kind, parent, score, snippet, difficulty, tags, companies, terms,
 * missing}]; missing is the query's word that no result has, when the results answer the other words alone ('' else).
 * Ranking starts from the first page of each term's postings and reads further pages only while a document they
 * hold could still be among the results (rank's bounds).
 */
SearchIndex.prototype.search = function (query, options) {
  var self = this, opts = options || {}, limit = opts.limit || 10;
  var plans = parseQuery(query).map(function (w) { return planWord(self, w); }).filter(Boolean);
  var ready = this.loadShards(plans);
  if (opts.difficulty || opts.tag || opts.company) ready = Promise.all([ready, this.loadFacets()]);
  // term → how many of its pages this search reads: pages loaded by an earlier search are read only when needed too
  var depth = new Map();
  return ready.then(function deepen() {
    var ranked = self.rank(plans, opts, limit, depth);
    var next = ranked.deeper.reduce(function (sum, t) { return sum + self.nextPageSize(t, depth); }, 0);
    var more = ranked.deeper.length > 0 && ranked.read + next <= READ_BUDGET;
    return more ? self.loadPages(ranked.deeper, depth).then(deepen) : ranked.hits;
  }).then(function (hits) {
    return boostExactTitles(self, hits, query);
  }).then(function (hits) {
    hits = hits.slice(0, limit);
    var terms = matchedTerms(self, plans);
    return self.loadDocs(hits.map(function (h) { return h.doc; }), true).then(function () {
      return hits.map(function (h) { return self.result(h, terms); });
    });
  });
};

/**
 * Results whose title is the query itself (case, punctuation and spacing aside) move up by EXACT_TITLE_BOOST; then a
 * query of two words or more that a title holds whole ("what is rust" in "What is Rust and who uses it?") puts those
 * titles first: a reader who types a question's own words means that question. Order within each stays by score.
 * Only a title that holds every word of the query can be either, and the postings mark those (titled); of those, the
 * ones among the best TITLE_WINDOW results are read (a title with every word weighs enough to be there), so a query
 * loads few titles however many documents it matches.
 */
var TITLE_WINDOW = 20;
function boostExactTitles(index, hits, query) {
  var q = titleKey(query);
  var checked = q ? hits.slice(0, TITLE_WINDOW).filter(function (h) { return h.titled; }) : [];
  if (checked.length === 0) return hits;
  return index.loadDocs(checked.map(function (h) { return h.doc; }), false).then(function () {
    var phrase = q.indexOf(' ') > 0 ? ' ' + q + ' ' : null, changed = false;
    checked.forEach(function (h) {
      var title = titleKey(index.titleOf(h.doc));
      if (title === q) { h.score *= EXACT_TITLE_BOOST; changed = true; }
      h.holds = phrase !== null && (' ' + title + ' ').indexOf(phrase) >= 0;
      if (h.holds) changed = true;
    });
    if (changed) hits.sort(function (a, b) { return ((b.holds || 0) - (a.holds || 0)) || b.score - a.score || a.doc - b.doc; });
    return hits;
  });
}

function titleKey(s) {
  return String(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A word's share of the query: the idf of its most frequent exact term (or part, or expansion); absent words weigh most. */
SearchIndex.prototype.coverageWeight = function (plan) {
  var df = 0, self = this, exact = plan.candidates.filter(function (c) { return c.via === 'exact'; });
  if (exact.length > 0) exact.forEach(function (c) { df = Math.max(df, self.fullDf[c.term]); });
  else if (plan.parts.length > 0) {
    df = Infinity;
    plan.parts.forEach(function (p) {
      if (!p.leaf) return;
      var partDf = 0;
      p.terms.forEach(function (t) { partDf = Math.max(partDf, self.fullDf[t]); });
      df = Math.min(df, partDf);
    });
    if (df === Infinity) df = 0;
  }
  else plan.candidates.forEach(function (c) { df = Math.max(df, self.fullDf[c.term]); });
  return Math.log(1 + (this.n - df + 0.5) / (df + 0.5));
};

SearchIndex.prototype.filter = function (opts) {
  var self = this, tests = [], f = this.facets;
  if (opts.guide) tests.push(function (d) { return guideKey(self.guides[self.guideOf[d]]) === opts.guide; });
  if (opts.difficulty) {
    var letter = String(opts.difficulty).charAt(0).toLowerCase();
    tests.push(function (d) { return f.difficulty.charAt(d) === letter; });
  }
  if (opts.tag) tests.push(nameTest(this.tagNames, f.tags, opts.tag));
  if (opts.company) tests.push(nameTest(this.companyNames, f.companies, opts.company));
  return function (doc) {
    for (var i = 0; i < tests.length; i++) if (!tests[i](doc)) return false;
    return true;
  };
};

function nameTest(names, lists, wanted) {
  var key = String(wanted).toLowerCase(), id = -1;
  for (var i = 0; i < names.length; i++) if (names[i].toLowerCase() === key) id = i;
  return function (doc) { return lists[doc].indexOf(id) >= 0; };
}
