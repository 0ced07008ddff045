import { findQuotedPassages, type QuotedPassage } from './quote-marks';
import { type Paragraph, type Sentence, splitParagraphs, splitSentences } from './segment';
import { type Token, tokenize } from './tokens';

/** The text plus the structure every extractor needs, computed once per analysis. */
export interface TextDoc {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  passages: QuotedPassage[];
  tokens: Token[];
}

export function buildTextDoc(text: string): TextDoc {
  const paragraphs = splitParagraphs(text);
  return {
    text,
    paragraphs,
    sentences: splitSentences(text, paragraphs),
    passages: findQuotedPassages(text, paragraphs),
    tokens: tokenize(text),
  };
}

/** Index of the item (sorted, non-overlapping spans) that contains `pos`, or -1. */
export function indexAt(items: ReadonlyArray<{ start: number; end: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (!item) break;
    if (pos < item.start) hi = mid - 1;
    else if (pos >= item.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** First index of a sorted span list whose start is at or after `pos`. */
export function lowerBound(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The document's tokens that lie inside [start, end). */
export function tokensIn(doc: TextDoc, start: number, end: number): Token[] {
  const from = lowerBound(doc.tokens, start);
  let to = from;
  while (to < doc.tokens.length && (doc.tokens[to]?.end ?? 0) <= end) to++;
  return doc.tokens.slice(from, to);
}

/** The sentence containing `pos` (or the nearest before it). */
export function sentenceAt(doc: TextDoc, pos: number): Sentence | undefined {
  const i = indexAt(doc.sentences, pos);
  if (i >= 0) return doc.sentences[i];
  const before = lowerBound(doc.sentences, pos + 1) - 1;
  return doc.sentences[Math.max(0, before)];
}

export function paragraphAt(doc: TextDoc, pos: number): Paragraph | undefined {
  const i = indexAt(doc.paragraphs, pos);
  return i >= 0 ? doc.paragraphs[i] : undefined;
}
