import * as chrono from 'chrono-node/en';
import type { DateMention, DateType } from '../types';
import { isoDay, isoWeek, pad, parseDay } from './timex';

/**
 * Temporal expressions in the text, resolved against the publication date (the document creation time).
 * chrono-node finds calendar expressions; a small news layer adds what it misses (bare years, durations).
 */

const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|until|till|before|after|during|of)\s+/i;

interface Found extends DateMention {}

function fromChrono(text: string, reference: Date): Found[] {
  const found: Found[] = [];
  // chrono works in local time; hand it a local date with the reference's calendar day.
  const ref = new Date(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate(), 12);
  for (const r of chrono.casual.parse(text, ref)) {
    let start = r.index;
    let phrase = r.text;
    const lead = LEADING_PREPOSITION.exec(phrase);
    if (lead) {
      start += lead[0].length;
      phrase = phrase.slice(lead[0].length);
    }
    // chrono reads "Sun", "march", "may" and "1/2" too eagerly in prose: require a capital or a digit+name.
    if (/^(?:sun|sat|mon|wed|march|may|second|now)$/i.test(phrase) && !/^[A-Z]/.test(phrase)) continue;
    if (/^\d{1,2}\/\d{1,2}$/.test(phrase)) continue;
    const c = r.start;
    const year = c.get('year') ?? ref.getFullYear();
    const month = c.get('month') ?? 1;
    const day = c.get('day') ?? 1;
    let type: DateType = 'DATE';
    let value: string;
    if (c.isCertain('hour')) {
      type = 'TIME';
      value = `${isoDay(year, month, day)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    } else if (/\bweek\b/i.test(phrase)) {
      const w = isoWeek(year, month, day);
      value = `${w.year}-W${pad(w.week)}`;
    } else if (c.isCertain('day') || c.isCertain('weekday')) {
      value = isoDay(year, month, day);
    } else if (c.isCertain('month')) {
      value = `${pad(year, 4)}-${pad(month)}`;
    } else if (c.isCertain('year')) {
      value = pad(year, 4);
    } else {
      value = isoDay(year, month, day);
    }
    found.push({ start, end: start + phrase.length, type, value });
  }
  return found;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const UNIT: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D', decade: 'DE', century: 'CE' };

function durations(text: string): Found[] {
  const found: Found[] = [];
  const re =
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)[-\s](year|month|week|day|decade|century)s?(?![-\s]+(?:old|ago))\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : NUMBER_WORDS[(m[1] ?? '').toLowerCase()];
    const unit = UNIT[(m[2] ?? '').toLowerCase()];
    if (!n || !unit) continue;
    const value = unit === 'DE' ? `P${n * 10}Y` : unit === 'CE' ? `P${n * 100}Y` : `P${n}${unit}`;
    found.push({ start: m.index, end: m.index + m[0].length, type: 'DURATION', value });
  }
  return found;
}

function bareYears(text: string): Found[] {
  const found: Found[] = [];
  const re = /\b(?:in|since|by|until|of|from|before|after|during)\s+((?:1[89]|20)\d{2})\b(?![-/]\d)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const year = m[1] ?? '';
    const start = m.index + m[0].length - year.length;
    found.push({ start, end: start + year.length, type: 'DATE', value: year });
  }
  return found;
}

/** Keeps the longest of overlapping mentions, in text order. */
function dropOverlaps(items: Found[]): Found[] {
  const byLength = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const item of byLength) if (!kept.some((k) => k.start < item.end && item.start < k.end)) kept.push(item);
  return kept.sort((a, b) => a.start - b.start);
}

export function findDates(text: string, published?: string | null): DateMention[] {
  const reference = parseDay(published) ?? new Date();
  return dropOverlaps([...fromChrono(text, reference), ...durations(text), ...bareYears(text)]);
}
