// Lectern default theme: small enhancements over pages that work without them. Hooks are data-* attributes.
(function () {
  'use strict';
  var doc = document, root = doc.documentElement, KEY = 'lectern-scheme';

  // --- Scheme toggle: three modes, the system's (no stored choice), light and dark. base.peb applies a stored choice
  // before the first paint; without one the stylesheet follows prefers-color-scheme. From the system's mode a press
  // goes to the scheme the system does not show, so every press but the one back to the system changes the page.
  var toggle = doc.querySelector('[data-scheme-toggle]');
  var systemDark = window.matchMedia && matchMedia('(prefers-color-scheme: dark)');
  function schemeMode() { var s = root.dataset.scheme; return s === 'light' || s === 'dark' ? s : 'system'; }
  function nextSchemeMode(mode) {
    var shown = systemDark && systemDark.matches ? 'dark' : 'light', other = shown === 'dark' ? 'light' : 'dark';
    return mode === 'system' ? other : mode === other ? shown : 'system';
  }
  function applySchemeMode(mode, store) {
    if (mode === 'system') delete root.dataset.scheme; else root.dataset.scheme = mode;
    if (store) {
      try { if (mode === 'system') localStorage.removeItem(KEY); else localStorage.setItem(KEY, mode); } catch (e) { /* private mode: the choice lasts for this page */ }
    }
    if (!toggle) return;
    toggle.dataset.schemeMode = mode;
    toggle.setAttribute('aria-label', 'Colour scheme: ' + mode);
    toggle.title = 'Colour scheme: ' + mode + ' (press for ' + nextSchemeMode(mode) + ')';
  }
  if (toggle) {
    toggle.hidden = false;
    applySchemeMode(schemeMode(), false);
    toggle.addEventListener('click', function () { applySchemeMode(nextSchemeMode(schemeMode()), true); });
    // the title names the next mode, which depends on the system's scheme
    if (systemDark && systemDark.addEventListener) systemDark.addEventListener('change', function () { applySchemeMode(schemeMode(), false); });
    // a choice made in another tab applies here too
    window.addEventListener('storage', function (e) { if (e.key === KEY || e.key === null) applySchemeMode(e.newValue === 'light' || e.newValue === 'dark' ? e.newValue : 'system', false); });
  }

  // --- Menu: on small screens the sidebar is a drawer. Without a script the link opens it through :target.
  var menu = doc.querySelector('[data-menu]'), body = doc.body;
  function setMenu(open) {
    body.classList.toggle('nav-open', open);
    if (menu) menu.setAttribute('aria-expanded', String(open));
    if (open) {
      var first = doc.querySelector('.sidebar [aria-current=page]') || doc.querySelector('.sidebar a');
      if (first) first.focus();
    }
  }
  if (menu) {
    menu.setAttribute('role', 'button');
    menu.setAttribute('aria-controls', 'site-nav');
    menu.setAttribute('aria-expanded', 'false');
    menu.addEventListener('click', function (e) { e.preventDefault(); setMenu(!body.classList.contains('nav-open')); });
    var close = doc.querySelector('[data-menu-close]');
    if (close) close.addEventListener('click', function (e) { e.preventDefault(); setMenu(false); menu.focus(); });
    doc.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && body.classList.contains('nav-open')) { setMenu(false); menu.focus(); }
    });
    doc.addEventListener('click', function (e) {
      if (body.classList.contains('nav-open') && !e.target.closest('.sidebar') && !e.target.closest('[data-menu]')) setMenu(false);
    });
  }

  // --- Sidebar: bring the current page's link into view inside the sidebar, not the page.
  var sidebar = doc.querySelector('[data-sidebar]'), current = sidebar && sidebar.querySelector('[aria-current=page]');
  if (current && sidebar.scrollHeight > sidebar.clientHeight) {
    sidebar.scrollTop = current.offsetTop - sidebar.clientHeight / 3;
  }

  // --- Code blocks: a copy button each.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    body.appendChild(area);
    area.select();
    var ok = doc.execCommand('copy');
    area.remove();
    return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }
  doc.querySelectorAll('.code-block').forEach(function (block) {
    var code = block.querySelector('code');
    if (!code) return;
    var button = doc.createElement('button');
    button.type = 'button';
    button.className = 'code-block__copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy code');
    button.addEventListener('click', function () {
      copyText(code.textContent).then(function () { button.textContent = 'Copied'; }, function () { button.textContent = 'Press Ctrl+C'; });
      setTimeout(function () { button.textContent = 'Copy'; }, 1600);
    });
    (block.querySelector('.code-block__bar') || block).appendChild(button);
  });

  // --- Guide pages: expand or collapse every answer at once.
  var expand = doc.querySelector('[data-expand-all]');
  if (expand) {
    var answers = doc.querySelectorAll('details.question__answer');
    var label = function () {
      var allOpen = Array.prototype.every.call(answers, function (d) { return d.open; });
      expand.textContent = allOpen ? 'Collapse all answers' : 'Expand all answers';
      return allOpen;
    };
    expand.hidden = false;
    label();
    expand.addEventListener('click', function () {
      var open = !label();
      answers.forEach(function (d) { d.open = open; });
      label();
    });
    doc.addEventListener('toggle', function (e) { if (e.target.matches && e.target.matches('.question__answer')) label(); }, true);
  }

  // --- A link to something inside a folded answer unfolds it (and a question's anchor unfolds its answer).
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && doc.getElementById(id);
    if (!target) return;
    var answer = target.matches('.question') && target.querySelector('.question__answer');
    if (answer) answer.open = true;
    for (var d = target.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
  }
  reveal();
  window.addEventListener('hashchange', reveal);

  // --- Contents (partials/toc): unfolded beside the text; the entry being read is marked and kept in view in the
  // contents' own scroll, never the page's. Work is done once a frame while the page scrolls, and costs a few
  // measurements whatever the length of the page.
  function contents() {
    var toc = doc.querySelector('[data-toc]'), wide = window.matchMedia && matchMedia('(min-width: 80rem)');
    if (!toc) return;
    var fold = toc.querySelector('details'), unfold = function () { if (fold && wide.matches) fold.open = true; };
    if (wide) { unfold(); wide.addEventListener && wide.addEventListener('change', unfold); }
    var links = {}, targets = [], current, queued = false;
    toc.querySelectorAll('a').forEach(function (a) {
      var t = doc.getElementById(decodeURIComponent(a.hash.slice(1)));
      if (t && !links[t.id]) { links[t.id] = a; targets.push(t); }
    });
    if (!targets.length) return;
    // a reading line a quarter down the window: what has crossed it is being read. Over the page's last screen the
    // line slides down to the window's bottom, so that the last entries, which never reach a quarter down, are marked
    // in turn as the reader scrolls to the end
    function readingLine() {
      var h = window.innerHeight, end = doc.documentElement.scrollHeight - h, span = Math.min(0.75 * h, end);
      var left = end - window.scrollY;
      return left >= span ? 0.25 * h : h - 0.75 * h * left / span;
    }
    function mark(link) {
      if (link === current) return;
      if (current) current.removeAttribute('aria-current');
      current = link;
      if (!link) return;
      link.setAttribute('aria-current', 'location');
      var offset = link.getBoundingClientRect().top - toc.getBoundingClientRect().top;
      if (toc.scrollHeight > toc.clientHeight + 1 && (offset < 0 || offset > toc.clientHeight - 30)) toc.scrollTop += offset - toc.clientHeight / 3;
    }
    // an entry inside something folded or hidden (a closed details, a tab not chosen) is where that thing is
    function top(t) {
      while (t.parentElement && !t.getClientRects().length) t = t.parentElement;
      return t.getBoundingClientRect().top;
    }
    function update() {
      queued = false;
      // the targets are in reading order (a section before its questions), so their tops only grow: the last one
      // above the line, found by halving, is the question (or section) being read
      var line = readingLine(), lo = 0, hi = targets.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (top(targets[mid]) <= line) lo = mid + 1; else hi = mid;
      }
      mark(lo > 0 ? links[targets[lo - 1].id] : null);
    }
    function queue() { if (!queued) { queued = true; requestAnimationFrame(update); } }
    update();
    window.addEventListener('scroll', queue, { passive: true });
    window.addEventListener('resize', queue);
    doc.addEventListener('toggle', queue, true); // an answer opened or closed moves every entry after it
  }
  contents();

  // --- Back to top: shown a screen down the page, and while focused (a keyboard reader who used it stays there).
  function backToTop() {
    var link = doc.querySelector('[data-to-top]');
    if (!link) return;
    var queued = false;
    // an entry inside something folded or hidden (a closed details, a tab not chosen) is where that thing is
    function top(t) {
      while (t.parentElement && !t.getClientRects().length) t = t.parentElement;
      return t.getBoundingClientRect().top;
    }
    function update() {
      queued = false;
      link.hidden = window.scrollY < window.innerHeight && doc.activeElement !== link;
    }
    function queue() { if (!queued) { queued = true; requestAnimationFrame(update); } }
    update();
    window.addEventListener('scroll', queue, { passive: true });
    window.addEventListener('resize', queue);
    link.addEventListener('blur', queue);
  }
  backToTop();

  // --- Printing shows every answer; the page is left as it was afterwards.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(doc.querySelectorAll('details:not([open])'), function (d) { return !d.closest('.sidebar'); });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); closed = []; });
})();
