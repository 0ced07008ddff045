import type { Span } from '../types';

export interface Token extends Span {
  text: string;
  /** A word (letters/digits) rather than punctuation. */
  word: boolean;
}

// Words keep inner apostrophes, hyphens and dotted acronyms ("O'Neill", "well-known", "U.S.").
const TOKEN_RE = /(?:[A-Za-z]\.){2,}|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|\S/gu;

/** Tokens of text[start, end). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const t = m[0];
    tokens.push({ start: start + m.index, end: start + m.index + t.length, text: t, word: /[\p{L}\p{N}]/u.test(t) });
  }
  return tokens;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
