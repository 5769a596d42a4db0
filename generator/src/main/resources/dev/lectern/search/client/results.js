// ---- results.js: shards on demand, result objects, suggestions ---------------------------------------------------

/** Index of the last entry of sorted that is at most value. */
function lastAtMost(sorted, value) {
  var lo = 0, hi = sorted.length - 1;
  while (lo < hi) {
    var mid = (lo + hi + 1) >>> 1;
    if (sorted[mid] <= value) lo = mid; else hi = mid - 1;
  }
  return lo;
}

SearchIndex.prototype.fileName = function (kind, number) {
  return kind + '-' + this.data + '-' + number;
};

/** Loads the shards that hold the first pages of every term the plans may match. */
SearchIndex.prototype.loadShards = function (plans) {
  var self = this, wanted = new Set();
  plans.forEach(function (p) {
    p.candidates.forEach(function (c) { wanted.add(lastAtMost(self.shardFirst, c.term)); });
    p.parts.forEach(function (part) {
      part.terms.forEach(function (t) { wanted.add(lastAtMost(self.shardFirst, t)); });
    });
  });
  return Promise.all(Array.from(wanted).map(function (s) {
    if (!self.shards[s]) {
      var first = self.shardFirst[s];
      var end = s + 1 < self.shardFirst.length ? self.shardFirst[s + 1] : self.terms.length;
      self.shards[s] = self.load(self.fileName('p', s)).then(function (data) {
        var at = { pos: 0, i: 0 };
        for (var t = first; t < end; t++) {
          self.postings[t] = [decodePage(data.d, data.i, at, Math.min(self.df[t], self.pages.first), self.impactOf)];
        }
      });
    }
    return self.shards[s];
  }));
};

/**
 * Reads one more page of each term: depth (term → pages a search reads, 1 when absent) grows by one, and a page not
 * loaded yet is fetched. Without depth, the page after the last one loaded.
 */
SearchIndex.prototype.loadPages = function (terms, depth) {
  var self = this;
  return Promise.all(terms.map(function (t) {
    var loaded = self.postings[t], want = (depth ? depth.get(t) || 1 : loaded.length) + 1;
    if (depth) depth.set(t, want);
    if (loaded.length >= want) return null;
    return self.load(self.fileName('q', self.laterBase[t] + want - 2)).then(function (data) {
      // a concurrent search may have read it already
      if (loaded.length === want - 1) loaded.push(decodePage(data.d, data.i, { pos: 0, i: 0 }, data.i.length, self.impactOf));
    });
  }));
};

/** How many of a term's pages a search reads (all those loaded, without depth). */
SearchIndex.prototype.used = function (term, depth) {
  return depth ? depth.get(term) || 1 : this.postings[term].length;
};

/** How many postings the next page of a term holds. */
SearchIndex.prototype.nextPageSize = function (term, depth) {
  return pageSizes(this.df[term], this.pages)[this.used(term, depth)] || 0;
};

SearchIndex.prototype.hasMore = function (term, depth) {
  return this.used(term, depth) < this.pageCount[term];
};

/** The lowest impact of the pages read: no posting of a later page weighs more. */
SearchIndex.prototype.floor = function (term, depth) {
  return this.postings[term][this.used(term, depth) - 1].floor;
};

SearchIndex.prototype.eachPosting = function (term, fn, depth) {
  var pages = this.postings[term], used = this.used(term, depth);
  for (var k = 0; k < used; k++) {
    var page = pages[k];
    for (var p = 0; p < page.docs.length; p++) fn(page.docs[p], page.impacts[p], page.title[p]);
  }
};

/** Loads the table files of the documents (and of their sections), and with summaries their summary files. */
SearchIndex.prototype.loadDocs = function (docs, summaries) {
  var self = this;
  function tables(list) {
    return Promise.all(Array.from(new Set(list.map(function (d) { return Math.floor(d / self.tableDocs); }))).map(function (f) {
      if (!self.tables[f]) {
        self.tables[f] = self.load(self.fileName('t', f)).then(function (t) {
          var count = t.kind.length;
          return (self.tables[f] = { kind: t.kind, parent: decodeVarints(t.parent), page: decodeVarints(t.page), title: t.title,
            slug: t.slug, difficulty: t.difficulty, tags: decodeLists(t.tag, count), companies: decodeLists(t.company, count) });
        });
      }
      return self.tables[f];
    }));
  }
  var loading = [tables(docs).then(function () {
    return tables(docs.map(function (d) { var r = self.row(d); return d - r.table.parent[r.at]; }));
  })];
  if (summaries) {
    Array.from(new Set(docs.map(function (d) { return Math.floor(d / self.summaryDocs); }))).forEach(function (f) {
      if (!self.summaries[f]) {
        self.summaries[f] = self.load(self.fileName('s', f)).then(function (list) { return (self.summaries[f] = list); });
      }
      loading.push(self.summaries[f]);
    });
  }
  return Promise.all(loading);
};

/** A loaded document's table file and its place in it. */
SearchIndex.prototype.row = function (doc) {
  return { table: this.tables[Math.floor(doc / this.tableDocs)], at: doc % this.tableDocs };
};

SearchIndex.prototype.titleOf = function (doc) {
  var r = this.row(doc);
  return r.table.title[r.at];
};

/** The filters' columns for every document (a file read only when a search sets a filter). */
SearchIndex.prototype.loadFacets = function () {
  var self = this;
  if (!this.facets) {
    this.facets = this.load('f-' + this.data).then(function (f) {
      return (self.facets = { difficulty: f.difficulty, tags: decodeLists(f.tag, self.n), companies: decodeLists(f.company, self.n) });
    });
  }
  return Promise.resolve(this.facets);
};

/** Every document's URL, in document order (reads every table file: for tests and tools, not for a query). */
SearchIndex.prototype.allUrls = function () {
  var self = this, docs = [];
  for (var d = 0; d < this.n; d++) docs.push(d);
  return this.loadDocs(docs, false).then(function () { return docs.map(function (d) { return self.urlOf(d); }); });
};

SearchIndex.prototype.result = function (hit, terms) {
  var d = hit.doc, g = this.guides[this.guideOf[d]], r = this.row(d), t = r.table, self = this;
  return {
    title: t.title[r.at],
    url: this.urlOf(d),
    guide: g[1],
    guideSlug: guideKey(g),
    kind: KINDS[t.kind.charAt(r.at)],
    parent: t.parent[r.at] > 0 ? this.titleOf(d - t.parent[r.at]) : '',
    score: Math.round(hit.score * 1e4) / 1e4,
    snippet: excerpt(this.summaries[Math.floor(d / this.summaryDocs)][d % this.summaryDocs], terms),
    difficulty: DIFFICULTIES[t.difficulty.charAt(r.at)] || '',
    tags: t.tags[r.at].map(function (i) { return self.tagNames[i]; }),
    companies: t.companies[r.at].map(function (i) { return self.companyNames[i]; }),
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
