import type { Token } from '../../text/tokens';
import type { Cue } from '../cue';
import { subjectBefore } from '../subject';
import { subjectAfter } from '../subject-after';
import { wholePhrase } from './according-to';
import { type Candidate, isPunct, spanOf } from './candidate';

/**
 * "The meeting was first reported by Politico.", "Her death was confirmed by the Eagle Forum.": a passive
 * report with its reporter after "by". What was reported is the passive's subject; the reporter speaks (often
 * another outlet, which makes the story secondhand). The cue is found by `passiveReportBy` in cue-base.ts.
 */
export function passiveReportCandidate(tokens: Token[], cue: Cue, by: number): Candidate | null {
  let end = by + 1;
  while (end + 1 < tokens.length && !isPunct(tokens[end + 1], ',;:.!?—–()') && end - by < 12) end++;
  const reporter = subjectAfter(tokens, by, end) ?? wholePhrase(tokens, by + 1, end);
  if (!reporter) return null;
  // The passive's subject: the noun phrase before the auxiliary ("The meeting was …", "which was …").
  let aux = cue.index - 1;
  while (aux > 0 && !/^(?:is|was|were|are|been|being|be)$/i.test(tokens[aux]?.text ?? '')) aux--;
  if (/^been$/i.test(tokens[aux]?.text ?? '') && /^(?:has|have|had)$/i.test(tokens[aux - 1]?.text ?? '')) aux--;
  const reported = subjectBefore(tokens, aux);
  if (!reported) return null;
  const content = spanOf(tokens, reported.first, reported.last);
  if (!content) return null;
  return { cue, subject: reporter, content: [content], boundary: cue.index, weight: 0.6 };
}
