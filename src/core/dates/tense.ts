import { wordSet } from '../text/word-list';

/**
 * The tense around a temporal expression, from the nearest verb-like cue in its sentence. Without a
 * part-of-speech tagger this is a word-list guess, but it is what decides whether "Saturday" in a Sunday
 * story is the day before ("said on Saturday") or ahead ("will meet Saturday").
 */
export type Tense = 'past' | 'present' | 'future';

const FUTURE = wordSet(`
  will 'll shall wo won't would 'd going gonna plan plans planned planning scheduled schedule expect expects
  expected expecting due upcoming intends intend set slated poised hope hopes aims aim prepared await awaits
  awaiting begins starts opens resumes tomorrow next coming
`);

const PRESENT = wordSet(`
  is are am says say tells tell says do does can may might must 's 're seems appears remain remains
`);

const PAST = wordSet(`
  was were had did said told made took came went gave found met left began fell rose sold bought held won
  lost saw got led ran paid spoke wrote became brought thought kept sent struck fought chose drew grew knew
  flew threw shot stood sat meant felt heard built spent sought taught caught withdrew fled bore broke
  forgot hid rode rang sang sank slid stole swore swept swam tore woke wore wound ago yesterday last earlier
  been has have
`);

const NOT_PAST_ED = wordSet(`
  need indeed speed feed seed bed red shed proceed exceed succeed hundred hatred sacred naked wicked wretched
  kindred hundred ed united limited
`);

function classify(word: string): Tense | null {
  const w = word.toLowerCase();
  if (w.endsWith("'ll") || w.endsWith("'d")) return 'future';
  if (FUTURE.has(w)) return 'future';
  if (PAST.has(w)) return 'past';
  if (PRESENT.has(w)) return 'present';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return 'past';
  return null;
}

const SENTENCE_END = /[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])|\n/g;

/** Start and end of the sentence holding [start, end). */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = 0;
  SENTENCE_END.lastIndex = Math.max(0, start - 400);
  for (let m = SENTENCE_END.exec(text); m && m.index < start; m = SENTENCE_END.exec(text)) from = m.index + m[0].length;
  SENTENCE_END.lastIndex = end;
  const next = SENTENCE_END.exec(text);
  return [from, next ? next.index : text.length];
}

const WORD = /[A-Za-z']+/g;

/** Tense of the nearest cue word in the sentence; a cue before the expression wins a tie. */
export function tenseAt(text: string, start: number, end: number): Tense {
  const [from, to] = sentenceAround(text, start, end);
  let best: Tense | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    if (m.index >= start && m.index < end) continue;
    const t = classify(m[0]);
    if (!t) continue;
    const distance = m.index < start ? start - (m.index + m[0].length) : m.index - end + 1;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best ?? 'present';
}
