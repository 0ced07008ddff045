import type { TextDoc } from '../text/document';
import type { Sentence } from '../text/segment';
import { type Token, tokenize } from '../text/tokens';
import { wordSet } from '../text/word-list';
import type { Span } from '../types';
import { type Cue, cueAt } from './cue';
import { overlaps, type RawQuote, trimSpan } from './raw-quote';
import { type SpeakerPhrase, speakerAfter, speakerBefore } from './speaker-phrase';

/**
 * Reported speech at sentence level: indirect (`X said (that) …`, `…, X said.`, `according to X, …`) and
 * mixed (the same with a quoted fragment inside the content).
 */

/** Verbs whose object is the listener, skipped before the content: "told reporters that …". */
const LISTENER_VERBS = new Set(['tell', 'inform', 'assure', 'reassure', 'remind', 'advise', 'notify', 'warn', 'ask']);

const MIN_CONTENT_WORDS = 3;

/** Words that open an adverbial between a cue and its content. */
const ADVERBIAL_START = wordSet(`
  during in on at after before while when last this earlier later yesterday today tonight monday tuesday wednesday
  thursday friday saturday sunday recently previously repeatedly privately publicly separately again also then
  through via over from
`);

function toSpan(x: Span): Span {
  return { start: x.start, end: x.end };
}

function wordsIn(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i <= to && i < tokens.length; i++) if (tokens[i]?.word) n++;
  return n;
}

/** Index of the first content token after a cue: skips the listener and a "that". */
function contentStartAfter(tokens: Token[], cue: Cue): number {
  let i = cue.lastIndex + 1;
  if (LISTENER_VERBS.has(cue.lemma)) {
    // Skip a short object: "told reporters", "told The Associated Press", "told him".
    let j = i;
    while (j < tokens.length && j - i < 5 && tokens[j]?.word && tokens[j]?.text.toLowerCase() !== 'that') j++;
    if (tokens[j]?.text.toLowerCase() === 'that' || tokens[j]?.text === ',' || tokens[j]?.text === ':') i = j;
    else if (j - i <= 2) i = j;
  }
  while (i < tokens.length && /^[,:]$/.test(tokens[i]?.text ?? '')) i++;
  // "said during a visit to Kyiv on Friday that …": after an adverbial, the content starts at a nearby "that".
  // ("said US officials shared the assessment that …" is content from the first word.)
  if (tokens[i]?.text.toLowerCase() === 'that') return i + 1;
  if (!ADVERBIAL_START.has(tokens[i]?.text.toLowerCase() ?? '')) return i;
  for (let j = i; j < tokens.length && j - i <= 12; j++) {
    const t = tokens[j];
    if (!t || /^[.;:“"”]$/.test(t.text)) break;
    if (t.text.toLowerCase() === 'that') return j + 1;
  }
  return i;
}

function sentenceTokens(doc: TextDoc, s: Sentence): Token[] {
  return tokenize(doc.text, s.start, s.end);
}

function build(
  doc: TextDoc,
  content: Span,
  cue: Cue,
  speaker: SpeakerPhrase | null,
  confidence: number,
): RawQuote | null {
  const trimmed = trimSpan(doc.text, content, /[\s,;:.—–-]/);
  const words = (doc.text.slice(trimmed.start, trimmed.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  if (words < MIN_CONTENT_WORDS) return null;
  const mixed = doc.passages.some((p) => p.fragments.some((f) => overlaps(f, trimmed)));
  return {
    kind: mixed ? 'mixed' : 'indirect',
    content: [trimmed],
    cue: toSpan(cue),
    speaker: speaker ? toSpan(speaker) : null,
    confidence: speaker ? confidence : confidence * 0.6,
  };
}

function attributeSentence(doc: TextDoc, s: Sentence): RawQuote | null {
  const tokens = sentenceTokens(doc, s);
  const last = tokens.length - 1;
  for (let i = 0; i < tokens.length; i++) {
    const cue = cueAt(tokens, i);
    if (!cue) continue;

    if (cue.lemma === 'according to') {
      const speaker = speakerAfter(tokens, cue.lastIndex);
      if (!speaker) continue;
      const afterSpeaker = tokens[speaker.last + 1];
      if (cue.index === 0 || (tokens[cue.index - 1]?.text === ',' && cue.index <= 1)) {
        // "According to X, CONTENT."
        const startTok = afterSpeaker?.text === ',' ? speaker.last + 2 : speaker.last + 1;
        const from = tokens[startTok]?.start ?? s.end;
        return build(doc, { start: from, end: s.end }, cue, speaker, 0.75);
      }
      // "CONTENT, according to X."
      const content = { start: s.start, end: tokens[cue.index]?.start ?? s.start };
      return build(doc, content, cue, speaker, 0.75);
    }

    const commaBefore = tokens[cue.index - 1]?.text === ',';
    // "CONTENT, said X." / "CONTENT, X said."
    const speakerLeft = speakerBefore(tokens, cue.index);
    const leftBoundary = speakerLeft ? tokens[speakerLeft.first - 1] : tokens[cue.index - 1];
    const tailWords = wordsIn(tokens, cue.lastIndex + 1, last);
    if (leftBoundary?.text === ',' && tailWords <= 6 && (speakerLeft || commaBefore)) {
      const speaker = speakerLeft ?? speakerAfter(tokens, cue.lastIndex);
      const content = { start: s.start, end: leftBoundary.start };
      return build(doc, content, cue, speaker, 0.7);
    }
    // "X said (that) CONTENT."
    // ("the report quoted X as saying …" puts a quoting verb before the speaker.)
    const asSaying = tokens[cue.index]?.text.toLowerCase() === 'as';
    const clauseStart =
      speakerLeft && (speakerLeft.first === 0 || /^[,;:]$/.test(tokens[speakerLeft.first - 1]?.text ?? ''));
    if (speakerLeft && (clauseStart || asSaying)) {
      const startTok = contentStartAfter(tokens, cue);
      const from = tokens[startTok]?.start ?? s.end;
      return build(doc, { start: from, end: s.end }, cue, speakerLeft, 0.7);
    }
  }
  return null;
}

export function findReportedSpeech(doc: TextDoc, taken: RawQuote[]): RawQuote[] {
  const found: RawQuote[] = [];
  const takenSpans = taken.flatMap((q) => q.content);
  for (const s of doc.sentences) {
    if (takenSpans.some((c) => overlaps(c, s))) continue;
    const quote = attributeSentence(doc, s);
    if (quote) found.push(quote);
  }
  return found;
}
