// The search page (search/index.html?q=…&guide=…&difficulty=…&tag=…&company=…): the full result list, filters whose
// choices and counts come from the unfiltered results, and suggestions (nearest terms) when nothing is found.
(function () {
  'use strict';
  var UI = window.LecternUI, doc = document, form = doc.querySelector('[data-search-page]');
  if (!UI || !form) return;
  var FACETS = ['guide', 'difficulty', 'tag', 'company'], LIMIT = 100;
  var input = form.querySelector('input[name=q]'), filters = form.querySelector('[data-filters]');
  var active = form.querySelector('[data-filter-count]');
  var status = doc.querySelector('[data-status]'), list = doc.querySelector('[data-results]');
  var selects = {}, wanted = {}, seq = 0, esc = UI.escape;
  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  FACETS.forEach(function (f) {
    selects[f] = form.querySelector('[data-facet=' + f + ']');
    wanted[f] = params.get(f) || '';
    selects[f].addEventListener('change', function () { wanted[f] = selects[f].value; showActive(); run(); });
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
  // the filters fold on a phone, so the first result shows without scrolling; they are open where there is room, and
  // when the address sets one (the reader sees why the list is narrowed)
  filters.open = FACETS.some(function (f) { return wanted[f]; }) || !!(window.matchMedia && matchMedia('(min-width: 40rem)').matches);
  showActive();
  // the page's input is the page's one search box (the header has none here), so the keys that focus a box focus it
  UI.focusOnKeys(input);

  /** The folded filters' summary says how many are set: "Filters · 2 set". */
  function showActive() {
    var n = FACETS.filter(function (f) { return wanted[f]; }).length;
    active.textContent = n ? ' · ' + n + ' set' : '';
  }

  /** Counts per facet value over results; the guide facet keys by slug and shows the guide's name. */
  function facets(results) {
    var out = { guide: new Map(), difficulty: new Map(), tag: new Map(), company: new Map() };
    function add(f, key, label) {
      var v = out[f].get(key) || { label: label, n: 0 };
      v.n++;
      out[f].set(key, v);
    }
    results.forEach(function (r) {
      add('guide', r.guideSlug, r.guide);
      if (r.difficulty) add('difficulty', r.difficulty, r.difficulty.charAt(0).toUpperCase() + r.difficulty.slice(1));
      r.tags.forEach(function (t) { add('tag', t, t); });
      r.companies.forEach(function (c) { add('company', c, c); });
    });
    return out;
  }
  function fillFilters(counts) {
    var any = false;
    FACETS.forEach(function (f) {
      var entries = Array.from(counts[f].entries());
      if (f !== 'guide' && f !== 'difficulty') entries.sort(function (a, b) { return b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1); });
      if (wanted[f] && !counts[f].has(wanted[f])) entries.push([wanted[f], { label: wanted[f], n: 0 }]);
      var html = '<option value="">All</option>';
      entries.forEach(function (e) {
        html += '<option value="' + esc(e[0]) + '"' + (e[0] === wanted[f] ? ' selected' : '') + '>' + esc(e[1].label) + ' (' + e[1].n + ')</option>';
      });
      selects[f].innerHTML = html;
      selects[f].parentNode.hidden = entries.length === 0;
      any = any || entries.length > 0;
    });
    filters.hidden = !any;
  }
  function remember(q) {
    var p = new URLSearchParams();
    if (q) p.set('q', q);
    FACETS.forEach(function (f) { if (wanted[f]) p.set(f, wanted[f]); });
    var s = p.toString();
    history.replaceState(null, '', s ? '?' + s : location.pathname);
    doc.title = (q ? q + ' · ' : '') + doc.title.replace(/^.* · (?=Search · )/, '');
  }
  function renderResults(results, S) {
    list.innerHTML = results.map(function (r) {
      var mark = S.marker(r.terms), where = r.guide + (r.parent && r.parent !== r.guide ? ' › ' + r.parent : '');
      if (r.difficulty) where += ' · ' + r.difficulty;
      // a word no page has: the result answers the query's other words (the search core says which word it lacks)
      if (r.missing) where += ' · missing: ' + r.missing;
      return '<li class="result"><a class="result__title" href="' + esc(UI.href(r.url, r.terms)) + '">' + UI.markHtml(r.title, mark) +
        '</a><p class="result__where">' + esc(where) + '</p>' +
        (r.snippet ? '<p class="result__snippet">' + UI.markHtml(r.snippet, mark) + '</p>' : '') + '</li>';
    }).join('');
  }
  /** "No results": each word's nearest corpus words, offered as the query with that word replaced. */
  function suggest(ix, q) {
    var words = q.split(/\s+/), links = [];
    words.forEach(function (w, i) {
      ix.nearestTerms(w, 3).forEach(function (near) {
        var alt = words.slice(0, i).concat([near], words.slice(i + 1)).join(' ');
        links.push('<a href="?q=' + encodeURIComponent(alt) + '" data-suggestion>' + esc(alt) + '</a>');
      });
    });
    return links.length ? ' Did you mean ' + links.slice(0, 5).join(', ') + '?' : ' Try fewer words, or other ones.';
  }
  function run() {
    var q = input.value.trim(), mine = ++seq, opts = { limit: LIMIT }, filtered = false;
    FACETS.forEach(function (f) { if (wanted[f]) { opts[f] = wanted[f]; filtered = true; } });
    remember(q);
    if (!q) {
      status.textContent = 'Type a word, a name or a piece of code: decorator, __init__, lru_cache, :=';
      list.textContent = '';
      filters.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    Promise.all([UI.core(), UI.index()]).then(function (loaded) {
      var S = loaded[0], ix = loaded[1];
      return Promise.all([ix.search(q, { limit: 1000 }), filtered ? ix.search(q, opts) : null]).then(function (found) {
        if (mine !== seq) return;
        var all = found[0], shown = found[1] || all.slice(0, LIMIT);
        fillFilters(facets(all));
        renderResults(shown, S);
        var scope = filtered ? ' with these filters' : '';
        if (all.length === 0) {
          status.innerHTML = 'No results for “' + esc(q) + '”.' + suggest(ix, q);
        } else if (shown.length === 0) {
          status.textContent = 'No results for “' + q + '”' + scope + ': ' + all.length + ' without them.';
        } else {
          var n = filtered ? shown.length : all.length;
          status.textContent = n + (n === 1 ? ' result' : ' results') + ' for “' + q + '”' + scope +
            (shown.length < n ? ', the first ' + shown.length + ' shown' : '') +
            (all[0].missing ? ': no page has “' + all[0].missing + '”, so these answer the other words.' : '.');
        }
      });
    }).catch(function () {
      if (mine === seq) status.textContent = 'The search index could not be loaded.';
    });
  }
  run();
})();
