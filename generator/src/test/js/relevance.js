// Runs a relevance set against an opened index: per query, the rank of the first relevant result. relevance.json is the
// set search is tuned on; heldout.json was written before issue 12's tuning and is never tuned on (see its "about").
'use strict';
const judgments = require('./relevance.json');
const heldout = require('./heldout.json');

function isRelevant(judgment, result) {
  const title = new RegExp(judgment.relevant || '(?!)', 'i').test(result.title);
  const company = judgment.company && result.companies.includes(judgment.company) &&
    (!judgment.also || new RegExp(judgment.also, 'i').test(result.title));
  return title || Boolean(company);
}

async function run(index, set = judgments) {
  const rows = [];
  for (const j of set.queries) {
    const results = await index.search(j.q, { limit: 10 });
    const rank = results.findIndex((r) => isRelevant(j, r)) + 1;
    // whole: the results that have every word of the query (the others answer all its words but one it lacks)
    const whole = results.filter((r) => !r.missing).length;
    rows.push({ ...j, rank, count: results.length, whole, missing: results.length > whole ? results[0].missing : '', top: results.slice(0, 3).map((r) => r.title) });
  }
  return rows;
}

/** Mean reciprocal rank of the first relevant result in the top 10, over the queries that have an answer. */
function mrr(rows) {
  const answered = rows.filter((r) => r.category !== 'none');
  return answered.reduce((s, r) => s + (r.rank > 0 ? 1 / r.rank : 0), 0) / answered.length;
}

module.exports = { run, mrr, judgments, heldout };
