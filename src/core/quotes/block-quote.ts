import { lowerBound, sentenceAt, type TextDoc, tokensIn } from '../text/document';
import type { Paragraph } from '../text/segment';
import type { Token } from '../text/tokens';
import { type AttributionClause, attributionBefore } from './attribution';
import { colonSentenceAttribution } from './colon-lead';
import type { RawQuote } from './raw-quote';

/**
 * A paragraph that ends by introducing the next one: "Cruz continued:", "In a speech last July, he said:".
 * The next paragraph is the quotation, with or without quote marks (a block quotation).
 */

/** The attribution that ends a paragraph with a colon, or null. */
export function introductionAtEnd(
  doc: TextDoc,
  paragraph: Paragraph | undefined,
  /** Also a sentence whose subject speaks ("He then listed the qualities …:"), for a quotation in marks. */
  anySpeakingSubject = false,
): AttributionClause | null {
  if (!paragraph) return null;
  const text = doc.text.slice(paragraph.start, paragraph.end).trimEnd();
  if (!text.endsWith(':')) return null;
  const tokens = tokensIn(doc, paragraph.start, paragraph.end);
  const colon = tokens.length - 1;
  if (tokens[colon]?.text !== ':') return null;
  // ("He then listed the qualities a nominee needs:": a sentence whose subject speaks introduces it too.)
  const attribution =
    attributionBefore(tokens, Math.max(0, colon - 12), colon) ??
    (anySpeakingSubject
      ? colonSentenceAttribution(doc, tokens, { from: sentenceStartToken(doc, tokens, colon), to: colon })
      : null);
  return attribution?.subject ? attribution : null;
}

const MIN_BLOCK_WORDS = 8;

/** Block quotations without marks: the paragraph after "X said:" when it carries no quote marks of its own. */
export function findBlockQuotes(doc: TextDoc): RawQuote[] {
  const quotes: RawQuote[] = [];
  for (let k = 1; k < doc.paragraphs.length; k++) {
    const paragraph = doc.paragraphs[k] as Paragraph;
    const text = doc.text.slice(paragraph.start, paragraph.end);
    if (/["“”«»]|''/.test(text) || (text.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_BLOCK_WORDS) continue;
    const attribution = introductionAtEnd(doc, doc.paragraphs[k - 1]);
    if (!attribution?.subject) continue;
    quotes.push({
      kind: 'direct',
      content: [{ start: paragraph.start, end: paragraph.end }],
      cue: { start: attribution.cue.start, end: attribution.cue.end },
      speaker: { start: attribution.subject.start, end: attribution.subject.end },
      confidence: 0.7,
    });
  }
  return quotes;
}

/** The first token of the sentence that contains tokens[i]. */
function sentenceStartToken(doc: TextDoc, tokens: Token[], i: number): number {
  return lowerBound(tokens, sentenceAt(doc, tokens[i]?.start ?? 0)?.start ?? 0);
}
