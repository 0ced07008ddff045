import { dayValue, isValidDay, monthValue, pad, yearValue } from '../calendar';
import type { Rule } from '../context';
import { AMBIGUOUS_MONTHS, MONTH, MONTH_DAY, monthDayNumber, monthNumber, WEEKDAY, WEEKDAY_ABBR } from '../lexicon';
import { parseYearWords, YEAR_WORDS } from '../numbers';
import { direction, monthDayYear, monthYear } from '../resolve';
import { before, candidate, DATE_LEAD, group, isCapitalized, lower, POINT_MOD, rule, span } from './helpers';

/**
 * Dates written with calendar names and numbers: "Aug. 7, 1998", "Friday, Oct. 23", "July 1997",
 * "last April", "mid-November", "1990", "nineteen ninety-six", "11/06/2022".
 */

const YEAR4 = '(?:1[5-9]|20)\\d{2}';
const NOT_NUMBER_AFTER = '(?![\\w%/]|[.,]\\d|\\s*%)';

/** A year written after a month or day, either in digits or in words. */
function yearOf(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  if (/^\d{4}$/.test(raw)) return Number(raw);
  return parseYearWords(raw) ?? undefined;
}

const monthDay = rule(
  'month-day',
  `\\b(?:(?<wd>${WEEKDAY}|${WEEKDAY_ABBR}),?\\s+(?:the\\s+)?)?(?<mon>${MONTH})\\s+(?<day>${MONTH_DAY})\\b(?:,?\\s+(?<year>${YEAR4}\\b|${YEAR_WORDS}))?${NOT_NUMBER_AFTER}`,
  (m) => {
    const mon = group(m, 'mon');
    if (!isCapitalized(mon)) return null;
    const month = monthNumber(mon ?? '') ?? 0;
    const dayOfMonth = monthDayNumber(group(m, 'day') ?? '') ?? 0;
    const year = yearOf(group(m, 'year'));
    const [start, end] = span(m);
    return candidate(start, end, 'DATE', (ctx) => {
      const y = year ?? monthDayYear(ctx.dct, month, dayOfMonth, ctx.tense(start, end));
      const day = { y, m: month, d: dayOfMonth };
      return isValidDay(day) ? dayValue(day) : null;
    });
  },
);

const dayMonth = rule(
  'day-month',
  `\\b(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<mon>${MONTH})(?:,?\\s+(?<year>${YEAR4}))?\\b`,
  (m) => {
    const mon = group(m, 'mon');
    if (!isCapitalized(mon)) return null;
    const month = monthNumber(mon ?? '') ?? 0;
    const dayOfMonth = Number(group(m, 'day'));
    const year = yearOf(group(m, 'year'));
    const [start, end] = span(m);
    return candidate(start, end, 'DATE', (ctx) => {
      const y = year ?? monthDayYear(ctx.dct, month, dayOfMonth, ctx.tense(start, end));
      const day = { y, m: month, d: dayOfMonth };
      return isValidDay(day) ? dayValue(day) : null;
    });
  },
);

const monthYearRule = rule(
  'month-year',
  `\\b(?:${POINT_MOD}[-\\s]+)?(?<mon>${MONTH})(?:\\s+of)?,?\\s+(?<year>${YEAR4}\\b|${YEAR_WORDS})${NOT_NUMBER_AFTER}`,
  (m) => {
    const mon = group(m, 'mon');
    if (!isCapitalized(mon)) return null;
    const month = monthNumber(mon ?? '') ?? 0;
    const year = yearOf(group(m, 'year'));
    if (!year) return null;
    const [start, end] = span(m);
    return candidate(start, end, 'DATE', () => monthValue(year, month));
  },
);

const MONTH_DIRECTION = '(?:last|next|this|this\\s+past|this\\s+coming|coming|past)';

const bareMonth = rule(
  'month',
  `\\b(?<mod>${POINT_MOD}[-\\s]+)?(?:(?<dir>${MONTH_DIRECTION})\\s+)?(?<mon>${MONTH})(?:\\s+(?<rel>last|this|next)\\s+year)?(?![-\\w])`,
  (m, text) => {
    const mon = group(m, 'mon');
    if (!isCapitalized(mon)) return null;
    const word = lower(mon).replace(/\.$/, '');
    const [start, end] = span(m);
    // "May" and "March" are also a verb and a noun: alone they need a date word before them.
    if (AMBIGUOUS_MONTHS.has(word) && !group(m, 'mod') && !group(m, 'dir') && !group(m, 'rel')) {
      if (!DATE_LEAD.test(before(text, start))) return null;
      // "the March for Life", "March of the Combatant Mothers": a name.
      if (/^\s+(?:of|for|to|on)\s+(?:the\s+)?[A-Z]/.test(text.slice(end, end + 16))) return null;
    }
    const month = monthNumber(word) ?? 0;
    const rel = lower(group(m, 'rel'));
    return candidate(start, end, 'DATE', (ctx) => {
      if (rel) return monthValue(ctx.dct.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), month); // "until mid-November", "through January": a deadline looks ahead whatever the verb's tense.
      const deadline = /\b(?:until|till|through|by|before)\s+$/.test(before(text, start, 10));
      const dir = direction(group(m, 'dir'), deadline ? 'future' : ctx.tense(start, end));
      return monthValue(monthYear(ctx.dct, month, dir), month);
    });
  },
);

const YEAR_LEAD = '(?:(?<fiscal>fiscal(?:\\s+year)?|calendar(?:\\s+year)?|the\\s+year|model\\s+year)\\s+)?';

const NAMING_BEFORE = /\b(?:flight|route|highway|interstate|no\.|number|room|model|bus|train|suite|unit|lot|#)\s*$/;

const year = rule(
  'year',
  `(?<![\\w$.,'/-])(?:(?<mod>${POINT_MOD})[-\\s]+)?${YEAR_LEAD}(?<year>${YEAR4})${NOT_NUMBER_AFTER}(?:\\s+(?<later>or\\s+(?:later|earlier|before|after|beyond)|and\\s+beyond))?`,
  (m, text) => {
    const y = Number(group(m, 'year'));
    // "Flight 1549", "Route 2010", "No. 1999": a number that names something.
    if (NAMING_BEFORE.test(before(text, m.index, 12))) return null;
    const [start, end] = span(m);
    const mod = lower(group(m, 'mod'));
    return candidate(start, end, 'DATE', () => {
      if (mod.includes('first half')) return `${yearValue(y)}-H1`;
      if (mod.includes('second half') || mod.includes('last half')) return `${yearValue(y)}-H2`;
      return yearValue(y);
    });
  },
);

const spelledYear = rule('spelled-year', `\\b(?:the\\s+year\\s+)?(?<year>${YEAR_WORDS})\\b`, (m, text) => {
  const raw = group(m, 'year') ?? '';
  const [start, end] = span(m);
  const lead = /^the\s+year/i.test(m[0]);
  // "two thousand" is also a count: only a year after "the year" or a date preposition, and not before a noun.
  if (/^two\s+thousand/i.test(raw) && !lead) {
    if (!/\b(?:in|by|since|until|of)\s+$/.test(before(text, start))) return null;
    if (/^\s+[a-z]/.test(text.slice(end, end + 3))) return null;
  }
  const y = parseYearWords(raw);
  return y ? candidate(start, end, 'DATE', () => yearValue(y)) : null;
});

const DECADE_WORDS = 'twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties';
const DECADE_OF_WORD: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

const decade = rule(
  'decade',
  `\\b(?:(?:the|${POINT_MOD})[-\\s]+)*(?:(?<century>1[5-9]|20)(?<digit>\\d)0'?s|'(?<short>\\d)0'?s|(?<word>${DECADE_WORDS}))\\b`,
  (m, text) => {
    const [start, end] = span(m);
    const word = lower(group(m, 'word'));
    // "the nineties" is a decade; "in her nineties" is an age.
    if (word && !/\bthe\s+(?:(?:early|mid|late)[-\s]+)?$/i.test(text.slice(Math.max(0, start - 2), end - word.length)))
      return null;
    return candidate(start, end, 'DATE', (ctx) => {
      const century = group(m, 'century');
      if (century) return `${century}${group(m, 'digit')}`;
      const digit = word ? (DECADE_OF_WORD[word] ?? 0) : Number(group(m, 'short'));
      const dctCentury = Math.floor(ctx.dct.y / 100);
      const c = digit * 10 <= ctx.dct.y % 100 ? dctCentury : dctCentury - 1;
      return `${pad(c)}${digit}`;
    });
  },
);

const CENTURY_ORDINALS: Record<string, number> = {
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

const century = rule(
  'century',
  `\\b(?:the\\s+)?(?:(?<mod>early|mid|late)[-\\s]+)?(?<n>1\\d(?:th)|2(?:0th|1st)|${Object.keys(CENTURY_ORDINALS).join('|')})[-\\s]century\\b`,
  (m) => {
    const raw = lower(group(m, 'n'));
    const n = CENTURY_ORDINALS[raw] ?? Number.parseInt(raw, 10);
    const [start, end] = span(m);
    return candidate(start, end, 'DATE', () => pad(n - 1));
  },
);

const numericDate = rule(
  'numeric-date',
  `(?<![\\w/.-])(?:(?<iy>${YEAR4})-(?<im>0[1-9]|1[0-2])-(?<id>[0-2]\\d|3[01])|(?<um>1[0-2]|0?[1-9])\\/(?<ud>[12]\\d|3[01]|0?[1-9])\\/(?<uy>${YEAR4}|\\d{2}))(?![\\w/]|[.,]\\d)`,
  (m) => {
    const [start, end] = span(m);
    const iso = group(m, 'iy');
    let day: { y: number; m: number; d: number };
    if (iso) day = { y: Number(iso), m: Number(group(m, 'im')), d: Number(group(m, 'id')) };
    else {
      const yy = Number(group(m, 'uy'));
      day = {
        y: yy < 100 ? (yy < 50 ? 2000 + yy : 1900 + yy) : yy,
        m: Number(group(m, 'um')),
        d: Number(group(m, 'ud')),
      };
    }
    return isValidDay(day) ? candidate(start, end, 'DATE', () => dayValue(day)) : null;
  },
);

export const CALENDAR_RULES: Rule[] = [
  monthDay,
  dayMonth,
  monthYearRule,
  bareMonth,
  year,
  spelledYear,
  decade,
  century,
  numericDate,
];
