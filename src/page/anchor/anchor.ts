import type { Span } from '../../core/types';
import { normalizeText, type TextIndex } from './text-index';

/** A span of the analysed text described by its own words and a little context either side. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the span sits in the analysed text, 0..1: breaks ties between equal candidates. */
  position: number;
}

const CONTEXT = 32;

export function textQuoteOf(text: string, span: Span): TextQuote {
  return {
    exact: normalizeText(text.slice(span.start, span.end)),
    prefix: normalizeText(text.slice(Math.max(0, span.start - CONTEXT), span.start)),
    suffix: normalizeText(text.slice(span.end, span.end + CONTEXT)),
    position: text.length > 0 ? span.start / text.length : 0,
  };
}

/** Number of equal characters at the end of a and b (a's end aligned with b's end). */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Start offset in `index.text` of the best match for the quote, or -1. */
export function matchQuote(index: TextIndex, quote: TextQuote): number {
  const { exact } = quote;
  if (!exact) return -1;
  let best = -1;
  let bestScore = -Infinity;
  for (let at = index.text.indexOf(exact); at >= 0; at = index.text.indexOf(exact, at + 1)) {
    const before = index.text.slice(Math.max(0, at - quote.prefix.length - 1), at).trimEnd();
    const after = index.text.slice(at + exact.length, at + exact.length + quote.suffix.length + 1).trimStart();
    const positionPenalty = Math.abs(at / Math.max(1, index.text.length) - quote.position);
    const score = commonSuffixLength(before, quote.prefix) + commonPrefixLength(after, quote.suffix) - positionPenalty;
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

/** A live DOM Range for index.text[start, end). */
export function rangeOf(index: TextIndex, start: number, end: number): Range | null {
  if (start < 0 || end <= start || end > index.text.length) return null;
  const startNode = index.nodes[index.nodeOf[start] ?? -1];
  const lastNode = index.nodes[index.nodeOf[end - 1] ?? -1];
  if (!startNode || !lastNode) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, index.offsetOf[start] ?? 0);
  range.setEnd(lastNode, (index.offsetOf[end - 1] ?? 0) + 1);
  return range;
}

export function anchor(index: TextIndex, quote: TextQuote): Range | null {
  const at = matchQuote(index, quote);
  return at < 0 ? null : rangeOf(index, at, at + quote.exact.length);
}
