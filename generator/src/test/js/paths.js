// Where the Node tests find what Maven built before them (mvn test: the jar and the sites, before the tests).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const target = process.env.LECTERN_TARGET || path.resolve(__dirname, '../../../target');

function need(p, what) {
  if (!fs.existsSync(p)) throw new Error(`${p} is missing: ${what} (run: mvn verify, which builds it before the Node tests)`);
  return p;
}

module.exports = {
  target,
  contentSite: () => need(path.join(target, 'e2e-site'), 'content/ built into generator/target/e2e-site'),
  fixtureSite: () => need(path.join(target, 'search-fixture-site'), 'the search fixture site'),
  parity: (name) => need(path.join(target, 'search-parity', name), 'written by site.SearchClientSuite (ParityDump)'),
  core: (site) => require(need(path.join(site, 'search', 'core.js'), 'the client shipped with the site')),
};
