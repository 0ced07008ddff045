/**
 * Date strings as pages write them, normalized to "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[offset]". The publisher's
 * local calendar day is kept as written: "2022-11-06T07:03:00+05:30" stays on the 6th.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  januar: 1,
  jänner: 1,
  februar: 2,
  märz: 3,
  maerz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  okt: 10,
  dez: 12,
};

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A plausible publication day: from 1990 to next year. */
export function validDay(y: number, m: number, d: number): boolean {
  const now = new Date().getUTCFullYear();
  if (y < 1990 || y > now + 1 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 3)];
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/** Normalizes a date string to "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[offset]"; null if it is not a date. */
export function normalizeDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  let m = ISO.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return null;
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    if (!m[4]) return day;
    const offset = m[6] ? (m[6] === 'Z' ? 'Z' : m[6].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${day}T${pad(Number(m[4]))}:${m[5]}${offset}`;
  }
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (m && validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  return parseWrittenDate(s);
}

const MONTH_WORD = '([A-Za-zäÄ]{3,10})';

/**
 * The first written date in a string: "November 06, 2022", "6 Nov 2022", "28 April, 2017", "5. November
 * 2021", "06.11.2022", "11/06/2022".
 */
export function parseWrittenDate(s: string): string | null {
  let m = new RegExp(`\\b${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`).exec(s);
  if (m) {
    const mo = monthNumber(m[1] ?? '');
    const [d, y] = [Number(m[2]), Number(m[3])];
    if (mo && validDay(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${MONTH_WORD}\\.?,?\\s+(\\d{4})\\b`).exec(s);
  if (m) {
    const mo = monthNumber(m[2] ?? '');
    const [d, y] = [Number(m[1]), Number(m[3])];
    if (mo && validDay(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s); // German/European day.month.year
  if (m && validDay(Number(m[3]), Number(m[2]), Number(m[1])))
    return `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(s); // US month/day/year
  if (m && validDay(Number(m[3]), Number(m[1]), Number(m[2])))
    return `${m[3]}-${pad(Number(m[1]))}-${pad(Number(m[2]))}`;
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (m && validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  return null;
}

/** Minutes east of UTC of an offset ("+05:30" → 330, "Z" → 0); null without one. */
export function offsetMinutes(value: string): number | null {
  const m = /(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (!m) return null;
  if (m[1] === 'Z') return 0;
  const sign = m[1]?.startsWith('-') ? -1 : 1;
  const [h, min] = (m[1] ?? '').slice(1).split(':').map(Number);
  return sign * ((h ?? 0) * 60 + (min ?? 0));
}

/**
 * A normalized UTC date-time written at another offset: ("2023-11-09T03:28Z", -300) → "2023-11-08T22:28-05:00".
 * Values without a time are returned as they are.
 */
export function atOffset(value: string, minutes: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return value;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const local = new Date(utc + minutes * 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const day = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  return `${day}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Whole days from day a to day b (both "YYYY-MM-DD…"). */
export function daysBetween(a: string, b: string): number {
  const t = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((t(b) - t(a)) / 86_400_000);
}
