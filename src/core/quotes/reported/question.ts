import type { TextDoc } from '../../text/document';
import type { Token } from '../../text/tokens';
import { wordClass } from '../../text/word-class';
import type { Cue } from '../cue';
import { isPassiveAt } from '../cue-base';
import { subjectAfter } from '../subject-after';
import { TIME_HEADS } from '../subject-words';
import { type Candidate, contentWords, isPunct, spanOf } from './candidate';
import { clauseEnd } from './clause-ends';
import { insideQuote } from './quoted-spans';

/**
 * "Asked whether the plan was dead, Ruiz said …", "…, she said, when asked about the levy.": the question put
 * to the speaker is a statement of its own, by whoever asked it ("when asked by a reporter whether …") or, most
 * often, by an unnamed interviewer. Its content runs from the question to the comma that ends the framing.
 */

/** Words that may stand before "asked" in a question framing: "when asked", "after being asked". */
const FRAMING = /^(?:when|after|once|if|being|was|were|he|she|they|is|are)$/i;

/**
 * Whether the cue "asked" frames a question put to someone: "Asked …" opening the sentence, "when asked",
 * "after being asked", "when he was asked", or a passive "was asked whether …".
 */
function framesQuestion(tokens: Token[], cue: Cue): boolean {
  if (cue.index === 0 || isPunct(tokens[cue.index - 1], '“"(')) return /^Asked$/.test(tokens[cue.index]?.text ?? '');
  if (isPassiveAsk(tokens, cue)) return true;
  let i = cue.index - 1;
  while (i >= 0 && FRAMING.test(tokens[i]?.text ?? '') && cue.index - i <= 4) i--;
  return i + 1 < cue.index && /^(?:when|after|once|if)$/i.test(tokens[i + 1]?.text ?? '');
}

/** "was asked", "were also asked": the subject is who was asked, not who asked. */
export function isPassiveAsk(tokens: Token[], cue: Cue): boolean {
  // (Not the progressive "is also asking Comey to …": only the participle "asked" is passive.)
  return cue.lemma === 'ask' && /ed$/i.test(tokens[cue.index]?.text ?? '') && isPassiveAt(tokens, cue.index);
}

export function questionCandidate(doc: TextDoc, tokens: Token[], cue: Cue): Candidate | null {
  if (cue.lemma !== 'ask' || !framesQuestion(tokens, cue)) return null;
  let from = cue.lastIndex + 1;
  // "when asked by a reporter whether …": the agent after "by" asked the question.
  let asker = null;
  if (/^by$/i.test(tokens[from]?.text ?? '')) {
    asker = subjectAfter(tokens, from);
    if (!asker) return null;
    from = asker.last + 1;
  }
  // ("Asked Tuesday about …", "asked on Monday whether …": the time is the writer's.)
  if (
    /^(?:on|last|this)$/i.test(tokens[from]?.text ?? '') &&
    TIME_HEADS.has(tokens[from + 1]?.text.toLowerCase() ?? '')
  )
    from += 2;
  else if (TIME_HEADS.has(tokens[from]?.text.toLowerCase() ?? '')) from++;
  const quoted = (pos: number) => insideQuote(doc, pos);
  const end = clauseEnd(tokens, from, quoted);
  let to = from;
  while (to < end && !(isPunct(tokens[to + 1], ',;:—–') && !quoted(tokens[to + 1]?.start ?? -1))) to++;
  // ("The bill was asked about in the hearing": "about" needs its topic.)
  if (
    contentWords(tokens, from, to) < 2 ||
    (/^about$/i.test(tokens[from]?.text ?? '') && wordClass(tokens[from + 1]) === 'prep')
  )
    return null;
  const content = spanOf(tokens, from, to);
  if (!content) return null;
  return { cue, subject: asker, content: [content], boundary: cue.index, weight: 0.5 };
}
