import type { TextDoc } from '../text/document';
import { type RawQuote, trimSpan, within } from './raw-quote';

/**
 * An attribution inside another one's content is part of what the outer speaker said: in "Israel said
 * Clinton called on members to be “closely coordinated”" the reader learns it from Israel, and PolNeAR
 * annotates only the outer statement in most such sentences (on its train set, 620 of 700 nested readings were
 * not annotated). The inner reading is dropped, with three exceptions:
 * - it opens a coordinated clause ("…, and she accused Trump of …", "but he suggested …"): there the outer
 *   content usually runs too far and the inner one is a statement of its own;
 * - it names the outer speaker's source ("…, according to three people familiar with the matter, the Journal
 *   reported"): the reader needs to see that source, and an unnamed one is counted from it;
 * - it is reported through its speaker's noun ("The mayor rejected Reyes’s claim that …"): the outer verb
 *   reacts to it.
 */

const COORDINATING = /^(?:and|but|when)$/i;
const EDGE = /[\s\p{P}]/u;

/** Whether every fragment of `inner` lies in a fragment of `outer`, and `outer` holds its cue. */
function nestedIn(doc: TextDoc, inner: RawQuote, outer: RawQuote): boolean {
  // (A quotation with no cue of its own inside another's content is the same words read twice.)
  const cue = inner.cue;
  if (cue && !outer.content.some((f) => within(cue, f))) return false;
  // (Compared without the marks and stops at the edges: `“no justice, no peace.”` sits in `… “no justice, no peace`.)
  return inner.content.every((f) => {
    const words = trimSpan(doc.text, f, EDGE);
    return outer.content.some((o) => within(words, o));
  });
}

/** The word before the inner attribution's lead (its speaker or its cue, whichever comes first). */
function wordBefore(doc: TextDoc, q: RawQuote): string {
  const lead = Math.min(q.cue?.start ?? Infinity, q.speaker?.start ?? Infinity);
  const before = doc.text.slice(Math.max(0, lead - 20), lead).match(/([\p{L}’']+)\s*$/u);
  return before?.[1] ?? '';
}

/** "Reyes’s claim that …", "her call for …": a statement reported through its speaker's noun. */
function isPossessorReading(doc: TextDoc, q: RawQuote): boolean {
  const speaker = q.speaker;
  if (!speaker) return false;
  const word = doc.text.slice(speaker.start, speaker.end);
  return /^(?:his|her|their|its|our|my)$/i.test(word) || /^['’]s\b/.test(doc.text.slice(speaker.end, speaker.end + 3));
}

/**
 * "…, according to three people familiar with the matter, the Journal reported": the inner reading names the
 * outer speaker's own source, which the reader needs to see (an unnamed source is counted from it).
 */
function namesItsSource(doc: TextDoc, q: RawQuote): boolean {
  const cue = q.cue;
  return cue !== null && /^(?:according to|citing)$/i.test(doc.text.slice(cue.start, cue.end));
}

/** Drops readings nested in another's content; the others keep their order. */
export function dropNested(doc: TextDoc, quotes: RawQuote[]): RawQuote[] {
  // Sweep: the quote reaching furthest so far is the only candidate that can contain the next one.
  const byReach = quotes
    .map((q, i) => {
      const last = q.content.at(-1);
      return { q, i, start: q.content[0]?.start ?? 0, end: last ? trimSpan(doc.text, last, EDGE).end : 0 };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const dropped = new Set<number>();
  let reach: (typeof byReach)[number] | undefined;
  for (const entry of byReach) {
    if (
      reach &&
      reach.end >= entry.end &&
      nestedIn(doc, entry.q, reach.q) &&
      !COORDINATING.test(wordBefore(doc, entry.q)) &&
      !isPossessorReading(doc, entry.q) &&
      !namesItsSource(doc, entry.q)
    )
      dropped.add(entry.i);
    else if (!reach || entry.end > reach.end) reach = entry;
  }
  return quotes.filter((_, i) => !dropped.has(i));
}
