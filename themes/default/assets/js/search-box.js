// The search box in the header: an ARIA combobox (WAI-ARIA APG "list autocomplete with automatic selection") whose
// results appear as the reader types. search/core.js and the index load on first use, by script elements, so this
// works from file:// too. Also shared with search-page.js and highlight.js as window.LecternUI.
(function () {
  'use strict';
  var doc = document, root = doc.body.getAttribute('data-root') || './';
  // what a link to a page's folder names: its index.html (works from file://), or nothing on a site built with
  // `urls: directory` (links end at the folder, as the site's own links do)
  var page = doc.body.getAttribute('data-urls') === 'directory' ? '' : 'index.html';
  var corePromise = null, indexPromise = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = doc.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { s.remove(); reject(new Error('cannot load ' + src)); };
      doc.head.appendChild(s);
    });
  }
  function core() {
    if (!corePromise) {
      corePromise = (window.LecternSearch ? Promise.resolve() : loadScript(root + 'search/core.js'))
        .then(function () { return window.LecternSearch; });
      corePromise.catch(function () { corePromise = null; });
    }
    return corePromise;
  }
  function index() {
    if (!indexPromise) {
      indexPromise = core().then(function (S) { return S.openIndex(root); });
      indexPromise.catch(function () { indexPromise = null; });
    }
    return indexPromise;
  }
  function escape(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }
  /** Text as HTML with the ranges mark(text) finds wrapped in <mark>. */
  function markHtml(text, mark) {
    var out = '', at = 0;
    mark(text).forEach(function (r) {
      out += escape(text.slice(at, r[0])) + '<mark>' + escape(text.slice(r[0], r[1])) + '</mark>';
      at = r[1];
    });
    return out + escape(text.slice(at));
  }
  /** A result's URL (relative to the site root) as a link from this page, in the site's URL style, with ?h= for marking. */
  function href(url, terms) {
    var at = url.indexOf('#'), hash = at < 0 ? '' : url.slice(at), path = at < 0 ? url : url.slice(0, at);
    if (path === '' || path.charAt(path.length - 1) === '/') path += page;
    var h = (terms || []).slice(0, 12).map(encodeURIComponent).join('+');
    return root + path + (h ? '?h=' + h : '') + hash;
  }
  /** "/" (outside text fields) and Ctrl-K / Cmd-K focus the page's search box from anywhere. */
  function focusOnKeys(input) {
    doc.addEventListener('keydown', function (e) {
      var t = e.target, typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
      var k = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
      if (k || e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }
  window.LecternUI = { root: root, core: core, index: index, escape: escape, markHtml: markHtml, href: href, loadScript: loadScript,
    focusOnKeys: focusOnKeys };

  // highlight.js is named by its content's hash, so the page gives its address
  var highlighter = doc.body.getAttribute('data-highlight-script');
  if (highlighter && /[?&]h=/.test(location.search)) loadScript(highlighter);

  var form = doc.querySelector('[data-search-box]'), input = form && form.querySelector('input[type=search]');
  if (!input) return;
  var list = doc.createElement('ul');
  list.id = 'search-listbox';
  list.className = 'search__results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  list.hidden = true;
  form.appendChild(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  // shown: the query the options were made for; a list still showing an earlier query must not answer Enter
  var options = [], active = -1, seq = 0, timer = 0, shown = null;

  function setActive(i) {
    if (options[active]) options[active].setAttribute('aria-selected', 'false');
    active = options[i] ? i : -1;
    if (active < 0) { input.removeAttribute('aria-activedescendant'); return; }
    options[active].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  }
  function show(open) {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  }
  function option(html, target, extra) {
    var li = doc.createElement('li');
    li.id = 'search-option-' + options.length;
    li.className = 'search__option' + (extra || '');
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.setAttribute('data-href', target);
    li.innerHTML = html;
    list.appendChild(li);
    options.push(li);
  }
  function render(q, results, S) {
    shown = q;
    list.textContent = '';
    options = [];
    active = -1;
    results.forEach(function (r) {
      var mark = S.marker(r.terms);
      option('<span class="search__title">' + markHtml(r.title, mark) + '</span><span class="search__where">' +
        escape(r.guide + (r.parent && r.parent !== r.guide ? ' › ' + r.parent : '') + (r.missing ? ' · missing: ' + r.missing : '')) + '</span>' +
        (r.snippet ? '<span class="search__snippet">' + markHtml(r.snippet, mark) + '</span>' : ''), href(r.url, r.terms));
    });
    var all = root + 'search/' + page + '?q=' + encodeURIComponent(q);
    option(results.length ? 'All results for “' + escape(q) + '”' : 'No quick match for “' + escape(q) + '”: open the search page',
      all, ' search__option--all');
    show(true);
    setActive(0);
  }
  function run() {
    var q = input.value.trim(), mine = ++seq;
    if (!q) { show(false); return Promise.resolve(); }
    return Promise.all([core(), index()]).then(function (loaded) {
      return loaded[1].search(q, { limit: 8 }).then(function (results) {
        if (mine === seq) render(q, results, loaded[0]);
      });
    }).catch(function () {
      if (mine !== seq) return;
      list.innerHTML = '';
      options = [];
      option('Search could not load here: open the search page', root + 'search/' + page + '?q=' + encodeURIComponent(q));
      shown = q;
      show(true);
    });
  }
  function go(i) {
    if (options[i]) location.href = options[i].getAttribute('data-href');
  }

  input.addEventListener('focus', function () {
    index();
    if (input.value.trim() && options.length) show(true);
  });
  input.addEventListener('input', function () {
    index();
    clearTimeout(timer);
    timer = setTimeout(run, 40);
  });
  input.addEventListener('blur', function () { show(false); });
  input.addEventListener('keydown', function (e) {
    var open = !list.hidden, n = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      if (!open) { show(true); setActive(0); return; }
      var step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n);
    } else if (e.key === 'Enter') {
      var q = input.value.trim();
      if (open && active >= 0 && shown === q) { e.preventDefault(); go(active); return; }
      if (!open || !q || shown === q) return;
      // the list shows an earlier query and the results of what was typed last are on their way: Enter acts on those
      e.preventDefault();
      clearTimeout(timer);
      run().then(function () { if (shown === q && active >= 0) go(active); });
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (open) show(false);
      else { input.value = ''; options = []; list.textContent = ''; }
    }
  });
  list.addEventListener('mousedown', function (e) { e.preventDefault(); }); // keep the focus in the box
  list.addEventListener('click', function (e) {
    var li = e.target.closest('[role=option]');
    if (li) go(options.indexOf(li));
  });
  list.addEventListener('mousemove', function (e) {
    var li = e.target.closest('[role=option]');
    if (li && options.indexOf(li) !== active) setActive(options.indexOf(li));
  });

  focusOnKeys(input);
})();
