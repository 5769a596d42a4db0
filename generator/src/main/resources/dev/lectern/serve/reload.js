// Lectern's preview: reloads the page once a rebuild has replaced the site it came from.
// The server appends this script to every page it serves, with the site's version at that moment.
(function () {
  var served = document.currentScript && document.currentScript.getAttribute('data-version');
  setInterval(function () {
    fetch('/__lectern/version', { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (now) { if (now !== null && now !== served) location.reload(); })
      .catch(function () { /* the server is restarting or stopped: try again later */ });
  }, 1000);
})();
