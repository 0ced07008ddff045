import { indexAt, sentenceAt, type TextDoc, tokensIn } from '../text/document';
import type { Span } from '../types';
import { findBlockQuotes } from './block-quote';
import { findColonAttributions } from './colon';
import { colonSentenceAttribution } from './colon-lead';
import { findDirectQuotes } from './direct';
import { dropNested } from './nested';
import { findNominalStatements } from './nominal';
import { type RawQuote, within } from './raw-quote';
import { findReportedSpeech } from './reported';

const MIN_STANDALONE_WORDS = 4;

function firstStart(q: RawQuote): number {
  return q.content[0]?.start ?? 0;
}

function lastEnd(q: RawQuote): number {
  return q.content[q.content.length - 1]?.end ?? 0;
}

/** Words in a quote's content. */
function wordsIn(doc: TextDoc, q: RawQuote): number {
  return q.content.reduce((n, f) => n + (doc.text.slice(f.start, f.end).match(/[\p{L}\p{N}]+/gu) ?? []).length, 0);
}

/**
 * A quotation with no cue of its own, right after an attributed one in the same paragraph, continues it:
 * news writes `"A," she said. "B."`, and B joins the earlier quote as a further fragment. In the next
 * paragraph (a speaker's quote paragraphs run on without repeating "she said") it stays a quote of its own,
 * and the sources pass gives it the same speaker: PolNeAR's annotators split such paragraphs about as often
 * as they join them, and a quote per paragraph points the reader to each one. Short unattributed passages
 * that continue nothing are dropped (titles, slogans).
 */
function mergeContinuations(doc: TextDoc, quotes: RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  for (const q of quotes) {
    // The quote it continues: the last one, or the last direct one when only reported clauses about the
    // speaker came after it (`"A," said O'Donnell, who wrote about it in her book. "B."`).
    let back = out.length - 1;
    while (back > 0 && out[back]?.kind === 'indirect' && out.length - 1 - back < 2) back--;
    const previous = out[back]?.kind === 'indirect' ? out[out.length - 1] : out[back];
    if (q.inherited && !q.cue && previous?.cue && previous.kind !== 'indirect' && lastEnd(previous) <= firstStart(q)) {
      const gap = indexAt(doc.paragraphs, firstStart(q)) - indexAt(doc.paragraphs, Math.max(0, lastEnd(previous) - 1));
      const colon = gap === 0 ? introducingColon(doc, previous, q) : -1;
      if (gap === 0 && colon < 0) {
        previous.content.push(...q.content);
        continue;
      }
      if (colon >= 0) {
        // (Its speaker is the subject of the sentence the colon ends, not the earlier quotation's.)
        out.push({ ...q, inherited: false, speaker: colonSentenceSubject(doc, colon) });
        continue;
      }
    }
    // Words are counted only where they matter (counting every quote's words cost as much as all its text).
    if (q.inherited && !q.cue && wordsIn(doc, q) < MIN_STANDALONE_WORDS) continue;
    out.push(q);
  }
  return out;
}

/**
 * `“I love Hispanics!” Jeb Bush broke down what was wrong with the image: “What Trump did …”`: a sentence of
 * the writer's that ends in a colon introduces the next quotation; it does not resume the one before.
 */
function introducingColon(doc: TextDoc, previous: RawQuote, q: RawQuote): number {
  const from = Math.max(lastEnd(previous), previous.cue?.end ?? 0, previous.speaker?.end ?? 0);
  const gap = doc.text.slice(from, firstStart(q));
  const colon = /:\s*["“]?\s*$/.exec(gap);
  return colon && /[\p{L}\p{N}]+\s+[\p{L}\p{N}]+/u.test(gap) ? from + colon.index : -1;
}

/** The subject opening the sentence that the colon at `colon` ends ("Jeb Bush broke down …:"). */
function colonSentenceSubject(doc: TextDoc, colon: number): Span | null {
  const sentence = sentenceAt(doc, colon);
  if (!sentence) return null;
  // (Only a subject that can speak: "The question is simple: “…”" names no speaker.)
  const tokens = tokensIn(doc, sentence.start, colon + 1);
  const subject = colonSentenceAttribution(doc, tokens, { from: 0, to: tokens.length - 1 })?.subject;
  return subject ? { start: subject.start, end: subject.end } : null;
}

/** Whether all of q, its cue and content, lies inside c's content. */
function insideContent(q: RawQuote, c: RawQuote): boolean {
  const range = { start: firstStart(c), end: lastEnd(c) };
  return within({ start: firstStart(q), end: lastEnd(q) }, range) && (q.cue === null || within(q.cue, range));
}

/** A reported statement that carries a quotation is a mixed quote. */
function withQuotedKind(doc: TextDoc, q: RawQuote): RawQuote {
  const quoted = doc.passages.some((p) =>
    p.fragments.some((f) => q.content.some((c) => f.start < c.end && c.start < f.end)),
  );
  return quoted ? { ...q, kind: 'mixed' } : q;
}

/** All attributions in the text: direct quotes first, then reported (indirect and mixed) speech around them. */
export function findQuotes(doc: TextDoc): RawQuote[] {
  const colonLines = findColonAttributions(doc);
  // A transcript quoted whole (`"WALLACE: …` / `"PENCE: …`, one opening mark per turn) is read turn by turn from
  // its speaker labels, not as one quotation with no speaker.
  // (Such a turn's label starts right after an opening mark, where the unattributed quotation's text starts.)
  const turnStarts = new Set(
    colonLines.flatMap((c) => (c.speaker && /["“]/.test(doc.text[c.speaker.start - 1] ?? '') ? [c.speaker.start] : [])),
  );
  const direct = findDirectQuotes(doc).filter((q) => q.cue !== null || !q.content.some((f) => turnStarts.has(f.start)));
  const reported = findReportedSpeech(doc, direct);
  // A colon line is used where no other attribution covers it, or where the others sit inside its content
  // ("Rubio: I Still Believe Trump Can’t Be Trusted" is Rubio's, not a statement by "I"; dropNested removes those).
  const colon = colonLines.filter(
    (c) =>
      ![...direct, ...reported].some(
        (q) => q.content.some((s) => s.start < lastEnd(c) && firstStart(c) < s.end) && !insideContent(q, c),
      ),
  );
  const nominal = findNominalStatements(doc, [...direct, ...reported]).map((q) => withQuotedKind(doc, q));
  const blocks = findBlockQuotes(doc);
  const ordered = [...direct, ...reported, ...colon, ...nominal, ...blocks].sort(
    (a, b) => firstStart(a) - firstStart(b),
  );
  return dropNested(doc, mergeContinuations(doc, ordered));
}
