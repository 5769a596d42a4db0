// On a page opened from a search result (…/index.html?h=word+word#anchor): marks the result's words in the main
// content, highlights the anchored row or question, and scrolls to it or to the first mark. Loaded by search-box.js
// only when the address carries ?h=.
(function () {
  'use strict';
  var UI = window.LecternUI, doc = document;
  var words = (new URLSearchParams(location.search).get('h') || '').split(/\s+/).filter(Boolean);
  if (!UI || !words.length) return;
  UI.core().then(function (S) {
    var id = decodeURIComponent(location.hash.slice(1)), target = id ? doc.getElementById(id) : null;
    var main = doc.getElementById('lectern-main') || doc.body, scope = target || main;
    var mark = S.marker(words), nodes = [], first = null;
    var walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) {
        return n.parentNode.closest('script, style, mark, nav, .heading-anchor') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var text = node.data, ranges = mark(text), at = 0;
      if (!ranges.length) return;
      var frag = doc.createDocumentFragment();
      ranges.forEach(function (r) {
        frag.appendChild(doc.createTextNode(text.slice(at, r[0])));
        var m = doc.createElement('mark');
        m.className = 'search-hit';
        m.textContent = text.slice(r[0], r[1]);
        frag.appendChild(m);
        if (!first) first = m;
        at = r[1];
      });
      frag.appendChild(doc.createTextNode(text.slice(at)));
      node.parentNode.replaceChild(frag, node);
    });
    if (target) target.classList.add('is-hit');
    // prefer a mark in the text over one in the title, which is in view already
    var inBody = scope.querySelector('[data-highlight-scope] mark.search-hit');
    var focus = target || inBody || first;
    if (!focus) return;
    for (var d = focus.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
    focus.scrollIntoView({ block: target ? 'start' : 'center' });
  }).catch(function () { /* no marks: the page itself is all there */ });
})();
