/**
 * Calendar arithmetic on plain {year, month, day} values and their TIMEX3 spellings. Everything is done in
 * UTC so that a day never moves with the machine's time zone.
 */

export interface Day {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function toUtc(day: Day): Date {
  const date = new Date(Date.UTC(2000, day.m - 1, day.d, 12));
  date.setUTCFullYear(day.y);
  return date;
}

function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Parses "YYYY-MM-DD…" (the rest, such as a time, is ignored). */
export function parseDay(value: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay(day: Day): boolean {
  if (day.m < 1 || day.m > 12 || day.d < 1) return false;
  return day.d <= daysInMonth(day.y, day.m);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function today(): Day {
  return fromUtc(new Date());
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(new Date(toUtc(day).getTime() + n * MS_PER_DAY));
}

/** Adds months; the day is clamped to the new month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(day: Day): number {
  return toUtc(day).getUTCDay() || 7;
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}

/** ISO-8601 week-year and week number. */
export function isoWeek(day: Day): { year: number; week: number } {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const weekYear = date.getUTCFullYear();
  const yearStart = Date.UTC(weekYear, 0, 1);
  const dayOfYear = Math.floor((date.getTime() - yearStart) / MS_PER_DAY); // 0-based; the date is at noon
  return { year: weekYear, week: Math.floor(dayOfYear / 7) + 1 };
}

// TIMEX3 spellings.

export function yearValue(y: number): string {
  return pad(y, 4);
}

export function monthValue(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function dayValue(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function weekValue(day: Day): string {
  const w = isoWeek(day);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

export function quarterValue(y: number, q: number): string {
  return `${pad(y, 4)}-Q${q}`;
}

/** The n-th (1-based) given weekday of a month, or the last one when n is -1. */
export function nthWeekday(y: number, m: number, isoDay: number, n: number): Day {
  if (n > 0) {
    const first = weekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((isoDay - first + 7) % 7) + (n - 1) * 7 };
  }
  const lastDay = daysInMonth(y, m);
  const last = weekday({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - isoDay + 7) % 7) };
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}
