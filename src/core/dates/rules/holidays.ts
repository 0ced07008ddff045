import { addDays, compareDays, type Day, dayValue, easter, nthWeekday, weekValue } from '../calendar';
import type { Rule } from '../context';
import { candidate, group, lower, rule, span } from './helpers';

/** Named days: "Thanksgiving Day", "Election Day", "Christmas Eve", "New Year's Day", "Easter week". */

type HolidayDay = (y: number) => Day;

const HOLIDAYS: Array<[RegExp, HolidayDay]> = [
  [/^christmas eve$/, (y) => ({ y, m: 12, d: 24 })],
  [/^christmas(?: day)?$/, (y) => ({ y, m: 12, d: 25 })],
  [/^new year['’]?s eve$/, (y) => ({ y, m: 12, d: 31 })],
  [/^new year['’]?s(?: day)?$/, (y) => ({ y, m: 1, d: 1 })],
  [/^thanksgiving(?: day)?$/, (y) => nthWeekday(y, 11, 4, 4)],
  [/^election day$/, (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  [/^(?:independence day|the fourth of july|july fourth)$/, (y) => ({ y, m: 7, d: 4 })],
  [/^memorial day$/, (y) => nthWeekday(y, 5, 1, -1)],
  [/^labor day$/, (y) => nthWeekday(y, 9, 1, 1)],
  [/^veterans['’]? day$/, (y) => ({ y, m: 11, d: 11 })],
  [/^valentine['’]?s day$/, (y) => ({ y, m: 2, d: 14 })],
  [/^halloween$/, (y) => ({ y, m: 10, d: 31 })],
  [/^easter(?: sunday)?$/, (y) => easter(y)],
  [/^good friday$/, (y) => addDays(easter(y), -2)],
  [/^easter monday$/, (y) => addDays(easter(y), 1)],
  [/^(?:martin luther king(?: jr\.?)?|mlk) day$/, (y) => nthWeekday(y, 1, 1, 3)],
  [/^presidents['’]? day$/, (y) => nthWeekday(y, 2, 1, 3)],
  [/^mother['’]?s day$/, (y) => nthWeekday(y, 5, 7, 2)],
  [/^father['’]?s day$/, (y) => nthWeekday(y, 6, 7, 3)],
  [/^columbus day$/, (y) => nthWeekday(y, 10, 1, 2)],
  [/^boxing day$/, (y) => ({ y, m: 12, d: 26 })],
];

const NAMES =
  "Christmas(?:\\s+(?:Eve|Day))?|New\\s+Year['’]?s(?:\\s+(?:Eve|Day))?|Thanksgiving(?:\\s+Day)?|Election\\s+Day|Independence\\s+Day|the\\s+Fourth\\s+of\\s+July|July\\s+Fourth|Memorial\\s+Day|Labor\\s+Day|Veterans['’]?\\s+Day|Valentine['’]?s\\s+Day|Halloween|Easter(?:\\s+(?:Sunday|Monday))?|Good\\s+Friday|(?:Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?|MLK)\\s+Day|Presidents['’]?\\s+Day|Mother['’]?s\\s+Day|Father['’]?s\\s+Day|Columbus\\s+Day|Boxing\\s+Day";

function nearest(dct: Day, days: Day[]): Day {
  const distance = (d: Day) => Math.abs(Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(dct.y, dct.m - 1, dct.d));
  return days.reduce((best, d) => (distance(d) < distance(best) ? d : best));
}

const holiday = rule(
  'holiday',
  `\\b(?:(?<dir>last|next|this|this\\s+past|this\\s+coming|coming)\\s+)?(?<name>${NAMES})(?<week>\\s+week)?(?:,?\\s+(?<year>(?:19|20)\\d{2}))?(?![\\w'’])(?!\\s+(?:Island|trees?|cards?|lights|carols?|decorations|tree\\s+lot)\\b)`,
  (m) => {
    const name = group(m, 'name') ?? '';
    // Proper names only: "christmas" in lower case is not used in news for the day.
    if (!/^[A-Zt]/.test(name)) return null;
    const key = lower(name).replace(/\s+/g, ' ');
    const entry = HOLIDAYS.find(([re]) => re.test(key));
    if (!entry) return null;
    const dayOf = entry[1];
    const [start, end] = span(m);
    const dir = lower(group(m, 'dir'));
    const explicit = group(m, 'year');
    const isWeek = !!group(m, 'week');
    return candidate(start, end, 'DATE', (ctx) => {
      let day: Day;
      if (explicit) day = dayOf(Number(explicit));
      else {
        const thisYear = dayOf(ctx.dct.y);
        const tense = ctx.tense(start, end);
        const vague = !dir && (tense === 'present' || tense === 'none');
        const past = dir === 'last' || dir === 'this past' || (!dir && tense === 'past');
        const future = dir === 'next' || dir === 'coming' || dir === 'this coming' || (!dir && tense === 'future');
        day = thisYear;
        if (vague) day = nearest(ctx.dct, [dayOf(ctx.dct.y - 1), thisYear, dayOf(ctx.dct.y + 1)]);
        if (past && compareDays(thisYear, ctx.dct) > 0 && !dir.startsWith('this')) day = dayOf(ctx.dct.y - 1);
        if (future && compareDays(thisYear, ctx.dct) < 0) day = dayOf(ctx.dct.y + 1);
      }
      return isWeek ? weekValue(day) : dayValue(day);
    });
  },
);

export const HOLIDAY_RULES: Rule[] = [holiday];
