import type { TextDoc } from '../../text/document';
import type { Token } from '../../text/tokens';
import type { Cue } from '../cue';
import { isPassiveAt } from '../cue-base';
import { type Candidate, contentWords, spanOf } from './candidate';
import { phraseEnd } from './phrase-ends';
import { insideQuote } from './quoted-spans';

/**
 * "Yellen is widely expected to lay the ground for a rate hike": an expectation whose holders the sentence does
 * not name. The subject is what is expected of, not a speaker, so the reading has no stated speaker; its content
 * is the infinitive.
 */

/** Whether the cue is a passive "is (widely, not) expected". */
export function isPassiveExpectation(tokens: Token[], cue: Cue): boolean {
  return cue.lemma === 'expect' && /^expected$/i.test(tokens[cue.index]?.text ?? '') && isPassiveAt(tokens, cue.index);
}

export function expectationCandidate(doc: TextDoc, tokens: Token[], cue: Cue): Candidate | null {
  const from = cue.lastIndex + 1;
  if (tokens[from]?.text.toLowerCase() !== 'to') return null;
  const to = phraseEnd(tokens, from, cue, (pos) => insideQuote(doc, pos));
  if (contentWords(tokens, from, to) < 2) return null;
  const content = spanOf(tokens, from, to);
  if (!content) return null;
  return { cue, subject: null, content: [content], boundary: cue.index, weight: 0.5 };
}
