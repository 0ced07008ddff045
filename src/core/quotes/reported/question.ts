import type { TextDoc } from '../../text/document';
import type { Token } from '../../text/tokens';
import type { Cue } from '../cue';
import { subjectAfter } from '../subject-after';
import { type Candidate, contentWords, isPunct, spanOf } from './candidate';
import { clauseEnd } from './clause-ends';
import { insideQuote } from './quoted-spans';

/**
 * "Asked whether the plan was dead, Ruiz said …", "…, she said, when asked about the levy.": the question put
 * to the speaker is a statement of its own, by whoever asked it ("when asked by a reporter whether …") or, most
 * often, by an unnamed interviewer. Its content runs from the question to the comma that ends the framing.
 */

/** Words that may stand before "asked" in a question framing: "when asked", "after being asked". */
const FRAMING = /^(?:when|after|once|if|being|was|were)$/i;

/** Whether the cue "asked" opens a question framing: first in its sentence, or after "when"/"after being". */
function framesQuestion(tokens: Token[], cue: Cue): boolean {
  if (cue.index === 0 || isPunct(tokens[cue.index - 1], '“"(')) return /^Asked$/.test(tokens[cue.index]?.text ?? '');
  let i = cue.index - 1;
  while (i >= 0 && FRAMING.test(tokens[i]?.text ?? '') && cue.index - i <= 3) i--;
  // ("When asked", "…, when asked": the framing opens the sentence or follows a comma.)
  return (
    i < cue.index - 1 &&
    /^(?:when|after|once|if)$/i.test(tokens[i + 1]?.text ?? '') &&
    (i < 0 || isPunct(tokens[i], ',—–'))
  );
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
  const quoted = (pos: number) => insideQuote(doc, pos);
  const end = clauseEnd(tokens, from, quoted);
  let to = from;
  while (to < end && !(isPunct(tokens[to + 1], ',;:—–') && !quoted(tokens[to + 1]?.start ?? -1))) to++;
  if (contentWords(tokens, from, to) < 2) return null;
  const content = spanOf(tokens, from, to);
  if (!content) return null;
  return { cue, subject: asker, content: [content], boundary: cue.index, weight: 0.5 };
}
