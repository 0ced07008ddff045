import { isCapitalized, type Token } from '../text/tokens';
import { wordSet } from '../text/word-list';
import type { Span } from '../types';
import { reportingLemma } from './lexicon';

/**
 * Recognises the noun phrase that names a speaker next to a reporting verb: "she", "Smith",
 * "U.S. National Security Advisor Jake Sullivan", "a report in the Washington Post", "the official".
 */

export const PRONOUNS = wordSet(`
  he she they it we i you who
`);

/** Words between a speaker and the verb that do not belong to either ("Smith also said", "he has said"). */
const VERB_PREFIX = wordSet(`
  also later then has had have once previously repeatedly recently again publicly privately separately
  similarly simply just flatly further first initially subsequently quickly often frequently reportedly
  allegedly would will could might may did does do is was were are been be even still never always only now
  already angrily bluntly candidly quietly openly emphatically firmly told yesterday today tonight not n't not
  earlier explicitly openly directly
`);

/** Words that end a backward search for a speaker: clause boundaries. */
const CLAUSE_BREAK = wordSet(`
  that and but or which when while as because if since though although after before so than where whether
  until unless nor yet
`);

/** Phrase-internal function words allowed in a speaker description ("a report in the Washington Post"). */
const NP_FUNCTION = wordSet(`
  the a an of for in at on from with to and one two three four five some many several other another his her
  their its our this that these those both all most few more no - ’s 's who familiar close
`);

const STOP_PUNCT = wordSet(`
  . , ; : ! ? " “ ” ( ) — – [ ]
`);

export interface SpeakerPhrase extends Span {
  /** Index of the phrase's last token in the token array. */
  first: number;
  last: number;
}

function looksLikeSpeaker(tokens: Token[], from: number, to: number): boolean {
  if (to < from) return false;
  let content = false;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t?.word) return false;
    const lower = t.text.toLowerCase();
    if (PRONOUNS.has(lower) || isCapitalized(t.text)) content = true;
    else if (!NP_FUNCTION.has(lower)) content = true; // a common noun or adjective ("official", "senior")
  }
  return content;
}

/**
 * The speaker phrase ending right before token `verbIndex` (backwards search), e.g. ", the official said".
 * Skips adverbs and auxiliaries directly before the verb.
 */
export function speakerBefore(tokens: Token[], verbIndex: number, minIndex = 0): SpeakerPhrase | null {
  let end = verbIndex - 1;
  while (end >= minIndex && VERB_PREFIX.has((tokens[end]?.text ?? '').toLowerCase())) end--;
  if (end < minIndex) return null;
  const last = tokens[end];
  if (!last?.word) return null;
  let start = end;
  if (PRONOUNS.has(last.text.toLowerCase())) return phrase(tokens, end, end);
  while (start - 1 >= minIndex && end - start < 9) {
    const prev = tokens[start - 1];
    if (!prev?.word || STOP_PUNCT.has(prev.text)) break;
    const lower = prev.text.toLowerCase();
    if (CLAUSE_BREAK.has(lower) && !isCapitalized(prev.text)) break;
    if (PRONOUNS.has(lower) && lower !== 'who') break;
    // "the report quoted X as saying": the speaker starts after the quoting verb.
    if (isQuotingVerb(tokens, start - 1)) break;
    start--;
  }
  // Sentence-initial capitals on a function word are still function words: "The official said".
  if (!looksLikeSpeaker(tokens, start, end)) return null;
  return phrase(tokens, start, end);
}

/** The speaker phrase starting right after token `verbIndex` ("said Smith, a spokesman" → "Smith"). */
export function speakerAfter(tokens: Token[], verbIndex: number, maxIndex = tokens.length - 1): SpeakerPhrase | null {
  const start = verbIndex + 1;
  if (start > maxIndex) return null;
  const first = tokens[start];
  if (!first?.word) return null;
  if (PRONOUNS.has(first.text.toLowerCase())) return phrase(tokens, start, start);
  let end = start;
  while (end + 1 <= maxIndex && end - start < 9) {
    const next = tokens[end + 1];
    if (!next?.word || STOP_PUNCT.has(next.text)) break;
    const lower = next.text.toLowerCase();
    if (CLAUSE_BREAK.has(lower) || TIME_WORDS.has(lower)) break;
    end++;
  }
  // Drop trailing function words ("said Smith in" → "Smith").
  while (end > start && NP_FUNCTION.has((tokens[end]?.text ?? '').toLowerCase())) end--;
  if (!looksLikeSpeaker(tokens, start, end)) return null;
  return phrase(tokens, start, end);
}

const TIME_WORDS = wordSet(`
  on in at during yesterday today tonight monday tuesday wednesday thursday friday saturday sunday last this
  earlier later recently told after before
`);

const DETERMINER_BEFORE_NOUN = /^(?:a|an|the|his|her|their|its|this|that|one)$/i;

/** A past-tense reporting or quoting verb ("quoted", "told", "cited"), not a noun ("a report"). */
function isQuotingVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || isCapitalized(t.text)) return false;
  const lower = t.text.toLowerCase();
  if (
    !/^(?:quoted|cited|quoting|citing|said|told|wrote)$/.test(lower) &&
    !(lower.endsWith('ed') && reportingLemma(lower))
  ) {
    return false;
  }
  return !DETERMINER_BEFORE_NOUN.test(tokens[i - 1]?.text ?? '');
}

function phrase(tokens: Token[], first: number, last: number): SpeakerPhrase {
  return { start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? 0, first, last };
}
