import {
  addDays,
  addMonths,
  compareDays,
  type Day,
  dayValue,
  isValidDay,
  monthValue,
  parseDay,
  quarterOf,
  quarterValue,
  weekday,
  weekValue,
  yearValue,
} from './calendar';
import type { Tense } from './tense';

/** Resolution helpers shared by the rules: direction words, weekdays, months, and shifting a value. */

/** Which occurrence of a repeating calendar unit a phrase means. */
export type Direction = 'last' | 'next' | 'this' | 'past' | 'future';

/** "last", "next", "this" … → a direction; plain text and "the" take the tense's. */
export function direction(word: string | undefined, tense: Tense): Direction {
  switch ((word ?? '').toLowerCase().replace(/\s+/g, ' ')) {
    case 'last':
    case 'past':
    case 'previous':
    case 'this past':
      return 'last';
    case 'next':
    case 'coming':
    case 'this coming':
    case 'following':
      return 'next';
    case 'this':
    case 'current':
      return 'this';
    default:
      return tense === 'future' ? 'future' : 'past';
  }
}

/**
 * The direction a bare weekday takes from its sentence: past tense looks back; a present-tense verb is a
 * schedule ("meets Monday", "the strike starts Thursday") and looks ahead, except in a possessive
 * ("Friday's trading"), which reports. No verb at all reads as news: the past.
 */
export function weekdayDirection(tense: Tense, possessive: boolean): Direction {
  if (tense === 'future' || (tense === 'present' && !possessive)) return 'future';
  return 'past';
}

/** The day a weekday name refers to, seen from `dct`. Bare weekdays follow the tense; same day counts. */
export function weekdayDay(dct: Day, isoDay: number, dir: Direction): Day {
  const today = weekday(dct);
  let back = (today - isoDay + 7) % 7; // days back to the most recent such weekday (0 = today)
  let ahead = (isoDay - today + 7) % 7;
  switch (dir) {
    case 'last':
      if (back === 0) back = 7;
      return addDays(dct, -back);
    case 'next':
      if (ahead === 0) ahead = 7;
      return addDays(dct, ahead);
    case 'this':
      // The weekday of the current Monday-to-Sunday week.
      return addDays(dct, isoDay - today);
    case 'future':
      return addDays(dct, ahead);
    default:
      return addDays(dct, -back);
  }
}

/** The year of a month name without a year. */
export function monthYear(dct: Day, month: number, dir: Direction): number {
  switch (dir) {
    case 'last':
      return month < dct.m ? dct.y : dct.y - 1;
    case 'next':
      return month > dct.m ? dct.y : dct.y + 1;
    case 'this':
      return dct.y;
    case 'future':
      return month >= dct.m ? dct.y : dct.y + 1;
    default:
      // The month right after the DCT's is still ahead even in a past-tense sentence ("gave it until November").
      return month <= dct.m || month === dct.m + 1 ? dct.y : dct.y - 1;
  }
}

/** The year of a month day without a year ("Aug. 7"): the tense picks the nearer side of the DCT. */
export function monthDayYear(dct: Day, month: number, dayOfMonth: number, tense: Tense): number {
  const sameYear = { y: dct.y, m: month, d: dayOfMonth };
  const diffMonths = (month - dct.m + 12) % 12;
  if (tense === 'future') {
    if (compareDays(sameYear, dct) >= 0) return dct.y;
    // A date shortly before the DCT in a future sentence is still this year ("until Jan. 5" written Jan. 6 is rare).
    return diffMonths <= 1 ? dct.y : dct.y + 1;
  }
  if (tense === 'present' || tense === 'none') {
    // "take effect Jan. 15": a present-tense sentence means the nearest such day, ahead or behind.
    const ahead = compareDays(sameYear, dct) >= 0 ? sameYear : { ...sameYear, y: dct.y + 1 };
    const behind = compareDays(sameYear, dct) <= 0 ? sameYear : { ...sameYear, y: dct.y - 1 };
    return daySpan(dct, ahead) <= daySpan(behind, dct) ? ahead.y : behind.y;
  }
  if (compareDays(sameYear, dct) <= 0) return dct.y;
  // A date a little ahead of the DCT in a past sentence is usually still this year's
  // (a deadline, a scheduled day); far ahead it is last year's.
  return diffMonths <= 2 ? dct.y : dct.y - 1;
}

const SEASONS = ['SP', 'SU', 'FA', 'WI'];

/**
 * The year of a season. Seasons are laid out on one line, four a year, winter last (a winter is labelled
 * with the year of its December, so January and February belong to the previous year's winter).
 */
/** Days from a to b. */
function daySpan(a: Day, b: Day): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

export function seasonYear(dct: Day, code: string, dir: Direction): number {
  const index = SEASONS.indexOf(code);
  const now = dct.m <= 2 ? (dct.y - 1) * 4 + 3 : dct.y * 4 + Math.floor((dct.m - 3) / 3);
  const at = (y: number) => y * 4 + index;
  let y = Math.floor(now / 4);
  switch (dir) {
    case 'last':
      while (at(y) >= now) y--;
      while (at(y + 1) < now) y++;
      return y;
    case 'next':
      while (at(y) <= now) y++;
      return y;
    case 'future':
      while (at(y) < now) y++;
      return y;
    case 'this':
      return y;
    default:
      while (at(y) > now) y--;
      return y;
  }
}

/** The quarter a bare "the third quarter" means: this year's if it has begun, else last year's. */
export function quarterYear(dct: Day, quarter: number, dir: Direction): number {
  const current = quarterOf(dct.m);
  switch (dir) {
    case 'last':
      return quarter < current ? dct.y : dct.y - 1;
    case 'next':
      return quarter > current ? dct.y : dct.y + 1;
    case 'future':
      // Results are announced after a quarter ends: "expects to report third-quarter earnings" in the
      // fourth quarter is this year's third quarter. Only a quarter two or more back is next year's.
      return quarter >= current - 1 ? dct.y : dct.y + 1;
    case 'this':
      return dct.y;
    default:
      return quarter <= current ? dct.y : dct.y - 1;
  }
}

export type Granularity = 'year' | 'quarter' | 'month' | 'week' | 'day';

/** The DCT's own unit as a value: this year, this quarter, this month, this week, today. */
export function unitValue(day: Day, unit: Granularity): string {
  switch (unit) {
    case 'year':
      return yearValue(day.y);
    case 'quarter':
      return quarterValue(day.y, quarterOf(day.m));
    case 'month':
      return monthValue(day.y, day.m);
    case 'week':
      return weekValue(day);
    default:
      return dayValue(day);
  }
}

/** The day shifted by n units of a granularity. */
export function shiftDay(day: Day, n: number, unit: Granularity): Day {
  switch (unit) {
    case 'year':
      return addMonths(day, 12 * n);
    case 'quarter':
      return addMonths(day, 3 * n);
    case 'month':
      return addMonths(day, n);
    case 'week':
      return addDays(day, 7 * n);
    default:
      return addDays(day, n);
  }
}

/** Shifts a calendar value by n years, keeping its granularity: 1989-Q3 → 1988-Q3, 1989-10-26 → 1988-10-26. */
export function shiftValueYears(value: string, n: number): string | null {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m) return null;
  const rest = m[2] ?? '';
  const day = parseDay(value);
  if (day && rest.length === 6) {
    const shifted = { ...day, y: day.y + n };
    return dayValue(isValidDay(shifted) ? shifted : { ...shifted, d: 28 });
  }
  return `${yearValue(Number(m[1]) + n)}${rest}`;
}
