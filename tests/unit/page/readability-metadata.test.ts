import { describe, expect, it } from 'vitest';
import { checkReadabilityMetadata } from '../../../scripts/eval/readability-metadata';
import { hasSharedData, SHARED, SKIP_REASON } from '../../support/shared-data';

/**
 * Title and byline against Readability's expected-metadata.json for all 130 test pages in
 * ../shared/data/pages/readability (third-party: read there, never copied). Target: 95% each.
 */
if (!hasSharedData) console.warn(`[readability-metadata] ${SKIP_REASON}`);

describe.skipIf(!hasSharedData)('title and byline on the Readability test pages', () => {
  it('match the expected metadata in at least 95% of cases', { timeout: 120_000 }, () => {
    const { scores, misses } = checkReadabilityMetadata(SHARED);
    const title = (scores.title as { accuracy: number }).accuracy;
    const byline = (scores.byline as { accuracy: number }).accuracy;
    const missed = misses.map((m) => `${m.dir} ${m.field}: expected ${m.expected} got ${m.got}`).join('\n');
    expect(title, missed).toBeGreaterThanOrEqual(0.95);
    expect(byline, missed).toBeGreaterThanOrEqual(0.95);
  });
});
