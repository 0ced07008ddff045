import { type TextDoc, tokensIn } from '../text/document';
import type { Token } from '../text/tokens';
import { wordClass } from '../text/word-class';
import { wordSet } from '../text/word-list';
import type { Span } from '../types';
import type { RawQuote } from './raw-quote';
import { insideQuote } from './reported/quoted-spans';

/**
 * Statements reported through a noun: "Trump's claim that the vote was rigged", "her call for a recount",
 * "his pledge to cut taxes". The possessor is the speaker; what follows "that", "for" or "to" is the
 * content. Stances ("his support for …") are left out: they report a position, not something said.
 */

/** Nouns followed by a "that" clause: "claim that …", "warning that …". */
export const THAT_NOUNS = wordSet(`
  claim claims assertion assertions suggestion argument contention insistence allegation allegations accusation
  accusations warning warnings belief view fear fears hope hopes prediction promise pledge vow admission
  acknowledgment acknowledgement denial complaint insinuation
`);
/** Nouns followed by "to" + verb: "pledge to cut taxes", "plan to build a wall". */
const TO_NOUNS = wordSet('promise pledge vow proposal demand request');
/** Nouns followed by "for": "call for a recount". */
const FOR_NOUNS = wordSet('call calls demand demands plea pleas request requests appeal appeals');

const POSSESSIVE_PRONOUNS = wordSet('his her their its my our');

interface Possessor extends Span {
  /** Index of the possessor's last token. */
  last: number;
}

/** "Trump’s" / "the governor's" / "his": the possessor right before the noun (skipping up to three modifiers). */
function possessorBefore(tokens: Token[], noun: number): Possessor | null {
  let i = noun - 1;
  // "controversial proposal", "recent evidence-free assertion"
  for (let skipped = 0; skipped < 3 && isModifier(tokens[i]); skipped++) i--;
  const t = tokens[i];
  if (!t?.word) return null;
  if (POSSESSIVE_PRONOUNS.has(t.text.toLowerCase())) return { start: t.start, end: t.end, last: i };
  if (!/['’]s$/.test(t.text)) return null;
  // The name before the possessive: "Hillary Clinton’s", "the governor’s".
  let first = i;
  while (
    first - 1 >= 0 &&
    tokens[first - 1]?.word &&
    (wordClass(tokens[first - 1]) === 'cap' || tokens[first - 1]?.text === '.')
  )
    first--;
  const start = tokens[first]?.start ?? t.start;
  return { start, end: t.end - 2, last: i };
}

function isModifier(t: Token | undefined): boolean {
  return t?.word === true && wordClass(t) === 'word' && !/['’]s$/.test(t.text);
}

function contentAfter(tokens: Token[], from: number, kind: 'that' | 'to' | 'for'): Span | null {
  let end = from;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (!t.word && /^[.;:!?]$/.test(t.text)) break;
    // A "to" or "for" complement is a phrase: it ends at a comma; a "that" clause runs to the sentence end.
    if (kind !== 'that' && !t.word && t.text === ',') break;
    end = i;
  }
  const first = tokens[from];
  const last = tokens[end];
  if (!first || !last || end - from < 2) return null;
  return { start: first.start, end: last.end };
}

export function findNominalStatements(doc: TextDoc, taken: RawQuote[]): RawQuote[] {
  const found: RawQuote[] = [];
  const takenCues = new Set(taken.flatMap((q) => (q.cue ? [q.cue.start] : [])));
  for (const s of doc.sentences) {
    const tokens = tokensIn(doc, s.start, s.end);
    for (let i = 1; i < tokens.length - 2; i++) {
      const noun = tokens[i];
      // Inside a quotation the nouns are the speaker's own words ("the committee’s insistence that …").
      if (!noun?.word || takenCues.has(noun.start) || insideQuote(doc, noun.start)) continue;
      const lower = noun.text.toLowerCase();
      const next = tokens[i + 1]?.text.toLowerCase() ?? '';
      const kind =
        next === 'that' && THAT_NOUNS.has(lower)
          ? 'that'
          : next === 'to' && TO_NOUNS.has(lower) && wordClass(tokens[i + 2]) === 'word'
            ? 'to'
            : next === 'for' && FOR_NOUNS.has(lower)
              ? 'for'
              : null;
      if (!kind) continue;
      const possessor = possessorBefore(tokens, i);
      if (!possessor) continue;
      const content = contentAfter(tokens, kind === 'to' ? i + 1 : i + 2, kind);
      if (!content) continue;
      found.push({
        kind: 'indirect',
        content: [content],
        cue: { start: noun.start, end: noun.end },
        speaker: { start: possessor.start, end: possessor.end },
        confidence: 0.6,
      });
    }
  }
  return found;
}
