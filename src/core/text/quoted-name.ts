import type { Token } from './tokens';

const MAX_NAME_WORDS = 6;

/**
 * When tokens[i] opens a short quoted name — a show, a book, a nickname: `told "Fox and Friends,"` — the
 * index of its closing mark, else -1. A name is at most a few words, starts with a capital and holds no
 * sentence end, so a real quotation after a listener verb is not taken for one.
 */
export function quotedNameEnd(tokens: Token[], i: number, endsSentence = false): number {
  if (!/^["“]$/.test(tokens[i]?.text ?? '') || !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) return -1;
  let words = 0;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_NAME_WORDS * 2 + 1; k++) {
    const t = tokens[k] as Token;
    if (/^["”]$/.test(t.text)) return words > 0 ? k : -1;
    // (A name that ends the sentence keeps the full stop inside the marks when `endsSentence`: “Morning Joe.”)
    const finalStop = endsSentence && t.text === '.' && /^["”]$/.test(tokens[k + 1]?.text ?? '');
    if (t.word) {
      if (++words > MAX_NAME_WORDS) return -1;
    } else if (/^[.!?;:“]$/.test(t.text) && !finalStop) return -1;
  }
  return -1;
}
