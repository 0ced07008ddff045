import { wordList } from '../text/word-list';

/** Counts in temporal phrases: "20", "2 1/2", "twenty-four", "a", "several" (unspecified: 'X'). */

const ONES = wordList('zero one two three four five six seven eight nine');
const TEENS = wordList('ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen');
const TENS = wordList('_ _ twenty thirty forty fifty sixty seventy eighty ninety');

const WORD_VALUE = new Map<string, number>();
for (const [i, w] of ONES.entries()) WORD_VALUE.set(w, i);
for (const [i, w] of TEENS.entries()) WORD_VALUE.set(w, 10 + i);
for (const [i, w] of TENS.entries()) if (w !== '_') WORD_VALUE.set(w, i * 10);
WORD_VALUE.set('a', 1);
WORD_VALUE.set('an', 1);
WORD_VALUE.set('single', 1);
WORD_VALUE.set('dozen', 12);

const ONES_RE = ONES.slice(1).join('|');
const TEENS_RE = TEENS.join('|');
const TENS_RE = TENS.filter((w) => w !== '_').join('|');

/** A number written in words, up to the thousands ("twenty four", "two hundred", "a"). */
export const NUMBER_WORDS = `(?:(?:${TENS_RE})(?:[-\\s](?:${ONES_RE}))?|${TEENS_RE}|${ONES_RE}|a|an|a\\s+dozen|dozen|single)(?:[-\\s](?:hundred|thousand))?`;
/** Digits, with thousands separators, decimals or a trailing simple fraction ("5 1/2"). */
export const NUMBER_DIGITS = '\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+\\d\\/\\d)?';
/** Counts that say "more than one" without a number. */
export const VAGUE_COUNT =
  'several|a\\s+few|few|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|many|numerous|a\\s+number\\s+of';
/** Any count, with an optional "and a half". */
export const COUNT = `(?:${NUMBER_DIGITS}|${VAGUE_COUNT}|${NUMBER_WORDS})(?:\\s+and\\s+a\\s+half)?`;

/** The count's value: a number, 'X' for a vague count, or null when it is not a count. */
export function parseCount(raw: string): number | 'X' | null {
  let s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  let extra = 0;
  if (s.endsWith(' and a half')) {
    extra = 0.5;
    s = s.slice(0, -' and a half'.length);
  }
  if (/^(?:a )?couple(?: of)?$/.test(s)) return 2;
  if (new RegExp(`^(?:${VAGUE_COUNT})$`).test(s)) return 'X';
  const digits = /^(\d+(?:,\d{3})*(?:\.\d+)?)(?: (\d)\/(\d))?$/.exec(s);
  if (digits) {
    const whole = Number((digits[1] ?? '').replace(/,/g, ''));
    const fraction = digits[2] ? Number(digits[2]) / Number(digits[3]) : 0;
    return whole + fraction + extra;
  }
  const words = s.split(/[-\s]+/).filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else {
      const v = WORD_VALUE.get(w);
      if (v === undefined) return null;
      current += v;
    }
  }
  const value = total + current + extra;
  return value > 0 ? value : null;
}

/** A year spelled out: "nineteen ninety-six", "two thousand", "two thousand and one". */
export const YEAR_WORDS = `(?:(?:nineteen|eighteen|twenty)[-\\s](?:(?:${TENS_RE})(?:[-\\s](?:${ONES_RE}))?|${TEENS_RE}|hundred|oh[-\\s](?:${ONES_RE}))|two\\s+thousand(?:(?:\\s+and)?\\s+(?:${ONES_RE}|${TEENS_RE}))?)`;

export function parseYearWords(raw: string): number | null {
  const words = raw
    .toLowerCase()
    .split(/[-\s]+/)
    .filter((w) => w !== 'and');
  if (words[0] === 'two' && words[1] === 'thousand') {
    const rest = words.slice(2).join(' ');
    return 2000 + (rest ? (parseCount(rest) as number) : 0);
  }
  const century = WORD_VALUE.get(words[0] ?? '');
  if (century === undefined) return null;
  const rest = words.slice(1).filter((w) => w !== 'oh');
  if (rest[0] === 'hundred') return century * 100;
  const tail = parseCount(rest.join(' '));
  return typeof tail === 'number' ? century * 100 + tail : null;
}
