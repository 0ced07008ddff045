import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import type { Analysis, Span } from '../../../src/core/types';

/**
 * Fuzzing the engine with text built to trip it: unbalanced and nested quote marks of every kind, cues
 * without speakers and speakers without cues, name-like capital runs, date-like number soup, separators,
 * invisible and control characters, right-to-left text, emoji and combining marks, and junk publication
 * dates. For all of it: analyze never throws, returns the same facts for the same input, keeps every span
 * inside the text and non-empty where it marks words, and refers only to sources it returns. (Speed on
 * adversarial input is measured by `npm run bench`, bench/adversarial.ts.)
 */

const QUOTES = ['"', '“', '”', '„', '‘', '’', "'", '«', '»', '‹', '›', '「', '」', '``', "''", '"""', '“““', '”””'];
const CUES = ['said', 'says', 'told', 'added', 'according to', 'asked', 'wrote', 'tweeted', 'insisted', 'said:', ':'];
const WHO = ['he', 'she', 'they', 'it', 'who', 'the official', 'a spokesperson', 'Smith', 'Mr.', 'Dr.', 'Jane Doe'];
const CAPITALS = ['The', 'New', 'York', 'Times', 'White', 'House', 'Senate', 'Judge', 'Maria', 'O’Brien', 'McDonald'];
const UNNAMED = ['officials', 'people familiar with the matter', 'a source', 'critics', 'one resident', 'sources said'];
const DATES = [
  'Monday',
  'last week',
  'May',
  '2019',
  '12/31',
  '3:30 p.m.',
  'Q3',
  'FY2023',
  'the 1990s',
  'next year',
  '1 2 3',
];
const SEPARATORS = ['.', ',', ';', '—', '–', '-', '(', ')', '[', ']', '…', '?', '!', '\n', '\n\n', '\t', '  ', '\r\n'];
const ODD = [
  '\u200b',
  '\u200d',
  '\u200e',
  '\u202e',
  '\ufeff',
  '\u00a0',
  '\u2009',
  '\u0000',
  '\u0007',
  '\u001b',
  '\ud800',
  '\udfff',
  '😀',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  'שלום',
  'مرحبا',
  '𝔘𝔫𝔦',
  // Names of Object.prototype members: a word list kept in a plain object would find these.
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 2, arbitrary: fc.constantFrom(...CUES) },
  { weight: 2, arbitrary: fc.constantFrom(...WHO) },
  { weight: 2, arbitrary: fc.constantFrom(...CAPITALS) },
  { weight: 1, arbitrary: fc.constantFrom(...UNNAMED) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** Pieces joined with and without spaces, so marks stick to words as they do in real text. */
const adversarialText = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', '', ' ', '\n')), { maxLength: 120 })
  .map((parts) => parts.map(([p, gap]) => p + gap).join(''));

/** A few runs of one piece repeated: the shapes that make backtracking regexes and nested loops explode. */
const repetitive = fc
  .array(fc.tuple(piece, fc.integer({ min: 1, max: 300 })), { minLength: 1, maxLength: 4 })
  .map((runs) => runs.map(([p, n]) => `${p} `.repeat(n)).join(''));

const published = fc.oneof(
  fc.constant(null),
  fc.constantFrom('2020-02-29', '1999-12-31T23:59:59Z', '0000-00-00', '2024-13-45', 'yesterday', '', '20200101'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
);

function spansOf(a: Analysis): Array<{ what: string; span: Span; words: boolean }> {
  return [
    ...a.quotes.flatMap((q) => [
      ...q.content.map((span) => ({ what: `${q.id} content`, span, words: true })),
      ...(q.cue ? [{ what: `${q.id} cue`, span: q.cue, words: true }] : []),
      ...(q.speaker ? [{ what: `${q.id} speaker`, span: q.speaker, words: true }] : []),
    ]),
    ...a.sources.flatMap((s) => s.mentions.map((span) => ({ what: `${s.id} mention`, span, words: true }))),
    ...a.dates.map((d) => ({ what: `date ${d.value}`, span: d as Span, words: true })),
    ...a.unnamed.sources.flatMap((u) =>
      u.evidence.map((span) => ({ what: `${u.sourceId} evidence`, span, words: true })),
    ),
    ...a.noComment.flatMap((n) => [
      { what: 'no-comment sentence', span: n.sentence, words: true },
      ...(n.who ? [{ what: 'no-comment who', span: n.who, words: true }] : []),
    ]),
    ...a.secondhand.flatMap((r) => r.mentions.map((span) => ({ what: `${r.outlet} mention`, span, words: true }))),
  ];
}

function checkAnalysis(text: string, when: string | null): void {
  const a = analyze(text, { published: when, title: text.slice(0, 40) });
  for (const { what, span, words } of spansOf(a)) {
    expect(Number.isSafeInteger(span.start) && Number.isSafeInteger(span.end), what).toBe(true);
    expect(span.start, what).toBeGreaterThanOrEqual(0);
    expect(span.end, what).toBeLessThanOrEqual(text.length);
    if (words) expect(span.end, what).toBeGreaterThan(span.start);
  }
  const ids = new Set(a.sources.map((s) => s.id));
  expect(ids.size).toBe(a.sources.length);
  for (const q of a.quotes) {
    if (q.source !== null) expect(ids.has(q.source), q.id).toBe(true);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
  }
  for (const u of a.unnamed.sources) expect(ids.has(u.sourceId)).toBe(true);
  for (const r of a.secondhand) expect(ids.has(r.sourceId)).toBe(true);
  expect(a.unnamed.count).toBe(a.unnamed.sources.length);
  for (const d of a.dates) expect(typeof d.value === 'string' && d.value.length > 0).toBe(true);
  // Deterministic: the same input gives the same facts.
  expect(analyze(text, { published: when, title: text.slice(0, 40) })).toEqual(a);
}

describe('engine fuzzing', () => {
  it('survives adversarial news-shaped text', () => {
    fc.assert(
      fc.property(adversarialText, published, (text, when) => checkAnalysis(text, when)),
      { numRuns: 600 },
    );
  });

  it('survives long runs of one piece (quote marks, cues, capitals, numbers)', () => {
    fc.assert(
      fc.property(repetitive, published, (text, when) => checkAnalysis(text, when)),
      { numRuns: 200 },
    );
  });

  it('survives text cut at any point, including inside a surrogate pair or a quotation', () => {
    const story =
      '“We will rebuild the pier by June 2,” said Amira Haddad 😀, the deputy chair. A city engineer who spoke on ' +
      'condition of anonymity said the pilings had shifted. “It is «not» ready,” Yosef Ben-David said on Tuesday.';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: story.length }), fc.integer({ min: 0, max: story.length }), (a, b) =>
        checkAnalysis(story.slice(Math.min(a, b), Math.max(a, b)), '2025-03-18'),
      ),
      { numRuns: 300 },
    );
  });

  it('survives empty and whitespace-only text and one-character texts of every odd kind', () => {
    for (const text of ['', ' ', '\n\n\n', '\t', ...QUOTES, ...ODD, ...SEPARATORS]) checkAnalysis(text, null);
  });

  it('gives no empty content fragment when a quote mark ends one paragraph and the next continues it', () => {
    // Found by the fuzzer: the empty tail of the first paragraph was kept as a fragment [14, 14).
    const text = 'sources said “\n“ The ';
    const a = analyze(text);
    expect(a.quotes.flatMap((q) => q.content)).toEqual([{ start: 16, end: 20 }]);
    checkAnalysis(text, null);
  });
});
