import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../src/cli/analyze-page';
import { sharedPath } from '../../support/shared-data';

/** The product's reference case: ../shared/data/seed (read from there, never copied here). */
const SEED_HTML = sharedPath('seed/article.html');
const SEED_EXPECTED = sharedPath('seed/expected.json');
const present = existsSync(SEED_HTML) && existsSync(SEED_EXPECTED);
if (!present) console.warn('[seed] ../shared/data/seed is absent: reference-case tests skipped');

interface ExpectedQuote {
  speaker: string;
  source: string;
  sourceType: string;
  cue: string;
  kind: string;
  content: string;
}

describe.skipIf(!present)('seed article', () => {
  const expected = present ? JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')) : null;
  const { detection, article, analysis } = present
    ? analyzeHtml(readFileSync(SEED_HTML, 'utf8'), 'https://example.com/seed')
    : ({} as ReturnType<typeof analyzeHtml>);

  it('is an article with the reference title and update date', () => {
    expect(detection.isArticle).toBe(true);
    expect(article?.title).toBe(expected.title);
    expect(article?.published).toBeNull();
    expect(article?.modified?.slice(0, 10)).toBe(expected.modified);
  });

  it('finds all six attributions with the right speaker, source and type', () => {
    const text = article?.text ?? '';
    const sources = new Map(analysis.sources.map((s) => [s.id, s]));
    for (const q of expected.quotes as ExpectedQuote[]) {
      const trim = (s: string) => s.replace(/^[\s,.“”"]+|[\s,.“”"]+$/g, '');
      const found = analysis.quotes.find(
        (p) => trim(p.content.map((c) => text.slice(c.start, c.end)).join(' ')) === trim(q.content),
      );
      expect(found, q.content.slice(0, 60)).toBeDefined();
      expect(found?.speaker && text.slice(found.speaker.start, found.speaker.end)).toBe(q.speaker);
      const source = found?.source ? sources.get(found.source) : undefined;
      expect(source?.name).toBe(q.source);
      expect(source?.type).toBe(q.sourceType);
    }
  });

  it('counts exactly the two anonymous sources', () => {
    const text = article?.text ?? '';
    expect(analysis.unnamed.anonymous).toBe(2);
    const phrases = analysis.unnamed.sources.flatMap((u) => u.evidence.map((e) => text.slice(e.start, e.end)));
    for (const phrase of expected.unnamedSources.phrases as string[]) expect(phrases).toContain(phrase);
  });

  it('resolves the reference dates', () => {
    const text = article?.text ?? '';
    for (const d of expected.dates as Array<{ text: string; value: string; role?: string }>) {
      if (d.role) continue; // the page's own update line is checked as metadata above
      const found = analysis.dates.find((m) => text.slice(m.start, m.end) === d.text);
      expect(found?.value, d.text).toBe(d.value);
    }
  });
});
