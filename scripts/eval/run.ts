import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anonymousSnippetRecall } from './anon-snippets';
import { CONTRACT_COUNTS, DEV_SETS, metric, ROOT, scoreDevSet, sharedAvailable } from './dev-sets';

/**
 * npm run eval [-- --only quotes,dates] [-- --record]
 * Scores every dev set; --record writes the numbers to tests/eval-baseline.json (the regression floor).
 */
const BASELINE = join(ROOT, 'tests/eval-baseline.json');

const args = process.argv.slice(2);
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : null;
const record = args.includes('--record');

if (!sharedAvailable()) {
  console.log('../shared/data or ../shared/eval/score.mjs not found: nothing to evaluate.');
  process.exit(0);
}

const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, Record<string, number>>;
for (const set of DEV_SETS) {
  if (only && !only.includes(set.name)) continue;
  const started = Date.now();
  const scores = scoreDevSet(set);
  const contract = CONTRACT_COUNTS.map((k) => `${k}=${String(scores[k])}`).join(' ');
  console.log(
    `\n== ${set.name} (${typeof set.gold === 'string' ? set.gold : 'our own set'}) in ${((Date.now() - started) / 1000).toFixed(1)} s; ${contract}`,
  );
  const recorded: Record<string, number> = {};
  for (const path of set.metrics) {
    const value = metric(scores, path);
    const before = baseline[set.name]?.[path];
    const delta = value !== null && before !== undefined ? ` (baseline ${(before * 100).toFixed(1)})` : '';
    console.log(`   ${path.padEnd(28)} ${value === null ? '-' : (value * 100).toFixed(1)}${delta}`);
    if (value !== null) recorded[path] = Math.round(value * 1000) / 1000;
  }
  if (record) baseline[set.name] = recorded;
}
if (!only || only.includes('anon-snippets')) {
  const r = anonymousSnippetRecall();
  if (r) {
    console.log(`\n== anon-snippets (Anonymous Source Tracker sentences): ${r.found}/${r.snippets} typed anonymous`);
    console.log(
      `   recall                       ${(r.recall * 100).toFixed(1)}${baseline['anon-snippets']?.recall !== undefined ? ` (baseline ${(baseline['anon-snippets'].recall * 100).toFixed(1)})` : ''}`,
    );
    if (record) baseline['anon-snippets'] = { recall: Math.round(r.recall * 1000) / 1000 };
  }
}
if (record) {
  writeFileSync(BASELINE, `${JSON.stringify(baseline, null, 2)}\n`);
  console.log(`\nRecorded ${BASELINE}`);
}
