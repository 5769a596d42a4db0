// ---- core.js: the index object, ranking and results ----------------------------------------------------------------

var KINDS = { g: 'guide', s: 'section', h: 'heading', q: 'question', r: 'reference' };
var DIFFICULTIES = { e: 'easy', m: 'medium', h: 'hard' };
var MIN_COVERAGE = 0.6;  // share of a query's weight (idf of its words) a result must match when it has several words
var EXACT_TITLE_BOOST = 1.5;  // a reader who types a question word for word means that question

/**
 * Opens the index of the site at root (a folder in Node, a URL in the browser); resolves to an object with
 * search(query, {limit, guide, difficulty, tag, company}) and nearestTerms(word, limit).
 */
function openIndex(root, options) {
  var load = options && options.load || defaultLoader(root);
  return load('index').then(function (data) { return new SearchIndex(data, load); });
}

function SearchIndex(data, load) {
  if (data.format !== 1) throw new Error('unknown search index format ' + data.format);
  var t, table = data.table;
  this.load = load;
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
  this.shardFiles = data.shards;
  this.summaryFiles = data.summaries;
  this.shards = [];
  this.summaries = [];
  this.kind = table.kind;
  this.parent = decodeVarints(table.parent);
  this.page = decodeVarints(table.page);
  this.title = table.title;
  this.difficulty = table.difficulty;
  this.tagNames = table.tagNames;
  this.companyNames = table.companyNames;
  this.tags = decodeLists(table.tag, this.n);
  this.companies = decodeLists(table.company, this.n);
  this.guides = data.guides;
  this.guideOf = new Int32Array(this.n);
  for (var g = 0; g < this.guides.length; g++) this.guideOf.fill(g, this.guides[g][2]);
  this.url = table.slug.map(function (slug, doc) { return this.urlOf(doc, slug); }, this);
}

/** A guide's key in filters: its slug; the home page's document has none, and is '/' (not '', which is "all"). */
function guideKey(guide) {
  return guide[0] || '/';
}

SearchIndex.prototype.urlOf = function (doc, stored) {
  var slug = this.guides[this.guideOf[doc]][0], folder = slug ? slug + '/' : '', kind = this.kind.charAt(doc);
  if (kind === 'g') return folder || './';
  if (kind === 'q') return folder + (stored || slugify(this.title[doc], 60)) + '/';
  // an anchor on a long guide's later page: page-2/, page-3/, …
  if (this.page[doc]) folder += 'page-' + (this.page[doc] + 1) + '/';
  // a heading's or reference's anchor is always stored: the build's id rule lives in the build alone
  return folder + '#' + (stored || slugify(this.title[doc], 60));
};

/**
 * Ranked results: [{title, url, guide, guideSlug, kind, parent, score, snippet, difficulty, tags, companies, terms,
 * missing}]; missing is the query's word that no result has, when the results answer the other words alone ('' else).
 */
SearchIndex.prototype.search = function (query, options) {
  var self = this, opts = options || {};
  var plans = parseQuery(query).map(function (w) { return planWord(self, w); }).filter(Boolean);
  return this.loadShards(plans).then(function () {
    var hits = boostExactTitles(self, self.rank(plans, opts), query).slice(0, opts.limit || 10);
    var terms = matchedTerms(self, plans);
    return self.loadSummaries(hits).then(function () {
      return hits.map(function (h) { return self.result(h, terms); });
    });
  });
};

/**
 * Results whose title is the query itself (case, punctuation and spacing aside) move up by EXACT_TITLE_BOOST; then a
 * query of two words or more that a title holds whole ("what is rust" in "What is Rust and who uses it?") puts those
 * titles first: a reader who types a question's own words means that question. Order within
 * each stays by score.
 */
function boostExactTitles(index, hits, query) {
  var q = titleKey(query);
  if (!q) return hits;
  var phrase = q.indexOf(' ') > 0 ? ' ' + q + ' ' : null, changed = false;
  hits.forEach(function (h) {
    var title = titleKey(index.title[h.doc]);
    if (title === q) { h.score *= EXACT_TITLE_BOOST; changed = true; }
    h.holds = phrase !== null && (' ' + title + ' ').indexOf(phrase) >= 0;
    if (h.holds) changed = true;
  });
  if (changed) hits.sort(function (a, b) { return (b.holds - a.holds) || b.score - a.score || a.doc - b.doc; });
  return hits;
}

function titleKey(s) {
  return String(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Score = Σ over words of the word's best weighted impact, times coverage²; coverage is the share of the query's
 * idf the document matches, and must be whole for a one-word query and at least MIN_COVERAGE otherwise. A word that
 * matches nothing keeps its (high) idf, so a query about something absent returns nothing rather than noise; but when
 * only one word is absent and the others match, their documents are the answer (unknownWord).
 */
SearchIndex.prototype.rank = function (plans, opts) {
  var self = this, n = this.n, weightSum = 0, required = 0, quotedWords = 0;
  var weights = plans.map(function (p) {
    if (p.quoted) quotedWords++;
    if (p.optional) return 0;
    required++;
    var w = self.coverageWeight(p);
    weightSum += w;
    return w;
  });
  if (required === 0) return [];
  var total = new Float64Array(n), covered = new Float64Array(n), quoted = new Int32Array(n), seen = new Uint8Array(n);
  var touched = [], allow = this.filter(opts);
  plans.forEach(function (plan, i) {
    self.wordScores(plan, function (doc, s) {
      if (!allow(doc)) return;
      if (!seen[doc]) { seen[doc] = 1; touched.push(doc); }
      total[doc] += s;
      covered[doc] += weights[i];
      if (plan.quoted) quoted[doc]++;
    });
  });
  function above(min) {
    var hits = [];
    touched.forEach(function (doc) {
      var coverage = covered[doc] / weightSum;
      if (coverage < min || quoted[doc] < quotedWords) return;
      hits.push({ doc: doc, score: total[doc] * coverage * coverage });
    });
    return hits;
  }
  var hits = above(required === 1 ? 0.999 : MIN_COVERAGE);
  var unknown = unknownWord(plans);
  if (hits.length === 0 && unknown >= 0) {
    // one word the site does not have, not even by a typo's repair, must not hide what the other words find: documents
    // that match all of those are the answer, each marked with the word it lacks
    hits = above(1 - weights[unknown] / weightSum - 1e-9);
    hits.forEach(function (h) { h.missing = plans[unknown].text; });
  }
  hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
  return hits;
};

/**
 * The index of the query's one word that matches nothing at all, when every other word matches as typed (not only by
 * a typo's repair, which on top of a missing word would be a guess); else -1.
 */
function unknownWord(plans) {
  var unknown = -1, required = 0;
  for (var i = 0; i < plans.length; i++) {
    var p = plans[i];
    if (p.optional) continue;
    required++;
    if (p.candidates.length === 0 && p.parts.length === 0) {
      if (unknown >= 0 || p.quoted) return -1;
      unknown = i;
    } else if (!p.candidates.some(function (c) { return c.via !== 'fuzzy'; }) && p.parts.length === 0) {
      return -1;
    }
  }
  return required > 1 ? unknown : -1;
}

/** Calls fn(doc, score) once per document the word matches, with its best candidate's weighted impact. */
SearchIndex.prototype.wordScores = function (plan, fn) {
  var self = this, best = new Map();
  function keep(doc, s) {
    var old = best.get(doc);
    if (old === undefined || s > old) best.set(doc, s);
  }
  plan.candidates.forEach(function (c) {
    self.eachPosting(c.term, function (doc, impact) { keep(doc, c.weight * impact); });
  });
  if (plan.parts.length > 0) {
    // every leaf part (lru, cache) must be there; intermediate parts (lru_cache) only add to the score
    var sum = new Map(), leaves = new Map(), leafCount = 0;
    plan.parts.forEach(function (part) {
      if (part.leaf) leafCount++;
      var partBest = new Map();
      part.terms.forEach(function (t) {
        self.eachPosting(t, function (doc, impact) {
          if (!(partBest.get(doc) >= impact)) partBest.set(doc, impact);
        });
      });
      partBest.forEach(function (impact, doc) {
        sum.set(doc, (sum.get(doc) || 0) + impact);
        if (part.leaf) leaves.set(doc, (leaves.get(doc) || 0) + 1);
      });
    });
    var weight = plan.candidates.some(function (c) { return c.via === 'exact'; }) ? WEIGHT.part : WEIGHT.exact;
    sum.forEach(function (s, doc) {
      if ((leaves.get(doc) || 0) === leafCount) keep(doc, weight * s / plan.parts.length);
    });
  }
  best.forEach(function (s, doc) { fn(doc, s); });
};

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
  var self = this, tests = [];
  if (opts.guide) tests.push(function (d) { return guideKey(self.guides[self.guideOf[d]]) === opts.guide; });
  if (opts.difficulty) {
    var letter = String(opts.difficulty).charAt(0).toLowerCase();
    tests.push(function (d) { return self.difficulty.charAt(d) === letter; });
  }
  if (opts.tag) tests.push(nameTest(this.tagNames, this.tags, opts.tag));
  if (opts.company) tests.push(nameTest(this.companyNames, this.companies, opts.company));
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
