import type { TextDoc } from '../../text/document';
import type { Token } from '../../text/tokens';
import { wordSet } from '../../text/word-list';
import type { Cue } from '../cue';
import { phrase } from '../subject';
import { type Candidate, contentWords, isPunct, MIN_CONTENT_WORDS, spanOf } from './candidate';
import { clauseEnd } from './clause-ends';
import { insideQuote } from './quoted-spans';

/**
 * "In a Washington Post-ABC News poll released Sunday, 8 percent of Democrats said …": a survey or report named
 * in an opening "In …," phrase is the source of the clause after the comma.
 */

/**
 * Surveys and studies that head the opening phrase. Narrower than the evidence subjects in speakers.ts: "In a
 * letter to the board, Ruiz said …" names where someone spoke, not a finding of the letter's own.
 */
const POLL_HEADS = wordSet('poll polls survey surveys study studies report analysis audit review census');

/** How far the opening phrase may run before its comma. */
const MAX_LEAD_TOKENS = 14;

/** The comma that ends an opening "In … poll …," phrase at tokens[i] ("In"), or -1. */
export function evidenceLeadComma(tokens: Token[], i: number): number {
  let head = -1;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_LEAD_TOKENS; k++) {
    const t = tokens[k];
    if (!t) break;
    if (isPunct(t, ',')) return head > i + 1 ? k : -1;
    if (isPunct(t, '.;:!?“”"')) return -1;
    // ("In the wake of the report, …", "In response to a poll, …": the phrase is about something else.)
    if (head < 0 && /^(?:of|to|with|after|before|for)$/i.test(t.text)) return -1;
    if (POLL_HEADS.has(t.text.toLowerCase())) head = k;
  }
  return -1;
}

export function evidenceLeadCandidate(doc: TextDoc, tokens: Token[], cue: Cue): Candidate | null {
  const comma = evidenceLeadComma(tokens, cue.index);
  if (comma < 0) return null;
  const end = clauseEnd(tokens, comma + 1, (pos) => insideQuote(doc, pos));
  if (contentWords(tokens, comma + 1, end) < MIN_CONTENT_WORDS) return null;
  const content = spanOf(tokens, comma + 1, end);
  if (!content) return null;
  return {
    cue,
    subject: phrase(tokens, cue.index + 1, comma - 1),
    content: [content],
    boundary: cue.index,
    weight: 0.7,
  };
}
