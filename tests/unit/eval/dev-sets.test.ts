import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anonymousSnippetRecall } from '../../../scripts/eval/anon-snippets';
import { CONTRACT_COUNTS, DEV_SETS, metric, ROOT, scoreDevSet, sharedAvailable } from '../../../scripts/eval/dev-sets';

/**
 * The batch CLI against every dev set with the official scorer: the contract holds (no malformed lines,
 * missing ids or invalid documents) and no number drops below the last recorded one
 * (tests/eval-baseline.json, written by `npm run eval -- --record`).
 */
const baseline = JSON.parse(readFileSync(join(ROOT, 'tests/eval-baseline.json'), 'utf8')) as Record<
  string,
  Record<string, number>
>;
const TOLERANCE = 0.002; // rounding in the recorded numbers

if (!sharedAvailable())
  console.warn('[dev-sets] ../shared/data or its scorer is absent: dev-set regression tests skipped');

describe.skipIf(!sharedAvailable())('dev sets with the official scorer', () => {
  for (const set of DEV_SETS) {
    it(`${set.name}: contract holds and scores do not regress`, { timeout: 300_000 }, () => {
      const scores = scoreDevSet(set);
      for (const key of CONTRACT_COUNTS) expect(scores[key], key).toBe(0);
      for (const path of set.metrics) {
        const floor = baseline[set.name]?.[path];
        if (floor === undefined) continue;
        expect(metric(scores, path), `${set.name} ${path}`).toBeGreaterThanOrEqual(floor - TOLERANCE);
      }
    });
  }

  it('anonymous sources in the tracker sentences: recall does not regress', () => {
    const result = anonymousSnippetRecall();
    const floor = baseline['anon-snippets']?.recall;
    expect(result).not.toBeNull();
    if (floor !== undefined) expect(result?.recall).toBeGreaterThanOrEqual(floor - TOLERANCE);
  });
});
