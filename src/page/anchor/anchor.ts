import type { Span } from '../../core/types';
import { collapseWhitespace, normalizeText, positionOf, type TextIndex } from './text-index';

/** A span of the analysed text described by its own words and a little context either side. */
export interface TextQuote {
  exact: string;
  /**
   * The context before and after, whitespace collapsed. The side that touches `exact` keeps its one space
   * (if there was whitespace there), so `prefix + exact + suffix` is the passage as the page index spells it.
   */
  prefix: string;
  suffix: string;
  /** Where the span sits in the analysed text, 0..1: breaks ties between equal candidates. */
  position: number;
}

const CONTEXT = 32;
/**
 * When the context does not match (the page differs from the extracted text there), at most this many
 * occurrences of the words alone are scored. A short mention ("he") occurs thousands of times in a long
 * page, and scoring every one for every mention made anchoring quadratic.
 */
const MAX_CANDIDATES = 1000;

export function textQuoteOf(text: string, span: Span): TextQuote {
  const raw = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - CONTEXT), span.start);
  const after = text.slice(span.end, span.end + CONTEXT);
  const spaceBefore = /\s$/.test(before) || /^\s/.test(raw);
  const spaceAfter = /\s$/.test(raw) || /^\s/.test(after);
  return {
    exact: normalizeText(raw),
    prefix: collapseWhitespace(before).trim() + (spaceBefore ? ' ' : ''),
    suffix: (spaceAfter ? ' ' : '') + collapseWhitespace(after).trim(),
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

/** The occurrence of `needle` nearest to `near`: one search forward and one backward from there. */
function nearestOccurrence(haystack: string, needle: string, near: number): number {
  const from = Math.max(0, Math.min(haystack.length, near));
  const after = haystack.indexOf(needle, from);
  const before = from > 0 ? haystack.lastIndexOf(needle, from - 1) : -1;
  if (after < 0) return before;
  if (before < 0) return after;
  return after - from <= from - before ? after : before;
}

/** Start offset in `index.text` of the best match for the quote, or -1. */
export function matchQuote(index: TextIndex, quote: TextQuote): number {
  const { exact } = quote;
  if (!exact) return -1;
  const hint = Math.round(quote.position * index.text.length);
  // Fast path: the words with their context, found near where they sit in the analysed text.
  const withContext = quote.prefix + exact + quote.suffix;
  const found = nearestOccurrence(index.text, withContext, hint - quote.prefix.length);
  if (found >= 0) return found + quote.prefix.length;
  // The page differs around the span: score occurrences of the words alone by how much context matches.
  const prefix = quote.prefix.trimEnd();
  const suffix = quote.suffix.trimStart();
  let best = -1;
  let bestScore = -Infinity;
  let seen = 0;
  for (let at = index.text.indexOf(exact); at >= 0 && seen < MAX_CANDIDATES; at = index.text.indexOf(exact, at + 1)) {
    seen++;
    const before = index.text.slice(Math.max(0, at - prefix.length - 1), at).trimEnd();
    const after = index.text.slice(at + exact.length, at + exact.length + suffix.length + 1).trimStart();
    const positionPenalty = Math.abs(at / Math.max(1, index.text.length) - quote.position);
    const score = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix) - positionPenalty;
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
  const first = positionOf(index, start);
  const last = positionOf(index, end - 1);
  if (!first || !last) return null;
  try {
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, Math.min(first.offset, first.node.length));
    range.setEnd(last.node, Math.min(last.offset + 1, last.node.length));
    return range;
  } catch {
    // The page changed the node since the index was built (a page that rewrites itself): no highlight.
    return null;
  }
}

export function anchor(index: TextIndex, quote: TextQuote): Range | null {
  const at = matchQuote(index, quote);
  return at < 0 ? null : rangeOf(index, at, at + quote.exact.length);
}
