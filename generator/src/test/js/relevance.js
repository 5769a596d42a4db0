// Runs the relevance set (relevance.json) against an opened index: per query, the rank of the first relevant result.
'use strict';
const judgments = require('./relevance.json');

function isRelevant(judgment, result) {
  const title = new RegExp(judgment.relevant || '(?!)', 'i').test(result.title);
  const company = judgment.company && result.companies.includes(judgment.company) &&
    (!judgment.also || new RegExp(judgment.also, 'i').test(result.title));
  return title || Boolean(company);
}

async function run(index) {
  const rows = [];
  for (const j of judgments.queries) {
    const results = await index.search(j.q, { limit: 10 });
    const rank = results.findIndex((r) => isRelevant(j, r)) + 1;
    rows.push({ ...j, rank, count: results.length, top: results.slice(0, 3).map((r) => r.title) });
  }
  return rows;
}

/** Mean reciprocal rank of the first relevant result in the top 10, over the queries that have an answer. */
function mrr(rows) {
  const answered = rows.filter((r) => r.category !== 'none');
  return answered.reduce((s, r) => s + (r.rank > 0 ? 1 / r.rank : 0), 0) / answered.length;
}

module.exports = { run, mrr, judgments };
