// ---- rank.js: scores from the pages of postings read, the bounds that say when they are enough ------------------

/**
 * Score = Σ over words of the word's best weighted impact, times coverage²; coverage is the share of the query's
 * idf the document matches, and must be whole for a one-word query and at least MIN_COVERAGE otherwise. A word that
 * matches nothing keeps its (high) idf, so a query about something absent returns nothing rather than noise; but when
 * only one word is absent and the others match, their documents are the answer (unknownWord).
 *
 * Returns { hits, deeper, read }: the hits from the pages loaded, and the terms whose next page must be read first because
 * a document could still enter the top `limit`, or move within it, by what those pages hold. Each word's unread
 * pages weigh at most its `unseen` bound; a document's score can grow at most to its `upper` sum (with the coverage
 * those words would add), and one not seen yet to the sum of the bounds. read: the postings it went through.
 */
SearchIndex.prototype.rank = function (plans, opts, limit, depth) {
  var self = this, n = this.n, weightSum = 0, required = 0, quotedWords = 0;
  var weights = plans.map(function (p) {
    if (p.quoted) quotedWords++;
    if (p.optional) return 0;
    required++;
    var w = self.coverageWeight(p);
    weightSum += w;
    return w;
  });
  if (required === 0) return { hits: [], deeper: [] };
  // per-document sums, allocated once per index and cleared for the documents touched (a site's size is no query's cost)
  var sc = this.scratch || (this.scratch = { total: new Float64Array(n), covered: new Float64Array(n), quoted: new Int32Array(n),
    seen: new Uint8Array(n), titled: new Int32Array(n), upper: new Float64Array(n), upperCovered: new Float64Array(n),
    unseenHere: new Float64Array(n), unseenHereCovered: new Float64Array(n) });
  var total = sc.total, covered = sc.covered, quoted = sc.quoted, seen = sc.seen, titled = sc.titled, upper = sc.upper;
  var upperCovered = sc.upperCovered, unseenHere = sc.unseenHere, unseenHereCovered = sc.unseenHereCovered;
  var unseen = 0, unseenCovered = 0, touched = [], allow = this.filter(opts);
  plans.forEach(function (plan, i) {
    var bound = self.wordScores(plan, depth, function (doc, s, up, inTitle) {
      if (!allow(doc)) return;
      if (!seen[doc]) { seen[doc] = 1; touched.push(doc); }
      if (s > 0) {
        total[doc] += s;
        covered[doc] += weights[i];
        if (plan.quoted) quoted[doc]++;
        if (inTitle && !plan.optional) titled[doc]++;
      }
      upper[doc] += up;
      if (up > 0) upperCovered[doc] += weights[i];
      unseenHere[doc] += plan.unseen;
      if (plan.unseen > 0) unseenHereCovered[doc] += weights[i];
    });
    unseen += bound;
    if (bound > 0) unseenCovered += weights[i];
  });
  function above(min) {
    var hits = [];
    touched.forEach(function (doc) {
      var coverage = covered[doc] / weightSum;
      if (coverage < min || quoted[doc] < quotedWords) return;
      hits.push({ doc: doc, score: total[doc] * coverage * coverage, titled: titled[doc] === required });
    });
    return hits;
  }
  /** The highest score a document could reach with every page read, given the coverage it needs. */
  function best(doc, min) {
    var reach = doc < 0 ? unseen : upper[doc] + unseen - unseenHere[doc];
    var coverage = Math.min(1, doc < 0 ? unseenCovered / weightSum
      : (upperCovered[doc] + unseenCovered - unseenHereCovered[doc]) / weightSum);
    return coverage < min - 1e-9 ? 0 : reach * coverage * coverage;
  }
  var min = required === 1 ? 0.999 : MIN_COVERAGE;
  var hits = above(min);
  var unknown = unknownWord(plans);
  if (hits.length === 0 && unknown >= 0 && !this.couldReach(touched, best, min, 0)) {
    // one word the site does not have, not even by a typo's repair, must not hide what the other words find: documents
    // that match all of those are the answer, each marked with the word it lacks
    min = 1 - weights[unknown] / weightSum - 1e-9;
    hits = above(min);
    hits.forEach(function (h) { h.missing = plans[unknown].text; });
  }
  hits = bestHits(hits, Math.max(limit, TITLE_WINDOW));
  var kth = hits.length >= limit ? hits[limit - 1].score : 0;
  var top = new Set(hits.slice(0, limit).map(function (h) { return h.doc; }));
  var settled = hits.slice(0, limit).every(function (h) { return best(h.doc, min) <= h.score * (1 + 1e-9); });
  var deeper = settled && !this.couldReach(touched.filter(function (d) { return !top.has(d); }), best, min, kth) ? []
    : this.nextPages(plans, depth);
  touched.forEach(function (d) {
    total[d] = covered[d] = upper[d] = upperCovered[d] = unseenHere[d] = unseenHereCovered[d] = 0;
    quoted[d] = seen[d] = titled[d] = 0;
  });
  return { hits: hits, deeper: deeper, read: plans.reduce(function (sum, p) { return sum + (p.read || 0); }, 0) };
};

/** The best `count` hits (all those tied with the last one too), by score then document; a typed sort finds the cut. */
function bestHits(hits, count) {
  if (hits.length > 4 * count) {
    var scores = new Float64Array(hits.length);
    for (var i = 0; i < hits.length; i++) scores[i] = hits[i].score;
    scores.sort();
    var cut = scores[hits.length - count];
    hits = hits.filter(function (h) { return h.score >= cut; });
  }
  return hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
}

/** Whether a document of the list, or one not seen, could score above threshold once every page is read. */
SearchIndex.prototype.couldReach = function (docs, best, min, threshold) {
  var limit = threshold * (1 + 1e-9);
  if (best(-1, min) > limit) return true;
  for (var i = 0; i < docs.length; i++) if (best(docs[i], min) > limit) return true;
  return false;
};

/** Per word, the term with unread pages whose next page could weigh most. */
SearchIndex.prototype.nextPages = function (plans, depth) {
  var self = this, out = new Set();
  plans.forEach(function (plan) {
    var bestTerm = -1, bestBound = 0;
    function consider(t, weight) {
      var b = self.hasMore(t, depth) ? weight * self.floor(t, depth) : 0;
      if (b > bestBound) { bestBound = b; bestTerm = t; }
    }
    plan.candidates.forEach(function (c) { consider(c.term, c.weight); });
    plan.parts.forEach(function (part) { part.terms.forEach(function (t) { consider(t, 1); }); });
    if (bestTerm >= 0) out.add(bestTerm);
  });
  return Array.from(out);
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

/**
 * Calls fn(doc, score, upper, inTitle) once per document the word's loaded postings hold: its best candidate's
 * weighted impact (0 when it does not match yet), the most it could score once every page is read, and whether the
 * word is in its title. Sets plan.unseen, and returns it: the most a document not listed could score for this word.
 */
SearchIndex.prototype.wordScores = function (plan, depth, fn) {
  // per document, the word's best score so far (-1: not seen) and whether it is in the title: arrays allocated once per
  // index and cleared for the documents listed in docs
  var self = this, cap = 0, docs = [];
  var ws = this.wordScratch || (this.wordScratch = { best: new Float64Array(this.n).fill(-1), title: new Uint8Array(this.n) });
  var best = ws.best, title = ws.title;
  plan.read = 0;
  function keep(doc, s) {
    var old = best[doc];
    if (old < 0) docs.push(doc);
    if (s > old) best[doc] = s;
  }
  plan.candidates.forEach(function (c) {
    if (self.hasMore(c.term, depth)) cap = Math.max(cap, c.weight * self.floor(c.term, depth));
    var pages = self.postings[c.term], used = self.used(c.term, depth);
    for (var k = 0; k < used; k++) {
      var page = pages[k], pd = page.docs, pi = page.impacts, pt = page.title;
      plan.read += pd.length;
      for (var p = 0; p < pd.length; p++) {
        keep(pd[p], c.weight * pi[p]);
        if (pt[p]) title[pd[p]] = 1;
      }
    }
  });
  var partsUpper = new Map(), partsUnseen = 0;
  if (plan.parts.length > 0) {
    // every leaf part (lru, cache) must be there; intermediate parts (lru_cache) only add to the score
    var weight = plan.candidates.some(function (c) { return c.via === 'exact'; }) ? WEIGHT.part : WEIGHT.exact;
    var parts = plan.parts.map(function (part) {
      var partBest = new Map(), more = 0;
      part.terms.forEach(function (t) {
        if (self.hasMore(t, depth)) more = Math.max(more, self.floor(t, depth));
        self.eachPosting(t, function (doc, impact, inTitle) {
          plan.read++;
          if (!(partBest.get(doc) >= impact)) partBest.set(doc, impact);
          if (inTitle) title[doc] = 1;
        }, depth);
      });
      return { best: partBest, more: more, leaf: part.leaf, done: part.leaf && more === 0 };
    });
    var closed = parts.some(function (p) { return p.done; });  // a document outside that part's list cannot match
    if (!closed) partsUnseen = weight * parts.reduce(function (s, p) { return s + p.more; }, 0) / parts.length;
    parts.forEach(function (p) {
      p.best.forEach(function (impact, doc) {
        if (partsUpper.has(doc)) return;
        var sum = 0, reach = 0, complete = true;
        parts.forEach(function (q) {
          var known = q.best.get(doc);
          if (known === undefined) {
            if (q.leaf) complete = false;
            if (q.done) reach = -Infinity;
            reach += q.more;
          } else {
            sum += known;
            reach += Math.max(known, q.more);
          }
        });
        if (complete) keep(doc, weight * sum / parts.length);
        partsUpper.set(doc, reach > 0 ? weight * reach / parts.length : 0);
        if (!complete) keep(doc, 0);
      });
    });
  }
  plan.unseen = Math.max(cap, partsUnseen);
  docs.forEach(function (doc) {
    var s = best[doc], up = Math.max(s, cap, partsUpper.has(doc) ? partsUpper.get(doc) : partsUnseen);
    fn(doc, s, up, title[doc] === 1);
    best[doc] = -1;
    title[doc] = 0;
  });
  return plan.unseen;
};
