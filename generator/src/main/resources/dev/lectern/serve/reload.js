// Lectern's preview: reloads the page as soon as the server has a newer version of the site.
// The server appends this script to every page it serves, with the site's version at that moment and the run of the
// server it came from. The request waits at the server until the version moves (a long poll, answered within 25 s
// anyway) and names this page, which the server then renders first after an edit. After an error (the server stopped
// or is restarting) it asks again, less and less often; a server started since answers "reload". It reloads only
// once the server answers at once: a server that stopped just after its answer would leave the browser's own error
// page, which has no script to come back with.
(function () {
  var script = document.currentScript;
  var served = script && script.getAttribute('data-version');
  var epoch = script && script.getAttribute('data-epoch');
  if (served === null) return;
  var query = '?since=' + encodeURIComponent(served) + '&epoch=' + encodeURIComponent(epoch || '') +
    '&page=' + encodeURIComponent(location.pathname);
  var delay = 250;
  function ask(path) {
    return fetch(path, { cache: 'no-store' }).then(function (r) {
      if (!r.ok) throw new Error('status ' + r.status);
      return r.text();
    });
  }
  function again() {
    setTimeout(wait, delay);
    delay = Math.min(delay * 2, 5000);
  }
  function wait() {
    ask('/__lectern/version' + query)
      .then(function (now) {
        delay = 250;
        if (now.trim() === served) return wait();
        // without "since" the server answers at once
        return ask('/__lectern/version').then(function () { location.reload(); });
      })
      .catch(again);
  }
  wait();
})();
