import type { Span } from '../types';
import type { Paragraph } from './segment';

/**
 * Finds double-quoted passages. A passage is a list of fragments because of the news convention for quotes
 * running over several paragraphs: every paragraph opens a quote mark and only the last one closes it.
 * Double marks are “ ” „ " « » and the two-character forms '' and `` that some archives (NYT) use.
 * Single quotes are left alone at this level: in news they are mostly apostrophes or nested quotes.
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

interface Mark {
  at: number;
  length: number;
  /** open / close when the glyph says so; 'either' for straight marks, decided by spacing and state. */
  role: 'open' | 'close' | 'either';
}

const OPENING_SPACE = /[\s([{\u2014\u2013-]/;
const CLOSING_SPACE = /[\s.,;:!?)\]}\u2014\u2013-]/;

/** Marks of one family pair with each other: straight, curly, guillemets, and the two-character archive forms. */
function family(text: string, at: number): string {
  const ch = text[at] ?? '';
  if (ch === '"') return 'straight';
  if (ch === "'" || ch === '`') return 'doubled';
  if (ch === '«' || ch === '»') return 'guillemet';
  return 'curly';
}

function markAt(text: string, i: number): Mark | null {
  const ch = text[i];
  if (ch === '“' || ch === '„' || ch === '«') return { at: i, length: 1, role: 'open' };
  if (ch === '”' || ch === '»') return { at: i, length: 1, role: 'close' };
  if (ch === '"') return { at: i, length: 1, role: 'either' };
  if (ch === "'" && text[i + 1] === "'") return { at: i, length: 2, role: 'either' };
  if (ch === '`' && text[i + 1] === '`') return { at: i, length: 2, role: 'open' };
  return null;
}

/** How a straight mark reads from its surroundings, given whether a passage is open. */
function resolve(text: string, mark: Mark, inside: boolean): 'open' | 'close' | null {
  // A typo'd opening mark that ends a passage (`here,“ said Jim`): glued to the text, space after.
  if (inside && mark.role === 'open' && mark.length === 1) {
    const before = text[mark.at - 1] ?? '';
    const after = text[mark.at + 1] ?? '';
    if (before !== '' && !OPENING_SPACE.test(before) && (after === '' || CLOSING_SPACE.test(after))) return 'close';
  }
  if (mark.role !== 'either') return mark.role;
  const before = mark.at > 0 ? (text[mark.at - 1] ?? '') : '';
  const after = text[mark.at + mark.length] ?? '';
  const spaceBefore = before === '' || OPENING_SPACE.test(before);
  const spaceAfter = after === '' || CLOSING_SPACE.test(after);
  if (inside) {
    // Inside a passage a mark closes it unless it clearly opens a new one (space before, a word after).
    if (spaceBefore && !spaceAfter) return 'open';
    return 'close';
  }
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && !spaceAfter) return 'open'; // glued: `said"We` — rare; read as opening
  return null; // a stray closing-looking mark with no passage open
}

/**
 * A closing glyph typed where an opening one belongs (`let aides ”get close to Ben …”`): nothing is open,
 * space (or a paragraph start or a direction mark) before it, a letter after it, and another closing mark
 * later in the same paragraph.
 */
function opensDespiteGlyph(text: string, mark: Mark, paragraphEnd: number): boolean {
  if (text[mark.at] !== '”') return false;
  const before = text[mark.at - 1] ?? '';
  const spaceBefore =
    before === '' || before === '\n' || OPENING_SPACE.test(before) || /[\u202a-\u202e\u2066-\u2069]/.test(before);
  // (At a paragraph start an ellipsis may come first: `” … he delivered a mix …,” Barabak wrote.`)
  const paragraphStart = before === '' || before === '\n';
  const after = text.slice(mark.at + 1, mark.at + 6);
  const opensWords = /^[\p{L}\p{N}]/u.test(after) || (paragraphStart && /^\s?(?:…|\.\.\.)\s?[\p{L}\p{N}]/u.test(after));
  if (!spaceBefore || !opensWords) return false;
  // Scanned only to the paragraph end, so a page of stray marks stays linear.
  for (let k = mark.at + 1; k < paragraphEnd; k++) if (text[k] === '”') return true;
  return false;
}

/**
 * A curly opening mark inside an open curly passage is a nested quote when two closing marks follow before any
 * other opening mark in the paragraph: the first closes the inner quote, the second the outer one. Returns the
 * index just past the inner closing mark, or -1. (The scan stops at the next opening mark, so it stays linear.)
 */
function nestedPairEnd(text: string, outerOpen: number, mark: Mark, paragraphEnd: number): number {
  if (text[mark.at] !== '“' || text[outerOpen] !== '“') return -1;
  let innerClose = -1;
  for (let k = mark.at + 1; k < paragraphEnd; k++) {
    const ch = text[k];
    if (ch === '“') return -1;
    if (ch !== '”') continue;
    if (innerClose >= 0) return innerClose + 1;
    innerClose = k;
  }
  return -1;
}

export function findQuotedPassages(text: string, paragraphs: Paragraph[]): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let carry: QuotedPassage | null = null; // a passage continued from the previous paragraph

  for (const p of paragraphs) {
    let current: QuotedPassage | null = null;
    let fragmentStart = -1;
    let i = p.start;
    if (carry) {
      // The multi-paragraph convention: continue only if this paragraph begins with an opening mark of the same
      // family. (A pasted block opened by a straight mark never closes; the curly quote that opens the next
      // paragraph is a quotation of its own.)
      const first = markAt(text, p.start);
      if (first && resolve(text, first, false) === 'open' && family(text, first.at) === family(text, carry.open)) {
        current = carry;
        fragmentStart = p.start + first.length;
        i = fragmentStart;
      } else {
        passages.push(carry);
      }
      carry = null;
    }
    while (i < p.end) {
      const mark = markAt(text, i);
      if (!mark) {
        i++;
        continue;
      }
      let role = resolve(text, mark, current !== null);
      if (current === null && role === 'close' && opensDespiteGlyph(text, mark, p.end)) role = 'open';
      if (current === null) {
        if (role === 'open') {
          current = { fragments: [], open: mark.at, end: mark.at, closed: false };
          fragmentStart = mark.at + mark.length;
        }
      } else if (role === 'close') {
        current.fragments.push({ start: fragmentStart, end: mark.at });
        current.end = mark.at + mark.length;
        current.closed = true;
        passages.push(current);
        current = null;
      } else if (role === 'open') {
        // `“… what he calls “hell” than …”`: a nested quote typed with double marks stays inside the passage.
        const nestedEnd = nestedPairEnd(text, current.open, mark, p.end);
        if (nestedEnd > 0) {
          i = nestedEnd;
          continue;
        }
        // An opening mark while open: the first passage was unbalanced. Keep it up to here, start again.
        current.fragments.push({ start: fragmentStart, end: trimEnd(text, mark.at) });
        current.end = mark.at;
        passages.push(current);
        current = { fragments: [], open: mark.at, end: mark.at, closed: false };
        fragmentStart = mark.at + mark.length;
      }
      i = mark.at + mark.length;
    }
    if (current) {
      current.fragments.push({ start: fragmentStart, end: p.end });
      current.end = p.end;
      carry = current;
    }
  }
  if (carry) passages.push(carry);
  // Empty fragments (a mark that ends a paragraph, then a passage continued by the next one) are not content.
  for (const q of passages) q.fragments = q.fragments.filter((f) => f.end > f.start);
  return passages.filter((q) => q.fragments.length > 0);
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}
