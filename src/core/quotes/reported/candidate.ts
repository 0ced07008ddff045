import type { Token } from '../../text/tokens';
import { wordSet } from '../../text/word-list';
import type { Span } from '../../types';
import type { Cue } from '../cue';
import type { Subject } from '../subject';

/** A reported-speech candidate and the token helpers every step shares. */

export const MIN_CONTENT_WORDS = 3;

/** Conjunctions after a comma that start a new clause (and so end the content before them). */
export const CLAUSE_JOINERS = wordSet('but and while though although whereas yet so or');

export interface Candidate {
  cue: Cue;
  subject: Subject | null;
  content: Span[];
  /** Token index where this attribution's own words begin (its subject or cue), for cutting earlier content. */
  boundary: number;
  weight: number;
  /** The content is a phrase ("called Palin a “clown”"), not a clause: it may end at its quotation. */
  phrase?: boolean;
}

export function spanOf(tokens: Token[], first: number, last: number): Span | null {
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b || last < first) return null;
  return { start: a.start, end: b.end };
}

export function isPunct(t: Token | undefined, chars: string): boolean {
  return t !== undefined && !t.word && chars.includes(t.text);
}

/** Word tokens in [from, to], counted up to `enough` (a caller that needs only "a few" stops early). */
export function contentWords(tokens: Token[], from: number, to: number, enough = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (let i = from; i <= to && n < enough; i++) if (tokens[i]?.word) n++;
  return n;
}

/** How far back a statement may start (far beyond any real sentence; keeps a run-on "sentence" linear). */
const MAX_STATEMENT_TOKENS = 200;

/**
 * Where a statement that ends at token `last` starts: after the last colon or semicolon before it, else at the
 * sentence start ("CONTENT, X said.", "…, as X reported."), but no more than MAX_STATEMENT_TOKENS back.
 */
export function statementStart(tokens: Token[], last: number): number {
  const floor = Math.max(0, last - MAX_STATEMENT_TOKENS);
  for (let i = last; i > floor; i--) if (isPunct(tokens[i], ':;')) return i + 1;
  return floor;
}
