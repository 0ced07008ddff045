import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONTRACT_COUNTS,
  DEV_CHECKS,
  DEV_SETS,
  metric,
  ROOT,
  type Scores,
  SHARED,
  scoreDevSet,
  sharedAvailable,
} from './dev-sets';

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

function report(name: string, metrics: string[], scores: Scores): void {
  const recorded: Record<string, number> = {};
  for (const path of metrics) {
    const value = metric(scores, path);
    const before = baseline[name]?.[path];
    const delta = value !== null && before !== undefined ? ` (baseline ${(before * 100).toFixed(1)})` : '';
    console.log(`   ${path.padEnd(28)} ${value === null ? '-' : (value * 100).toFixed(1)}${delta}`);
    if (value !== null) recorded[path] = Math.round(value * 1000) / 1000;
  }
  if (record) baseline[name] = recorded;
}

for (const set of DEV_SETS) {
  if (only && !only.includes(set.name)) continue;
  const started = Date.now();
  const scores = scoreDevSet(set);
  const contract = CONTRACT_COUNTS.map((k) => `${k}=${String(scores[k])}`).join(' ');
  const gold = typeof set.gold === 'string' ? set.gold : 'built from data/pages';
  console.log(`\n== ${set.name} (${gold}) in ${((Date.now() - started) / 1000).toFixed(1)} s; ${contract}`);
  report(set.name, set.metrics, scores);
}
for (const check of DEV_CHECKS) {
  if (only && !only.includes(check.name)) continue;
  const started = Date.now();
  const scores = check.run(SHARED);
  console.log(`\n== ${check.name} (${check.describe}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  report(check.name, check.metrics, scores);
}
if (record) {
  writeFileSync(BASELINE, `${JSON.stringify(baseline, null, 2)}\n`);
  console.log(`\nRecorded ${BASELINE}`);
}
