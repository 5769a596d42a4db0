// The preview's reload script (serve/reload.js), run in a context of its own with a scripted server: each request the
// script makes takes the next answer of a list (a text, or "down" for a server that does not answer), and timers fire
// at once. It reloads the page only when the server answers right then, so a server that stops just after saying the
// site changed leaves no browser error page behind; it asks again after an error.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const SOURCE = fs.readFileSync(path.join(__dirname, '../../main/resources/dev/lectern/serve/reload.js'), 'utf8');

/**
 * Runs the script on a page served at version "1" of run "e1"; resolves to the requests it made, in order, once it
 * reloads the page or makes a request with no answer left.
 */
function run(answers) {
  const log = [];
  return new Promise((resolve) => {
    const next = (url) => {
      const answer = answers.shift();
      log.push(url);
      if (answer === undefined) {
        resolve(log);
        return new Promise(() => {}); // a long poll that has not returned yet
      }
      if (answer === 'down') return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(answer) });
    };
    const attributes = { 'data-version': '1', 'data-epoch': 'e1' };
    vm.runInNewContext(SOURCE, {
      document: { currentScript: { getAttribute: (name) => attributes[name] ?? null } },
      location: { pathname: '/guide/index.html', reload: () => { log.push('RELOAD'); resolve(log); } },
      fetch: next,
      setTimeout: (fn) => Promise.resolve().then(fn),
      encodeURIComponent,
    });
  });
}

const POLL = '/__lectern/version?since=1&epoch=e1&page=%2Fguide%2Findex.html';
const NOW = '/__lectern/version';

test('the same version asks again; a new one reloads once the server answers at once', async () => {
  assert.deepEqual(await run(['1', '2', '2']), [POLL, POLL, NOW, 'RELOAD']);
});

test('a server gone right after it said the site changed is waited for, and the page reloads when it is back', async () => {
  // the new version, then no answer to the check (the server stopped), then none to the poll, then a new run of the
  // server ("reload": the page came from another run), which answers the check
  assert.deepEqual(await run(['2', 'down', 'down', 'reload', '0']), [POLL, NOW, POLL, POLL, NOW, 'RELOAD']);
});

test('a server that does not answer is asked again, and nothing reloads meanwhile', async () => {
  const log = await run(['down', 'down', 'down']);
  assert.deepEqual(log, [POLL, POLL, POLL, POLL]);
});
