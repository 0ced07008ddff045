import type { Token } from '../text/tokens';
import type { Span } from '../types';
import { isSpeechVerb, reportingLemma } from './lexicon';

export interface Cue extends Span {
  /** Index of the cue's head token. */
  index: number;
  /** Index of the cue's last token ("as saying" ends at "saying", "according to" at "to"). */
  lastIndex: number;
  lemma: string;
}

/**
 * A reporting cue at token i: a finite reporting verb ("said", "tells"), "as saying" / "as telling",
 * or "according to". Gerunds and infinitives ("saying", "to say") are not cues on their own.
 */
export function cueAt(tokens: Token[], i: number, speechOnly = true): Cue | null {
  const t = tokens[i];
  if (!t?.word) return null;
  const lower = t.text.toLowerCase();
  if (lower === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to') {
    const to = tokens[i + 1];
    return to ? { start: t.start, end: to.end, index: i, lastIndex: i + 1, lemma: 'according to' } : null;
  }
  // Capitalized forms are names or nouns ("the United States", "The Post"), except at sentence start.
  if (i > 0 && /^\p{Lu}/u.test(t.text)) return null;
  const lemma = reportingLemma(lower);
  if (!lemma) return null;
  if (speechOnly && !isSpeechVerb(lower)) return null;
  const prev = tokens[i - 1]?.text.toLowerCase();
  if (lower.endsWith('ing')) {
    if (prev !== 'as') return null;
    const as = tokens[i - 1];
    return as ? { start: as.start, end: t.end, index: i - 1, lastIndex: i, lemma } : null;
  }
  if (prev === 'to') return null;
  // "the post", "a text", "a tweet": nouns, not verbs.
  if (prev === 'the' || prev === 'a' || prev === 'an' || prev === 'his' || prev === 'her' || prev === 'their') {
    return null;
  }
  return { start: t.start, end: t.end, index: i, lastIndex: i, lemma };
}
