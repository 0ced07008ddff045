import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/cli/dom';
import { extractArticle } from '../../src/page/extract/extract';
import { readabilityCases } from './page-sets';

/**
 * Title and byline of every Readability test page against its expected-metadata.json, with the upstream
 * harness's page URL. Strings are compared after collapsing whitespace and dropping a leading "By" (which
 * Readability keeps in a few bylines and we drop by design); a missing byline matches null.
 */
const PAGE_URL = 'http://fakehost/test/page.html';

interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
}

export interface MetadataMiss {
  dir: string;
  field: 'title' | 'byline';
  expected: string | null;
  got: string | null;
}

/** Whitespace collapsed; a leading "By" dropped, since our bylines leave it out on purpose. */
function norm(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:by|par|von|por)[:\s]+/i, '');
}

function same(a: string | null | undefined, b: string | null | undefined): boolean {
  return norm(a) === norm(b);
}

export function checkReadabilityMetadata(shared: string): { scores: Record<string, unknown>; misses: MetadataMiss[] } {
  const root = join(shared, 'data/pages/readability');
  const misses: MetadataMiss[] = [];
  let titles = 0;
  let bylines = 0;
  let both = 0;
  const cases = readabilityCases(shared);
  for (const c of cases) {
    const expected = JSON.parse(readFileSync(join(root, c.dir, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
    const doc = parseDocument(readFileSync(join(root, c.dir, 'source.html'), 'utf8'));
    const article = extractArticle(doc, PAGE_URL);
    const title = article?.title ?? null;
    const byline = article?.byline ?? null;
    const titleOk = same(title, expected.title);
    const bylineOk = same(byline, expected.byline);
    if (titleOk) titles++;
    else misses.push({ dir: c.dir, field: 'title', expected: expected.title ?? null, got: title });
    if (bylineOk) bylines++;
    else misses.push({ dir: c.dir, field: 'byline', expected: expected.byline ?? null, got: byline });
    if (titleOk && bylineOk) both++;
  }
  const n = Math.max(1, cases.length);
  return {
    scores: { title: { accuracy: titles / n }, byline: { accuracy: bylines / n }, both: { accuracy: both / n }, n },
    misses,
  };
}
