import type { Token } from '../text/tokens';
import { wordSet } from '../text/word-list';
import type { Span } from '../types';
import type { CueClass } from './lexicon';

/** A reporting cue and the word lists that every cue rule shares. */
export interface Cue extends Span {
  /** Index of the cue's head token. */
  index: number;
  /** Index of the cue's last token ("as saying" ends at "saying", "according to" at "to"). */
  lastIndex: number;
  lemma: string;
  cls: CueClass;
  weight: number;
  /** A participle ("…, saying that …"): its subject is the main clause's. */
  participle: boolean;
}

/** Words before a noun: after them a cue form is a noun ("the report", "his claims"). */
export const NOUN_BEFORE =
  /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|whose|every|each|any|no)$/i;
export const BE = wordSet('is was were are be been being am');

/** Adverbs between "was" and a participle in a passive: "was also endorsed", "were not asked". */
const PASSIVE_ADVERBS = wordSet('also not never already just first since then now still even once');

/** Whether the participle at token i is passive: "was asked", "were widely derided", "is not expected". */
export function isPassiveAt(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
  if (BE.has(prev)) return true;
  return (/^\p{Ll}+ly$/u.test(prev) || PASSIVE_ADVERBS.has(prev)) && BE.has(tokens[i - 2]?.text.toLowerCase() ?? '');
}

/** A cue over tokens[first..last]; its head is `first`. */
export function makeCue(
  tokens: Token[],
  first: number,
  last: number,
  lemma: string,
  cls: CueClass,
  weight: number,
  participle = false,
): Cue {
  return {
    start: tokens[first]?.start ?? 0,
    end: tokens[last]?.end ?? 0,
    index: first,
    lastIndex: last,
    lemma,
    cls,
    weight,
    participle,
  };
}

/** Whether a closing quotation mark after a comma sits at most `within` tokens before token i. */
export function closingMarkWithin(tokens: Token[], i: number, within: number): boolean {
  for (let k = i - 2; k >= 1 && i - k <= within; k--) {
    const t = tokens[k];
    if (/^[”"]$/.test(t?.text ?? '') && /^[,?!]$/.test(tokens[k - 1]?.text ?? '')) return true;
    if (/^[.;:!?]$/.test(t?.text ?? '')) return false;
  }
  return false;
}

/** Reporting verbs whose passive names the reporter after "by": "was first reported by Politico". */
const PASSIVE_REPORT_LEMMAS = new Set(['report', 'disclose', 'confirm', 'reveal', 'announce']);

/** Words allowed between the participle and "by": "first reported last week by", "confirmed on Friday by". */
const MAX_GAP = 5;

/** The index of "by" after a passive reporting verb ("was first reported by"), or -1. */
export function passiveReportBy(tokens: Token[], index: number, lemma: string): number {
  if (!PASSIVE_REPORT_LEMMAS.has(lemma) || !/ed$/i.test(tokens[index]?.text ?? '')) return -1;
  if (!isPassiveAt(tokens, index)) return -1;
  for (let i = index + 1; i < tokens.length && i - index <= MAX_GAP + 1; i++) {
    const t = tokens[i] as Token;
    if (/^by$/i.test(t.text)) return i;
    if (!t.word) return -1;
  }
  return -1;
}
