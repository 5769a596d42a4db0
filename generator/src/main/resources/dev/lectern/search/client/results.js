// ---- results.js: shards on demand, result objects, suggestions ---------------------------------------------------

/** Index of the last file entry whose first ordinal is at most ordinal. */
function fileOf(files, ordinal) {
  var lo = 0, hi = files.length - 1;
  while (lo < hi) {
    var mid = (lo + hi + 1) >>> 1;
    if (files[mid][1] <= ordinal) lo = mid; else hi = mid - 1;
  }
  return lo;
}

SearchIndex.prototype.loadShards = function (plans) {
  var self = this, wanted = new Set();
  plans.forEach(function (p) {
    p.candidates.forEach(function (c) { wanted.add(fileOf(self.shardFiles, c.term)); });
    p.parts.forEach(function (part) {
      part.terms.forEach(function (t) { wanted.add(fileOf(self.shardFiles, t)); });
    });
  });
  return Promise.all(Array.from(wanted).map(function (s) {
    if (!self.shards[s]) {
      var first = self.shardFiles[s][1];
      var end = s + 1 < self.shardFiles.length ? self.shardFiles[s + 1][1] : self.terms.length;
      self.shards[s] = self.load(self.shardFiles[s][0]).then(function (data) {
        self.shards[s] = decodeShard(data, first, self.df.slice(first, end), self.impactOf);
        return self.shards[s];
      });
    }
    return self.shards[s];
  }));
};

SearchIndex.prototype.eachPosting = function (term, fn) {
  var shard = this.shards[fileOf(this.shardFiles, term)], local = term - shard.first;
  for (var p = shard.starts[local]; p < shard.starts[local + 1]; p++) fn(shard.docs[p], shard.impacts[p]);
};

SearchIndex.prototype.loadSummaries = function (hits) {
  var self = this, wanted = new Set();
  hits.forEach(function (h) { wanted.add(fileOf(self.summaryFiles, h.doc)); });
  return Promise.all(Array.from(wanted).map(function (s) {
    if (!self.summaries[s]) {
      self.summaries[s] = self.load(self.summaryFiles[s][0]).then(function (list) { return (self.summaries[s] = list); });
    }
    return self.summaries[s];
  }));
};

SearchIndex.prototype.result = function (hit, terms) {
  var d = hit.doc, g = this.guides[this.guideOf[d]], s = fileOf(this.summaryFiles, d), self = this;
  return {
    title: this.title[d],
    url: this.url[d],
    guide: g[1],
    guideSlug: guideKey(g),
    kind: KINDS[this.kind.charAt(d)],
    parent: this.parent[d] > 0 ? this.title[d - this.parent[d]] : '',
    score: Math.round(hit.score * 1e4) / 1e4,
    snippet: excerpt(this.summaries[s][d - this.summaryFiles[s][1]], terms),
    difficulty: DIFFICULTIES[this.difficulty.charAt(d)] || '',
    tags: this.tags[d].map(function (i) { return self.tagNames[i]; }),
    companies: this.companies[d].map(function (i) { return self.companyNames[i]; }),
    terms: terms,
    missing: hit.missing || ''
  };
};

/** What to mark in titles and pages: the words as typed, and every term they were matched through. */
function matchedTerms(index, plans) {
  var out = new Set();
  plans.forEach(function (p) {
    out.add(p.text);
    p.candidates.forEach(function (c) { out.add(index.terms[c.term]); });
    p.parts.forEach(function (part) { part.terms.forEach(function (t) { out.add(index.terms[t]); }); });
  });
  return Array.from(out);
}

/** For "no results": corpus words nearest to word by edit distance (ties: the more frequent), as readers spell them. */
SearchIndex.prototype.nearestTerms = function (word, limit) {
  var text = lower(withoutPossessive(String(word || '').trim())), max = text.length <= 4 ? 1 : text.length <= 7 ? 2 : 3;
  var self = this, found = [], listed = new Set();
  if (!text) return [];
  function consider(candidate, term) {
    if (candidate === text || listed.has(candidate)) return;
    listed.add(candidate);
    var d = editDistance(text, candidate, max);
    if (d <= max) found.push({ word: candidate, d: d, df: self.fullDf[term] });
  }
  this.words.forEach(function (w, i) { if (self.wordTerm[i] >= 0) consider(w, self.wordTerm[i]); });
  this.terms.forEach(function (t, id) { if (!self.stemOfWord[id]) consider(t, id); });
  found.sort(function (a, b) { return a.d - b.d || b.df - a.df || (a.word < b.word ? -1 : 1); });
  return found.slice(0, limit || 5).map(function (f) { return f.word; });
};
