import { indexAt, type TextDoc } from '../text/document';
import type { QuotedPassage } from '../text/quote-marks';
import { tokenize } from '../text/tokens';
import type { Span } from '../types';
import { type Cue, cueAt } from './cue';
import type { RawQuote } from './raw-quote';
import { type SpeakerPhrase, speakerAfter, speakerBefore } from './speaker-phrase';

/**
 * Direct quotes: quoted passages that are the whole reported clause, attributed by a cue right after the
 * closing mark (`," she said`, `," said Smith`) or right before the opening one (`Smith said: "`).
 * Passages that sit inside a longer clause are left to the mixed/indirect pass; short passages with no cue
 * are scare quotes or titles and are dropped.
 */

const MAX_CUE_DISTANCE = 12; // tokens between the closing mark and the reporting verb

interface Attribution {
  cue: Cue;
  speaker: SpeakerPhrase | null;
  /** Where the attribution text ends (for joining a split quote). */
  end: number;
}

function attributionAfter(doc: TextDoc, passage: QuotedPassage, limit: number): Attribution | null {
  const { text } = doc;
  const tokens = tokenize(text, passage.end, limit);
  const lastFragment = passage.fragments[passage.fragments.length - 1];
  const contentEndsOpen = lastFragment ? /[,?!—–-]\s*$/.test(text.slice(lastFragment.start, lastFragment.end)) : false;
  const first = tokens[0];
  if (!first) return null;
  const continues = contentEndsOpen || /^[,—–-]$/.test(first.text) || !/^\p{Lu}/u.test(first.text);
  if (!continues) return null;
  for (let i = 0; i < Math.min(tokens.length, MAX_CUE_DISTANCE); i++) {
    const t = tokens[i];
    if (!t) break;
    if (/^[.!?;“"]$/.test(t.text)) break;
    const cue = cueAt(tokens, i);
    if (!cue) continue;
    const firstWord = tokens.findIndex((x) => x.word);
    const speaker =
      (firstWord >= 0 && firstWord < cue.index ? speakerBefore(tokens, cue.index, firstWord) : null) ??
      speakerAfter(tokens, cue.lastIndex);
    let end = speaker && speaker.end > cue.end ? speaker.end : cue.end;
    // Include the comma that separates a split quote's attribution.
    const rest = /^\s*[,—–-]?/.exec(text.slice(end, limit));
    end += rest ? rest[0].length : 0;
    return { cue, speaker, end };
  }
  return null;
}

function attributionBefore(doc: TextDoc, passage: QuotedPassage, sentenceStart: number): Attribution | null {
  const tokens = tokenize(doc.text, sentenceStart, passage.open);
  // The cue must be close to the opening mark: `said:`, `said,`, `told reporters:`, `said in a statement:`.
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 8; i--) {
    const cue = cueAt(tokens, i);
    if (!cue) continue;
    const between = tokens.slice(cue.lastIndex + 1);
    const wordsBetween = between.filter((t) => t.word).length;
    const endsWithIntro = between.length === 0 || /^[:,]$/.test(between[between.length - 1]?.text ?? '');
    if (!endsWithIntro || wordsBetween > 5) return null;
    const speaker = speakerBefore(tokens, cue.index) ?? speakerAfter(tokens, cue.lastIndex);
    return { cue, speaker, end: passage.open };
  }
  return null;
}

/** True when the only words around the passage in its sentence are the attribution itself. */
function standsAlone(doc: TextDoc, passage: QuotedPassage, from: number, to: number): boolean {
  const before = doc.text.slice(from, passage.open);
  const after = doc.text.slice(passage.end, to);
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

function sentenceStartOf(doc: TextDoc, pos: number): number {
  const i = indexAt(doc.sentences, pos);
  return i >= 0 ? (doc.sentences[i]?.start ?? pos) : pos;
}

function sentenceEndOf(doc: TextDoc, pos: number): number {
  const i = indexAt(doc.sentences, Math.max(0, pos - 1));
  return i >= 0 ? (doc.sentences[i]?.end ?? pos) : pos;
}

function paragraphEndOf(doc: TextDoc, pos: number): number {
  const i = indexAt(doc.paragraphs, Math.max(0, pos - 1));
  return i >= 0 ? (doc.paragraphs[i]?.end ?? pos) : pos;
}

function wordCount(text: string, spans: Span[]): number {
  let n = 0;
  for (const s of spans) n += (text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return n;
}

export function findDirectQuotes(doc: TextDoc): RawQuote[] {
  const { text, passages } = doc;
  const quotes: RawQuote[] = [];
  const nextOpen = (k: number) => passages[k + 1]?.open ?? text.length;

  for (let k = 0; k < passages.length; k++) {
    const passage = passages[k];
    if (!passage) continue;
    const sentenceStart = sentenceStartOf(doc, passage.open);
    const limit = Math.min(paragraphEndOf(doc, passage.end), nextOpen(k));
    const after = passage.closed ? attributionAfter(doc, passage, limit) : null;
    const before = after ? null : attributionBefore(doc, passage, sentenceStart);
    const attribution = after ?? before;
    const fragments = [...passage.fragments];
    let end = passage.end;

    // "We will," she said, "win." — one quote in two fragments.
    const next = passages[k + 1];
    if (after && next && next.open >= after.end && /^\s*$/.test(text.slice(after.end, next.open))) {
      fragments.push(...next.fragments);
      end = next.end;
      k++;
    }

    const clauseEnd = attribution ? sentenceEndOf(doc, Math.max(end, attribution.end)) : sentenceEndOf(doc, end);
    const from = before ? before.end : sentenceStart;
    const alone = standsAlone(doc, { ...passage, end }, from, attribution ? clauseEnd : sentenceEndOf(doc, end));
    const words = wordCount(text, fragments);

    if (attribution && (alone || after)) {
      // Text before the passage in its sentence ("He called it "a disgrace," she said") makes it mixed;
      // the mixed/indirect pass owns those.
      if (!alone && /[\p{L}\p{N}]/u.test(text.slice(sentenceStart, passage.open))) continue;
      quotes.push({
        kind: 'direct',
        content: fragments,
        cue: { start: attribution.cue.start, end: attribution.cue.end },
        speaker: attribution.speaker ? { start: attribution.speaker.start, end: attribution.speaker.end } : null,
        confidence: attribution.speaker ? 0.9 : 0.6,
      });
      continue;
    }
    // No local cue: a passage that is a whole sentence or more is speech continued from context;
    // a short fragment inside a sentence is a scare quote, a title or a nickname.
    if (alone && words >= 4) {
      quotes.push({ kind: 'direct', content: fragments, cue: null, speaker: null, confidence: 0.5, inherited: true });
    }
  }
  return quotes;
}
