import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import type { Analysis, Span } from '../../../src/core/types';

/**
 * Properties that must hold for any input: analyze never throws, every span lies inside the text, a quote's
 * fragments do not overlap each other, and every quote's source id exists.
 */

const NEWSY = [
  'said',
  'says',
  'told',
  'according to',
  '"',
  '“',
  '”',
  "''",
  ',',
  '.',
  ':',
  'he',
  'she',
  'the official',
  'Smith',
  'Mr.',
  'that',
  'who',
  '\n\n',
  'on Friday',
  'last week',
  'people familiar with the matter',
  'reporters',
  '—',
  '(',
  ')',
];

const newsLikeText = fc
  .array(
    fc.oneof(fc.constantFrom(...NEWSY), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(' '));

function spansOf(a: Analysis): Span[] {
  return [
    ...a.quotes.flatMap((q) => [...q.content, ...(q.cue ? [q.cue] : []), ...(q.speaker ? [q.speaker] : [])]),
    ...a.sources.flatMap((s) => s.mentions),
    ...a.dates,
    ...a.unnamed.sources.flatMap((u) => u.evidence),
    ...a.noComment.flatMap((n) => [n.sentence, ...(n.who ? [n.who] : [])]),
  ];
}

function checkInvariants(text: string): void {
  const a = analyze(text, { published: '2020-02-29' });
  for (const s of spansOf(a)) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  }
  const ids = new Set(a.sources.map((s) => s.id));
  for (const q of a.quotes) {
    if (q.source !== null) expect(ids.has(q.source)).toBe(true);
    const sorted = [...q.content].sort((x, y) => x.start - y.start);
    for (let i = 1; i < sorted.length; i++)
      expect((sorted[i] as Span).start).toBeGreaterThanOrEqual((sorted[i - 1] as Span).end);
  }
}

describe('engine properties', () => {
  it('never throws and keeps every span in range on news-like text', () => {
    fc.assert(
      fc.property(newsLikeText, (text) => checkInvariants(text)),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary Unicode, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkInvariants(text)),
      { numRuns: 300 },
    );
  });
});
