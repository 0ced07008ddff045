import type { Token } from '../../text/tokens';
import { wordClass } from '../../text/word-class';
import { type Candidate, CLAUSE_JOINERS, isPunct } from './candidate';

/** Later attributions that cut an earlier candidate's content short. */

/** A later attribution that can cut an earlier candidate's content: where it starts, and the cut's last token. */
export interface Cutter {
  /** Start offset of the attribution's first token. */
  at: number;
  /** The last word token before it: an earlier content is cut to end there. */
  end: number;
}

/**
 * Whether a candidate's attribution is a separate one that cuts the content of an earlier candidate running
 * over it, and where the cut falls. None of this depends on the earlier candidate, so it is decided once per
 * candidate: checking every later candidate again for every earlier one made a long sentence of many cues
 * quadratic (an endless "… said … said …" sentence of 100,000 characters took 7 seconds).
 */
export function cutterOf(tokens: Token[], other: Candidate): Cutter | null {
  const boundaryToken = tokens[other.boundary];
  if (!boundaryToken) return null;
  // "Clinton says she hopes to win, but she knows that …": a pronoun speaking after ", but" is most often
  // the same speaker going on, so the first content runs on; a new name or description starts a new one.
  // (A verb coordinated with the first one — "She says …, but insists …" — has its subject far back, and cuts.)
  if (
    !other.cue.participle &&
    other.subject &&
    other.subject.first >= other.boundary &&
    wordClass(tokens[other.subject.first]) === 'pron'
  )
    return null;
  // A separate attribution follows a comma, a semicolon, a dash, or ", and/but".
  let k = other.boundary - 1;
  if (CLAUSE_JOINERS.has(tokens[k]?.text.toLowerCase() ?? '')) k--;
  while (isPunct(tokens[k], '”"’')) k--; // `…far less,” one of the prosecutors said`
  const joinedByConjunction = CLAUSE_JOINERS.has(boundaryToken.text.toLowerCase());
  // `accuses Obama of “leading from behind” and Donald Trump says …`: a named speaker after a bare "and" or
  // "but" starts a new attribution too.
  const namedAfterConjunction =
    other.subject !== null &&
    other.subject.first === other.boundary &&
    /^(?:and|but)$/i.test(tokens[other.boundary - 1]?.text ?? '') &&
    ['cap', 'num'].includes(wordClass(tokens[other.subject.first]));
  if (joinedByConjunction) k = other.boundary;
  else if (namedAfterConjunction) k = other.boundary;
  else if (!isPunct(tokens[k], ',;—–') && !isPunct(boundaryToken, ',;—–')) return null;
  // The cut ends before the separator: at k - 1 when k is the separator or conjunction, at k when the
  // boundary itself is the comma ("acknowledged Sanders’ success, saying …" keeps "success").
  let end = joinedByConjunction || isPunct(tokens[k], ',;—–') ? k - 1 : namedAfterConjunction ? k - 2 : k;
  while (end >= 0 && !tokens[end]?.word) end--;
  return { at: boundaryToken.start, end };
}

/**
 * Cuts each candidate's content where the first later, separate attribution inside it begins (later in the
 * order the cues were found). `lowestFrom[i]` is the lowest `at` of cutters i and after: once it is past a
 * content's end, no later cutter can fall inside it.
 */
export function cutAtLaterAttributions(tokens: Token[], candidates: Candidate[]): void {
  const cutters: Array<{ index: number; cut: Cutter }> = [];
  candidates.forEach((c, index) => {
    const cut = cutterOf(tokens, c);
    if (cut) cutters.push({ index, cut });
  });
  const lowestFrom: number[] = new Array(cutters.length + 1).fill(Number.POSITIVE_INFINITY);
  for (let i = cutters.length - 1; i >= 0; i--)
    lowestFrom[i] = Math.min(cutters[i]?.cut.at ?? 0, lowestFrom[i + 1] ?? 0);
  let first = 0; // the first cutter found after the current candidate
  for (let k = 0; k < candidates.length; k++) {
    while (first < cutters.length && (cutters[first]?.index ?? 0) <= k) first++;
    const last = (candidates[k] as Candidate).content.at(-1);
    if (!last) continue;
    for (let i = first; i < cutters.length && (lowestFrom[i] ?? 0) < last.end; i++) {
      const { at, end } = (cutters[i] as { cut: Cutter }).cut;
      if (at <= last.start || at >= last.end) continue;
      const endToken = tokens[end];
      if (endToken && endToken.end > last.start) last.end = endToken.end;
      break;
    }
  }
}
