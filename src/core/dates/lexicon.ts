import { wordList } from '../text/word-list';

/** Calendar words and the regular-expression fragments built from them. */

const MONTHS = wordList('january february march april may june july august september october november december');
const WEEKDAYS = wordList('monday tuesday wednesday thursday friday saturday sunday');

/** Month number of a month name or abbreviation ("Sept.", "aug"); undefined when it is not one. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  const i = MONTHS.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)));
  return i >= 0 ? i + 1 : undefined;
}

/** ISO weekday (Monday 1) of a weekday name or abbreviation; undefined when it is not one. */
export function weekdayNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = WEEKDAYS.findIndex((d) => d === w || d === `${w}day` || (w.length >= 3 && d.startsWith(w)));
  return i >= 0 ? i + 1 : undefined;
}

const ABBREVIATED = wordList('Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec');
/** A month name, full or abbreviated with a full stop ("Aug.", "Sept."). Case is checked by the caller. */
export const MONTH = `(?:${MONTHS.join('|')}|(?:${ABBREVIATED.join('|')})\\.)`;
/** A month name that is also an ordinary word ("may", "march") and needs a date context when alone. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march']);
export const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
/** Weekday abbreviations seen in datelines ("Tues.", "Thurs."), only before a month day. */
export const WEEKDAY_ABBR = '(?:Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.';

const ORDINAL_WORDS = wordList(`
  first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
  fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third
  twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first
`);
/** A day of the month: "6", "6th", "sixth", "twenty-first". */
export const MONTH_DAY = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|${ORDINAL_WORDS.slice().reverse().join('|')}`;

export function monthDayNumber(raw: string): number | undefined {
  const digits = /^(\d{1,2})/.exec(raw);
  if (digits) return Number(digits[1]);
  const i = ORDINAL_WORDS.indexOf(raw.toLowerCase().replace(/\s+/g, '-'));
  return i >= 0 ? i + 1 : undefined;
}

const ORDINALS = wordList('first second third fourth');
/** Ordinal of a quarter or half: "first" or "1st" → 1. */
export function ordinalNumber(raw: string): number | undefined {
  const w = raw.toLowerCase();
  const digits = /^(\d)(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  const i = ORDINALS.indexOf(w);
  return i >= 0 ? i + 1 : undefined;
}

export const SEASON = '(?:spring|summer|fall|autumn|winter)';
export function seasonCode(word: string): string {
  const w = word.toLowerCase();
  if (w === 'spring') return 'SP';
  if (w === 'summer') return 'SU';
  if (w === 'winter') return 'WI';
  return 'FA';
}

export const PART_OF_DAY = '(?:morning|afternoon|evening|night|mid-?afternoon|mid-?morning|midday)';
export function partOfDayCode(word: string): string {
  const w = word.toLowerCase().replace('-', '');
  if (w === 'morning' || w === 'midmorning') return 'MO';
  if (w === 'afternoon' || w === 'midafternoon') return 'AF';
  if (w === 'evening') return 'EV';
  if (w === 'midday') return '12:00';
  return 'NI';
}

/** Time zones written after a clock time ("5 p.m. EST"). */
export const TIME_ZONE = '(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|IST|JST|AEST|AEDT|local\\s+time)';

/** Unit words: the TIMEX3 letter, whether it is a clock unit (PT…), and how many of the letter it is. */
export interface UnitInfo {
  letter: string;
  clock: boolean;
  factor: number;
}
const UNIT_INFO: Record<string, UnitInfo> = {
  second: { letter: 'S', clock: true, factor: 1 },
  minute: { letter: 'M', clock: true, factor: 1 },
  hour: { letter: 'H', clock: true, factor: 1 },
  day: { letter: 'D', clock: false, factor: 1 },
  night: { letter: 'D', clock: false, factor: 1 },
  week: { letter: 'W', clock: false, factor: 1 },
  fortnight: { letter: 'W', clock: false, factor: 2 },
  weekend: { letter: 'WE', clock: false, factor: 1 },
  month: { letter: 'M', clock: false, factor: 1 },
  quarter: { letter: 'Q', clock: false, factor: 1 },
  year: { letter: 'Y', clock: false, factor: 1 },
  decade: { letter: 'Y', clock: false, factor: 10 },
  century: { letter: 'Y', clock: false, factor: 100 },
  millennium: { letter: 'Y', clock: false, factor: 1000 },
};
/** A unit word, singular or plural ("years", "centuries"). */
export const UNIT =
  '(?:second|minute|hour|day|night|week|fortnight|weekend|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a))';

export function unitInfo(word: string): UnitInfo | undefined {
  let w = word.toLowerCase();
  if (w.startsWith('centur')) w = 'century';
  else if (w.startsWith('millenni')) w = 'millennium';
  else w = w.replace(/s$/, '');
  return UNIT_INFO[w];
}
