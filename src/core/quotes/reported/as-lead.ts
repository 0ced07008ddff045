import type { TextDoc } from '../../text/document';
import type { Token } from '../../text/tokens';
import type { Cue } from '../cue';
import type { Subject } from '../subject';
import { subjectAfter } from '../subject-after';
import { type Candidate, contentWords, isPunct, MIN_CONTENT_WORDS, spanOf, statementStart } from './candidate';
import { clauseEnd } from './clause-ends';
import { isAdverbialTail } from './inverted';
import { insideQuote } from './quoted-spans';

/**
 * "As Hedrick Smith reported in his book, CONTENT" and "As reported by Western Journalism, CONTENT": an
 * attribution opening the sentence with "As"; what was reported is the clause after its comma.
 */

/** How many tokens the "As …" lead may take before its comma. */
const MAX_LEAD_TOKENS = 14;

/**
 * Whether the cue sits in an "As …," lead: "As" opens the sentence, or follows a comma ("given that, as The
 * Times reported on Saturday, he has …"), before the subject or the cue.
 */
export function opensAsLead(tokens: Token[], cue: Cue, subject: Subject | null): boolean {
  const first = subject && subject.first >= 0 && subject.first < cue.index ? subject.first : cue.index;
  if (!/^as$/i.test(tokens[first - 1]?.text ?? '')) return false;
  if (isPunct(tokens[commaBefore(tokens, first - 2)], ',')) return true;
  for (let i = first - 2; i >= 0; i--)
    if (tokens[i]?.word && !/^(?:but|and|yet|so)$/i.test(tokens[i]?.text ?? '')) return false;
  return true;
}

export function asLeadCandidate(doc: TextDoc, tokens: Token[], cue: Cue, subject: Subject | null): Candidate | null {
  // "As reported by X": the agent after "by" is the speaker.
  const passive = !subject && /^by$/i.test(tokens[cue.lastIndex + 1]?.text ?? '');
  const speaker = passive ? subjectAfter(tokens, cue.lastIndex + 1) : subject;
  if (!speaker) return null;
  let comma = -1;
  for (let i = Math.max(cue.lastIndex, speaker.last) + 1; i < tokens.length && i - cue.index <= MAX_LEAD_TOKENS; i++) {
    const t = tokens[i];
    if (!t || insideQuote(doc, t.start)) continue;
    if (isPunct(t, ',')) {
      comma = i;
      break;
    }
    if (isPunct(t, '.;!?'))
      return isAdverbialTail(tokens, Math.max(cue.lastIndex, speaker.last) + 1, i - 1)
        ? trailingAsCandidate(tokens, cue, speaker)
        : null;
    if (isPunct(t, ':“"')) return null;
  }
  if (comma < 0) return null;
  const end = clauseEnd(tokens, comma + 1, (pos) => insideQuote(doc, pos));
  if (contentWords(tokens, comma + 1, end) < MIN_CONTENT_WORDS) return null;
  const content = spanOf(tokens, comma + 1, end);
  if (!content) return null;
  return { cue, subject: speaker, content: [content], boundary: cue.index, weight: cue.weight };
}

/** The comma at `i`, or before the closing quote marks there: `a "lawful source of income," as a memo put it`. */
function commaBefore(tokens: Token[], i: number): number {
  let k = i;
  while (k > 0 && isPunct(tokens[k], '”"')) k--;
  return k;
}

/**
 * "…, as Breitbart reported a few days later.": an "as" attribution closing the sentence after a comma
 * reports the clause before that comma.
 */
function trailingAsCandidate(tokens: Token[], cue: Cue, speaker: Subject): Candidate | null {
  const first = speaker.first >= 0 && speaker.first < cue.index ? speaker.first : cue.index;
  const comma = commaBefore(tokens, first - 2);
  if (!isPunct(tokens[comma], ',')) return null;
  const start = statementStart(tokens, comma - 1);
  if (contentWords(tokens, start, comma - 1) < MIN_CONTENT_WORDS) return null;
  const content = spanOf(tokens, start, comma - 1);
  if (!content) return null;
  return { cue, subject: speaker, content: [content], boundary: first - 1, weight: cue.weight };
}
