// Lectern default theme: small enhancements over pages that work without them. Hooks are data-* attributes.
(function () {
  'use strict';
  var doc = document, root = doc.documentElement, KEY = 'lectern-scheme';

  // --- Scheme toggle: the reader's choice wins over the system setting and is remembered (base.peb applies it
  // before the first paint). The button is a toggle: pressed means dark.
  var toggle = doc.querySelector('[data-scheme-toggle]');
  var systemDark = window.matchMedia && matchMedia('(prefers-color-scheme: dark)');
  function isDark() {
    return root.dataset.scheme ? root.dataset.scheme === 'dark' : !!(systemDark && systemDark.matches);
  }
  function showScheme() { if (toggle) toggle.setAttribute('aria-pressed', String(isDark())); }
  if (toggle) {
    toggle.hidden = false;
    showScheme();
    toggle.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      root.dataset.scheme = next;
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: the choice lasts for this page */ }
      showScheme();
    });
    if (systemDark && systemDark.addEventListener) systemDark.addEventListener('change', showScheme);
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

  // --- Contents: unfolded where they stand beside the text (partials/toc folds a long list on small screens); the
  // entry of the section or question being read is marked (aria-current="location") and kept in view inside the
  // contents' own scroll, never by scrolling the page. An IntersectionObserver, so nothing runs per scroll event.
  function contents() {
    var toc = doc.querySelector('[data-toc]'), fold = toc && toc.querySelector('[data-toc-fold]');
    if (!toc) return;
    var wide = window.matchMedia && matchMedia('(min-width: 80rem)');
    if (fold && wide) {
      if (wide.matches) fold.open = true;
      if (wide.addEventListener) wide.addEventListener('change', function () { if (wide.matches) fold.open = true; });
    }
    if (!('IntersectionObserver' in window)) return;
    var links = {}, targets = [], seen = new Set(), current = null;
    toc.querySelectorAll('a[href^="#"]').forEach(function (a) {
      var t = doc.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
      if (t && !links[t.id]) { links[t.id] = a; targets.push(t); }
    });
    function mark() {
      // the contents list their targets in reading order, a section before its questions: the last one in the band
      // is the most precise place (a question rather than the section around it)
      var last = null;
      for (var i = 0; i < targets.length; i++) if (seen.has(targets[i])) last = targets[i];
      var link = last && links[last.id];
      if (!link || link === current) return; // between targets the last mark stays
      if (current) current.removeAttribute('aria-current');
      link.setAttribute('aria-current', 'location');
      current = link;
      if (toc.scrollHeight > toc.clientHeight + 1) {
        var top = link.getBoundingClientRect().top - toc.getBoundingClientRect().top;
        if (top < 0 || top > toc.clientHeight - link.offsetHeight) toc.scrollTop += top - toc.clientHeight / 3;
      }
    }
    // the band read: below the header, the top third of the window
    var io = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) seen.add(e.target); else seen.delete(e.target); });
      mark();
    }, { rootMargin: '-10% 0px -60% 0px' });
    targets.forEach(function (t) { io.observe(t); });
  }
  contents();

  // --- Printing shows every answer; the page is left as it was afterwards.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(doc.querySelectorAll('details:not([open])'), function (d) { return !d.closest('.sidebar'); });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); closed = []; });
})();
