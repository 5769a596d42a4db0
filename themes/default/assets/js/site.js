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

  // --- Back to top: shown a screen down the page, and while focused (a keyboard reader who used it stays there).
  function backToTop() {
    var link = doc.querySelector('[data-to-top]');
    if (!link) return;
    var queued = false;
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
