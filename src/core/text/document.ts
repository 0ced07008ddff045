import { findQuotedPassages, type QuotedPassage } from './quote-marks';
import { type Paragraph, type Sentence, splitParagraphs, splitSentences } from './segment';

/** The text plus the structure every extractor needs, computed once per analysis. */
export interface TextDoc {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  passages: QuotedPassage[];
}

export function buildTextDoc(text: string): TextDoc {
  const paragraphs = splitParagraphs(text);
  return {
    text,
    paragraphs,
    sentences: splitSentences(text, paragraphs),
    passages: findQuotedPassages(text, paragraphs),
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
