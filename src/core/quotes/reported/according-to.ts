import { lowerBound, type TextDoc, tokensIn } from '../../text/document';
import { isAbbreviationDot, type Token } from '../../text/tokens';
import { wordClass } from '../../text/word-class';
import type { Span } from '../../types';
import { type Cue, cueAt } from '../cue';
import { trimSpan } from '../raw-quote';
import type { Subject } from '../subject';
import { subjectAfter } from '../subject-after';
import { type Candidate, contentWords, isPunct, MIN_CONTENT_WORDS, spanOf } from './candidate';
import { clauseEnd, hasVerb } from './clause-ends';
import { insideQuote } from './quoted-spans';

/** "According to X, CONTENT", "CONTENT, according to X" and the parenthetical forms. */

/** How far back a lead is read before "according to", and how far its source may run (both bound the work). */
export const MAX_LEAD_TOKENS = 60;
export const MAX_SOURCE_TOKENS = 25;

/**
 * "According to X, CONTENT.", "CONTENT, according to X." and the parenthetical "…, after, according to X,
 * CONTENT." The source runs to the next comma or dash (a quoted title inside it is part of it: `according
 * to the "Medicare for all" document he released`); a short verbless lead ("In addition, according to …")
 * or one that ends in a conjunction leaves the content after the source.
 */
export function accordingToCandidate(doc: TextDoc, tokens: Token[], cue: Cue): Candidate | null {
  const quoted = (pos: number) => insideQuote(doc, pos);
  let sourceEnd = cue.lastIndex;
  let separator = -1;
  for (let i = cue.lastIndex + 1; i < tokens.length && i - cue.lastIndex <= MAX_SOURCE_TOKENS; i++) {
    const t = tokens[i] as Token;
    if (!quoted(t.start) && isPunct(t, ',—–;:.!?') && !isAbbreviationDot(tokens, i)) {
      if (isPunct(t, ',—–')) separator = i;
      break;
    }
    sourceEnd = i;
  }
  while (sourceEnd > cue.lastIndex && !tokens[sourceEnd]?.word) sourceEnd--;
  const named = subjectAfter(tokens, cue.lastIndex);
  const found = named ?? wholePhrase(tokens, cue.lastIndex + 1, sourceEnd);
  if (!found) return null;
  // The lead: from the sentence start, or a colon or semicolon, to the cue.
  let leadStart = 0;
  for (let i = cue.index - 1; i >= 0 && cue.index - i <= MAX_LEAD_TOKENS; i--) {
    if (isPunct(tokens[i], ':;')) {
      leadStart = i + 1;
      break;
    }
  }
  const leadWords = contentWords(tokens, leadStart, cue.index - 1, 6);
  const beforeComma = isPunct(tokens[cue.index - 1], ',—–') ? tokens[cue.index - 2] : undefined;
  const leadsIn =
    leadWords <= 1 ||
    (leadWords <= 5 && !hasVerb(tokens, leadStart, cue.index - 1)) ||
    (beforeComma !== undefined &&
      (wordClass(beforeComma) === 'sub' ||
        wordClass(beforeComma) === 'conj' ||
        /^(?:after|before)$/i.test(beforeComma.text)));
  // "According to a person close to him, who asked not to be named, CONTENT": a relative clause describes the
  // source and runs to its comma.
  let description: Subject['appositive'];
  if (separator >= 0 && /^(?:who|whose|which)$/i.test(tokens[separator + 1]?.text ?? '')) {
    const relative = separator + 1;
    for (let i = relative + 1; i < tokens.length && i - separator <= MAX_SOURCE_TOKENS; i++) {
      if (quoted(tokens[i]?.start ?? 0) || !isPunct(tokens[i], ',—–;:.!?')) continue;
      description = spanOf(tokens, relative, i - 1) ?? undefined;
      separator = isPunct(tokens[i], ',—–') ? i : -1;
      break;
    }
  }
  const subject: Subject = description ? { ...found, appositive: description } : found;
  if (leadsIn && separator >= 0) {
    let from = separator + 1;
    while (isPunct(tokens[from], ',—–')) from++;
    const to = clauseEnd(tokens, from, quoted);
    if (contentWords(tokens, from, to, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS) {
      const content = spanOf(tokens, from, to);
      if (content) return { cue, subject, content: [content], boundary: cue.index, weight: cue.weight };
    }
  }
  // "… That’s according to a person familiar with the talks.": the demonstrative points at the sentence before.
  // (When that sentence has an attribution of its own, the demonstrative itself stands for it.)
  if (separator < 0 && pointsBack(tokens, leadStart, cue.index - 1)) {
    const demonstrative = tokens[leadStart] as Token;
    const pointer = { start: demonstrative.start, end: demonstrative.start + 4 };
    const previous = previousSentence(doc, tokens[0]?.start ?? 0) ?? pointer;
    return { cue, subject, content: [previous], boundary: cue.index, weight: cue.weight };
  }
  if (leadWords <= 1) return null;
  // "CONTENT, according to X."
  let to = cue.index - 1;
  while (to >= leadStart && !tokens[to]?.word) to--;
  const content = spanOf(tokens, leadStart, to);
  return content ? { cue, subject, content: [content], boundary: cue.index, weight: cue.weight } : null;
}

/** "That’s", "That is", "This was": a lead that is only a demonstrative and a form of "be". */
function pointsBack(tokens: Token[], from: number, to: number): boolean {
  // (Checked on a few tokens only, so an endless sentence of "according to" stays linear.)
  if (to - from > 3) return false;
  const lead = tokens
    .slice(from, to + 1)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  return /^(?:that|this)(?:['’]s| is| was)(?: all)?$/.test(lead);
}

/**
 * The sentence before the one starting at `start`, in the same or the previous paragraph (trimmed), or null
 * when there is none or it carries an attribution of its own (a quotation or a reporting cue).
 */
function previousSentence(doc: TextDoc, start: number): Span | null {
  const k = lowerBound(doc.sentences, start) - 1;
  const sentence = doc.sentences[k];
  const current = doc.sentences[k + 1];
  if (!sentence || !current || current.paragraph - sentence.paragraph > 1) return null;
  if (/["“”]/.test(doc.text.slice(sentence.start, sentence.end))) return null;
  const words = tokensIn(doc, sentence.start, sentence.end);
  if (words.some((_, i) => cueAt(words, i) !== null)) return null;
  return trimSpan(doc.text, sentence);
}

/** The tokens first..last as a phrase (a source that the chunker cannot parse, such as one with a quoted title). */
export function wholePhrase(tokens: Token[], first: number, last: number): Subject | null {
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b || last < first || !hasSpeakerHead(tokens, first, last)) return null;
  return { start: a.start, end: b.end, first, last };
}

export function hasSpeakerHead(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (tokens[i]?.word && wordClass(tokens[i]) !== 'prep') return true;
  return false;
}
