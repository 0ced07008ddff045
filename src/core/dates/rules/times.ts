import { addDays, type Day, dayValue, isValidDay, pad } from '../calendar';
import type { Context, Rule } from '../context';
import { MONTH, MONTH_DAY, monthDayNumber, monthNumber, TIME_ZONE, WEEKDAY, weekdayNumber } from '../lexicon';
import { monthDayYear, weekdayDay, weekdayDirection } from '../resolve';
import { before, candidate, group, lower, rule, span } from './helpers';

/**
 * Clock times and parts of a day: "10:35 a.m.", "5 p.m. EST, Nov. 6", "noon Thursday", "midnight Friday",
 * "4 in the morning", "this morning", "last night", "overnight".
 */

const DAY_REF = `(?:${WEEKDAY}|today|tonight|yesterday|tomorrow|${MONTH}\\s+(?:${MONTH_DAY}))`;

/** The day a trailing day word names ("Thursday", "yesterday", "Nov. 6"), or the publication day. */
function dayOf(raw: string | undefined, ctx: Context, start: number, end: number): Day | null {
  const word = lower(raw);
  if (!word) return ctx.dct;
  if (word === 'today' || word === 'tonight') return ctx.dct;
  if (word === 'yesterday') return addDays(ctx.dct, -1);
  if (word === 'tomorrow') return addDays(ctx.dct, 1);
  const wd = weekdayNumber(word);
  if (wd && /^[a-z]+$/.test(word)) return weekdayDay(ctx.dct, wd, weekdayDirection(ctx.tense(start, end), false));
  const md = /^(\S+)\s+(\S+)$/.exec(raw ?? '');
  const month = monthNumber(md?.[1] ?? '');
  const d = monthDayNumber(md?.[2] ?? '');
  if (!month || !d) return null;
  const day = { y: monthDayYear(ctx.dct, month, d, ctx.tense(start, end)), m: month, d };
  return isValidDay(day) ? day : null;
}

function hour24(h: number, ampm: string): number {
  const pm = ampm.startsWith('p');
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}

const APPROX =
  '(?:about|around|approximately|roughly|shortly\\s+(?:before|after)|just\\s+(?:before|after)|until|at\\s+about)';

const clock = rule(
  'clock',
  `(?<![\\w.:$])(?:(?<q>${APPROX})\\s+)?(?<h>1[0-2]|0?[1-9])(?::(?<min>[0-5]\\d))?\\s*(?<ampm>[ap]\\.m\\.?|[ap]m\\b)(?:\\s+(?<tz>${TIME_ZONE}))?(?:,?\\s+(?:on\\s+)?(?<day>${DAY_REF}))?`,
  (m) => {
    const [start, end] = span(m);
    const h = hour24(Number(group(m, 'h')), lower(group(m, 'ampm')));
    const min = group(m, 'min');
    return candidate(start, end, 'TIME', (ctx) => {
      const day = dayOf(group(m, 'day'), ctx, start, end);
      return day ? `${dayValue(day)}T${pad(h)}:${min ?? '00'}` : null;
    });
  },
);

const clock24 = rule(
  'clock-24',
  `(?<![\\w.:$])(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)\\s+(?<tz>${TIME_ZONE})(?:,?\\s+(?:on\\s+)?(?<day>${DAY_REF}))?`,
  (m) => {
    const [start, end] = span(m);
    return candidate(start, end, 'TIME', (ctx) => {
      const day = dayOf(group(m, 'day'), ctx, start, end);
      return day ? `${dayValue(day)}T${pad(Number(group(m, 'h')))}:${group(m, 'min')}` : null;
    });
  },
);

/**
 * "at 3:30", "by 10:15": a clock time without a.m./p.m. after a time preposition. The preposition is checked
 * by a lookbehind placed after the hour, not before it: a lookbehind ending in `\s+` that is tried at every
 * position re-reads a whole run of whitespace each time, so a text of 100,000 newlines took 30 seconds.
 */
const bareClock = rule(
  'bare-clock',
  `(?<h>[01]?\\d|2[0-3])(?<=\\b(?:at|by|until|till|before|after|around|about|from)\\s+\\k<h>):(?<min>[0-5]\\d)(?![\\d:.,]\\d|\\s*(?:[ap]\\.?m\\b|%))`,
  (m) => {
    const [start, end] = span(m);
    return candidate(
      start,
      end,
      'TIME',
      (ctx) => `${dayValue(ctx.dct)}T${pad(Number(group(m, 'h')))}:${group(m, 'min')}`,
    );
  },
);

const namedHour = rule(
  'noon',
  `\\b(?:(?<q>${APPROX})\\s+)?(?<word>noon|midnight|midday)(?:\\s+(?<tz>${TIME_ZONE}))?(?:,?\\s+(?:on\\s+)?(?<day>${DAY_REF}))?\\b`,
  (m, text) => {
    const [start, end] = span(m);
    const word = lower(group(m, 'word'));
    // "High Noon" is a film.
    if (/high\s+$/.test(before(text, start, 6))) return null;
    return candidate(start, end, 'TIME', (ctx) => {
      const day = dayOf(group(m, 'day'), ctx, start, end);
      if (!day) return null;
      return word === 'midnight' ? `${dayValue(day)}T24:00` : `${dayValue(day)}T12:00`;
    });
  },
);

const hourInPart = rule(
  'hour-in-the-morning',
  `(?<![\\w.:$])(?<h>1[0-2]|[1-9])(?:\\s+o['’]clock)?\\s+in\\s+the\\s+(?<part>morning|afternoon|evening|night)\\b`,
  (m) => {
    const [start, end] = span(m);
    const part = lower(group(m, 'part'));
    const h = hour24(
      Number(group(m, 'h')),
      part === 'morning' || (part === 'night' && Number(group(m, 'h')) < 6) ? 'am' : 'pm',
    );
    return candidate(start, end, 'TIME', (ctx) => `${dayValue(ctx.dct)}T${pad(h)}:00`);
  },
);

const PART_CODE: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

const partOfDay = rule(
  'part-of-day',
  `\\b(?:(?<mod>early|late|earlier|later)\\s+)?(?:(?<which>this|last|tomorrow|yesterday)\\s+)?(?<part>mid-?afternoon|mid-?morning|morning|afternoon|evening|night|overnight)\\b`,
  (m, text) => {
    const [start, end] = span(m);
    const which = lower(group(m, 'which'));
    const part = lower(group(m, 'part')).replace(/^mid-?/, '');
    const mid = /^mid/i.test(group(m, 'part') ?? '');
    if (part === 'overnight') {
      if (!/^\s*[,.;]|^\s+(?:in|on|at|from|to|when|as|and)\b|^$/.test(text.slice(end, end + 6))) return null;
    } else if (!which && !mid) return null; // "the morning" and "night" alone are too vague
    if (which === 'last' && part !== 'night') return null; // "last morning" is not a phrase
    return candidate(start, end, 'TIME', (ctx) => {
      let offset = 0;
      if (which === 'yesterday' || (which === 'last' && part === 'night')) offset = -1;
      if (which === 'tomorrow') offset = 1;
      return `${dayValue(addDays(ctx.dct, offset))}T${PART_CODE[part] ?? 'MO'}`;
    });
  },
);

export const TIME_RULES: Rule[] = [clock, clock24, bareClock, namedHour, hourInPart, partOfDay];
