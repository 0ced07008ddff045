import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTRACT_COUNTS,
  DEV_CHECKS,
  DEV_SETS,
  metric,
  ROOT,
  SHARED,
  scoreDevSet,
  sharedAvailable,
} from '../../../scripts/eval/dev-sets';

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
  for (const check of DEV_CHECKS.filter((c) => c.regression !== false)) {
    it(`${check.name}: does not regress`, { timeout: 300_000 }, () => {
      const scores = check.run(SHARED);
      for (const path of check.metrics) {
        const floor = baseline[check.name]?.[path];
        if (floor === undefined) continue;
        expect(metric(scores, path), `${check.name} ${path}`).toBeGreaterThanOrEqual(floor - TOLERANCE);
      }
    });
  }
});
