import type { Span } from '../types';
import type { Paragraph } from './segment';

/**
 * Finds double-quoted passages. A passage is a list of fragments because of the news convention for quotes
 * running over several paragraphs: every paragraph opens a quote mark and only the last one closes it.
 * Single quotes are left alone at this level: in news they are mostly apostrophes or quotes nested inside
 * a double-quoted passage.
 */
export interface QuotedPassage {
  /** Content fragments without the marks themselves. */
  fragments: Span[];
  /** Index of the opening mark of the first fragment. */
  open: number;
  /** Index just past the closing mark, or the paragraph end when the passage never closes. */
  end: number;
  closed: boolean;
}

type Role = 'open' | 'close';

function markRole(text: string, i: number): Role | null {
  const ch = text[i];
  if (ch === '“' || ch === '„') return 'open';
  if (ch === '”') return 'close';
  if (ch !== '"') return null;
  const before = i > 0 ? (text[i - 1] ?? '') : '';
  const after = text[i + 1] ?? '';
  const spaceBefore = before === '' || /[\s([{\u2014\u2013-]/.test(before);
  const spaceAfter = after === '' || /[\s.,;:!?)\]}\u2014\u2013-]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  if (spaceBefore && spaceAfter) return null; // a lone mark between spaces: ambiguous, ignore
  // Glued on both sides ("word"word): treat as closing only if a passage is open; decided by the caller.
  return 'close';
}

export function findQuotedPassages(text: string, paragraphs: Paragraph[]): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let carry: QuotedPassage | null = null; // a passage continued from the previous paragraph

  for (const p of paragraphs) {
    let current: QuotedPassage | null = null;
    let fragmentStart = -1;
    if (carry) {
      // Continuation only if this paragraph begins with an opening mark.
      if (markRole(text, p.start) === 'open') {
        current = carry;
        fragmentStart = p.start + 1;
      } else {
        passages.push(carry);
      }
      carry = null;
    }
    const scanFrom: number = current ? p.start + 1 : p.start;
    for (let i = scanFrom; i < p.end; i++) {
      const role = markRole(text, i);
      if (!role) continue;
      if (!current) {
        if (role === 'open') {
          current = { fragments: [], open: i, end: i, closed: false };
          fragmentStart = i + 1;
        }
        continue;
      }
      if (role === 'close' || text[i] === '"') {
        // A straight mark inside an open passage closes it, whatever its spacing suggested.
        current.fragments.push({ start: fragmentStart, end: i });
        current.end = i + 1;
        current.closed = true;
        passages.push(current);
        current = null;
        continue;
      }
      // A second opening curly mark before any close: the first one was unbalanced. Keep the first
      // fragment as unclosed up to here and start again.
      current.fragments.push({ start: fragmentStart, end: trimEndIndex(text, i) });
      current.end = i;
      passages.push(current);
      current = { fragments: [], open: i, end: i, closed: false };
      fragmentStart = i + 1;
    }
    if (current) {
      current.fragments.push({ start: fragmentStart, end: p.end });
      current.end = p.end;
      carry = current;
    }
  }
  if (carry) passages.push(carry);
  return passages.filter((q) => q.fragments.some((f) => f.end > f.start));
}

function trimEndIndex(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}
