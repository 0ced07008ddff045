import type { QuoteKind, Span } from '../types';

/** An attribution before sources are resolved. */
export interface RawQuote {
  kind: QuoteKind;
  content: Span[];
  cue: Span | null;
  speaker: Span | null;
  confidence: number;
  /** True when the speaker was taken from context (an earlier quote), not stated next to this one. */
  inherited?: boolean;
  /** A description after the speaker's name ("director of the Institute"), used as the source's title. */
  appositive?: Span;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Shrinks a span past surrounding whitespace and the given characters. */
export function trimSpan(text: string, span: Span, chars = /[\s,;:—–-]/): Span {
  let { start, end } = span;
  while (start < end && chars.test(text[start] ?? '')) start++;
  while (end > start && chars.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `inner` lies wholly inside `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
