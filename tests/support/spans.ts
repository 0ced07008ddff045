import type { Analysis, Quote, Span } from '../../src/core/types';

/** Test helpers that read engine output back as text. */
export function textOf(text: string, span: Span | null): string | null {
  return span ? text.slice(span.start, span.end) : null;
}

export function contentOf(text: string, quote: Quote): string {
  return quote.content.map((s) => text.slice(s.start, s.end)).join(' | ');
}

export function quoteTable(text: string, analysis: Analysis) {
  const names = new Map(analysis.sources.map((s) => [s.id, s]));
  return analysis.quotes.map((q) => ({
    kind: q.kind,
    content: contentOf(text, q),
    cue: textOf(text, q.cue),
    speaker: textOf(text, q.speaker),
    source: q.source ? (names.get(q.source)?.name ?? null) : null,
    type: q.source ? (names.get(q.source)?.type ?? null) : null,
  }));
}
