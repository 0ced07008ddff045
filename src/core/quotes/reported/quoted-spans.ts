import type { TextDoc } from '../../text/document';
import { wordSet } from '../../text/word-list';
import type { Span } from '../../types';
import { overlaps } from '../raw-quote';

/** Where the quotation marks are: quoted fragments, and where a mixed quote ends. */

/** Quote fragments of the document, sorted, for fast "is this position quoted?" checks. */
export const fragmentCache = new WeakMap<TextDoc, Span[]>();

export function quotedFragments(doc: TextDoc): Span[] {
  let fragments = fragmentCache.get(doc);
  if (!fragments) {
    fragments = doc.passages.flatMap((p) => p.fragments).sort((a, b) => a.start - b.start);
    fragmentCache.set(doc, fragments);
  }
  return fragments;
}

/** The quote fragments overlapping a span (fragments are sorted and do not overlap each other). */
export function fragmentsOverlapping(doc: TextDoc, span: Span): Span[] {
  const fragments = quotedFragments(doc);
  let lo = 0;
  let hi = fragments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((fragments[mid]?.end ?? 0) <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let i = lo; i < fragments.length && (fragments[i]?.start ?? Infinity) < span.end; i++) {
    const f = fragments[i] as Span;
    if (overlaps(f, span)) out.push(f);
  }
  return out;
}

export function insideQuote(doc: TextDoc, pos: number): boolean {
  const fragments = quotedFragments(doc);
  let lo = 0;
  let hi = fragments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = fragments[mid] as Span;
    if (pos < f.start) hi = mid - 1;
    else if (pos >= f.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Words after a closing quote mark that start an adverbial of time or occasion: `called Palin a “clown” during
 * his show`, `… “thugs” at the rally`.
 * (A prepositional phrase is more often part of the label: `called the deal “a historic step” in the fight
 * against floods`, `calls it “the pearl” on the Silk Road`.)
 */
export const TRAILING_ADVERBIAL =
  /^[\s,]*(?:at|during|before|after|when|while|repeatedly|again|last|yesterday|today)\b/i;

/** Verbs that give something a name: what follows the quoted name may be the writer's ("a “clown” during …"). */
export const NAMING = wordSet('call describe dub label brand term deem dismiss');

/** Ends a mixed content at its last quotation when only an adverbial follows it. */
export function endAtLastQuotation(doc: TextDoc, span: Span): Span {
  const inside = doc.passages.filter((p) => p.closed && p.open >= span.start && p.end <= span.end + 1);
  const last = inside[inside.length - 1];
  if (!last || last.end >= span.end) return span;
  const rest = doc.text.slice(last.end, span.end);
  // A quoted verb phrase takes its own complement: vowed to “take our fight” to the states, decried the GOP for
  // “turning its back” on voters.
  const before = doc.text.slice(Math.max(span.start, last.open - 5), last.open);
  const firstQuoted = /^[“"'‘]?([\p{L}'’-]+)/u.exec(doc.text.slice(last.open, last.end))?.[1] ?? '';
  if (/\bto\s*$/i.test(before) || /^\p{Ll}+ing$/u.test(firstQuoted)) return span;
  // `calling it a “no-brainer” to prosecute`: an infinitive completes the phrase.
  if (/^[\s,]*to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)\p{Ll}/u.test(rest))
    return span;
  return TRAILING_ADVERBIAL.test(rest) || SAID_WHERE.test(rest) ? { start: span.start, end: last.end } : span;
}

/**
 * A prepositional phrase that says where or when something was said: `called the system “rigged” in a tweet
 * Tuesday`, `… “abhorrent” on Sunday`, `… in his 1969 book`.
 */
const SAID_WHERE = new RegExp(
  String.raw`^[\s,]*(?:in|on)\s+(?:(?:a|an|the|his|her|their|its|this|last|one|several)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,3}?` +
    '(?:tweets?|statements?|interviews?|speech(?:es)?|books?|letters?|op-eds?|posts?|videos?|ads?|rall(?:y|ies)|' +
    'debates?|hearings?|conference|appearances?|shows?|broadcasts?|emails?|memos?|columns?|editorials?|essays?|' +
    String.raw`articles?|Twitter|Facebook|Instagram|television|radio|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`,
  'u',
);

/**
 * What a sign or a hat reads is its quotation, and what follows it is the writer's: `a hat reading “Make Mexico
 * Great Again Also” on Wednesday night`.
 */
export function endWithOpeningQuotation(doc: TextDoc, span: Span): Span {
  // The passage opening at the span's start, by binary search (passages are in text order).
  let lo = 0;
  let hi = doc.passages.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.passages[mid]?.open ?? 0) < span.start - 2) lo = mid + 1;
    else hi = mid;
  }
  const passage = doc.passages[lo];
  if (!passage?.closed || passage.open > span.start + 1) return span;
  return { start: span.start, end: Math.min(span.end, passage.end) };
}
