import { wordSet } from '../text/word-list';

/**
 * The tense around a temporal expression, from the nearest verb-like cue in its sentence. Without a
 * part-of-speech tagger this is a word-list guess, but it is what decides whether "Saturday" in a Sunday
 * story is the day before ("said on Saturday") or ahead ("will meet Saturday").
 */
/** 'none' when the sentence has no verb cue at all (a headline, a list). */
export type Tense = 'past' | 'present' | 'future' | 'none';

const FUTURE = wordSet(`
  will 'll shall wo won't would 'd going gonna upcoming tomorrow next coming ahead payable planned planning
  scheduled soon effective
`);

/** Future only when followed by "to" or "for": "plans to meet Friday", "scheduled for Monday" (not "the plan"). */
const FUTURE_BEFORE_TO = wordSet(`
  plan plans schedule expect expects expected expecting due intends intend intended
  set slated poised hope hopes hoping aims aim prepared await awaits awaiting is are
`);

const PRESENT = wordSet(`
  is are am says say tells tell do does can may might must 're seems appears remain remains expect expects
  starts begins opens resumes ends expires closes meets takes
`);

const PAST = wordSet(`
  was were had did said told made took came went gave found met left began fell rose sold bought held won
  lost saw got led ran paid spoke wrote became brought thought kept sent struck fought chose drew grew knew
  flew threw shot stood sat meant felt heard built spent sought taught caught withdrew fled bore broke
  forgot hid rode rang sang sank slid stole swore swept swam tore woke wore wound ago yesterday last earlier
  been has have
`);

/** "expected in December", "due in March". */
const EXPECTED = wordSet('expected due scheduled slated');

/** Auxiliaries that put a following "was expected to" / "had been due to" in the past. */
const PAST_AUXILIARY = wordSet('had');

const NOT_PAST_ED = wordSet(`
  need indeed speed feed seed bed red shed proceed exceed succeed hundred hatred sacred naked wicked wretched
  kindred ed united limited armed unnamed unidentified detailed advanced concerned related based
`);

function classify(word: string, next: string): Tense | null {
  const w = word.toLowerCase();
  if (w.endsWith("'ll") || w.endsWith("'d")) return 'future';
  if (FUTURE_BEFORE_TO.has(w) && (next === 'to' || next === 'for')) return 'future';
  if (EXPECTED.has(w) && next === 'in') return 'future';
  if (FUTURE.has(w)) return 'future';
  if (PAST.has(w)) return 'past';
  if (PRESENT.has(w)) return 'present';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return 'past';
  return null;
}

const SENTENCE_END = /[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])|\n/g;
/** How far either side of an expression its sentence is read (the verb that decides is always near). */
const REACH = 400;

/**
 * Start and end of the sentence holding [start, end), at most REACH characters either side: a run-on
 * "sentence" of thousands of dates otherwise made every date read the whole text (quadratic).
 */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  // Both searches run in slices: on a text with no sentence end, a search would otherwise run to its end.
  const reachStart = Math.max(0, start - REACH);
  const before = text.slice(reachStart, start + 8);
  let from = reachStart;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(before); m && reachStart + m.index < start; m = SENTENCE_END.exec(before)) {
    from = reachStart + m.index + m[0].length;
  }
  SENTENCE_END.lastIndex = 0;
  const next = SENTENCE_END.exec(text.slice(end, end + REACH + 8));
  return [from, Math.min(next ? end + next.index : text.length, end + REACH)];
}

const WORD = /[A-Za-z']+/g;

function words(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) out.push(m[0].toLowerCase());
  return out;
}

/** Auxiliaries that give a participle its tense: "is being made" (present), "will be held" (future). */
const PRESENT_AUXILIARY = wordSet('is are am');
const FUTURE_AUXILIARY = wordSet("will 'll shall would");

/** A conditional clause ("if Democrats win in November") looks ahead. */
const CONDITIONAL = wordSet('if unless');

/**
 * The tense of a past-looking verb from the auxiliary right before it: "is being made" and "are held" are
 * present, "will be held" and "to be held" future, "was held" past; after "could be" it is left open.
 * Without an auxiliary it is a simple past ("met", "said").
 */
function participleTense(left: string[], i: number): Tense | null {
  const prev = left[i - 1] ?? '';
  const prev2 = left[i - 2] ?? '';
  if (prev === 'being') return prev2 === 'was' || prev2 === 'were' ? 'past' : 'present';
  if (PRESENT_AUXILIARY.has(prev)) return 'present';
  if (prev === 'be') return FUTURE_AUXILIARY.has(prev2) || prev2 === 'to' ? 'future' : null;
  if (prev === 'been' && FUTURE_AUXILIARY.has(prev2)) return 'future';
  return 'past';
}

/**
 * The verb group before the expression decides ("said on Saturday", "will meet Tuesday", "is being made");
 * when there is none in the sentence, the first cue after it ("Saturday, officials said"). A conditional
 * clause ("if they win in November") looks ahead. A future cue right after "had" ("had been due to expire
 * Friday") is a future in the past, and counts as past.
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  const [from, to] = sentenceAround(text, start, end);
  const left = words(text, from, start);
  for (let i = left.length - 1; i >= 0; i--) {
    const word = left[i] ?? '';
    if (CONDITIONAL.has(word)) return 'future';
    const t = classify(word, left[i + 1] ?? '');
    if (!t) continue;
    if (t === 'future' && left.slice(Math.max(0, i - 3), i).some((w) => PAST_AUXILIARY.has(w))) return 'past';
    if (t === 'past' && !AUXILIARY_PAST.has(word)) return participleTense(left, i) ?? 'none';
    return t;
  }
  const right = words(text, end, to);
  for (let i = 0; i < right.length; i++) {
    const t = classify(right[i] ?? '', right[i + 1] ?? '');
    if (t) return t;
  }
  return 'none';
}

/** Past cues that are not participles: they carry their own tense. */
const AUXILIARY_PAST = wordSet('was were had did said told ago yesterday last earlier been has have');
