import type { DateMention } from '../types';
import { parseDay, today } from './calendar';
import { type Candidate, createContext, type Rule, remember } from './context';
import { CALENDAR_RULES } from './rules/calendar-dates';
import { DURATION_RULES } from './rules/durations';
import { HOLIDAY_RULES } from './rules/holidays';
import { PERIOD_RULES } from './rules/periods';
import { REFERENCE_RULES } from './rules/references';
import { RELATIVE_DAY_RULES } from './rules/relative-days';
import { RELATIVE_UNIT_RULES } from './rules/relative-units';
import { SET_RULES } from './rules/sets';
import { TIME_RULES } from './rules/times';

/**
 * Temporal expressions in news text, with TIMEX3 types and values resolved against the publication day
 * (the document creation time). Rules find candidates; where candidates overlap the longest wins (then the
 * earlier rule in this list); values are then resolved in text order, so that "a year earlier" and "the
 * following day" can use the date the story was just talking about.
 */
const RULES: Rule[] = [
  ...TIME_RULES,
  ...CALENDAR_RULES,
  ...HOLIDAY_RULES,
  ...PERIOD_RULES,
  ...RELATIVE_DAY_RULES,
  ...RELATIVE_UNIT_RULES,
  ...SET_RULES,
  ...DURATION_RULES,
  ...REFERENCE_RULES,
];

interface Ranked extends Candidate {
  rank: number;
}

function collect(text: string): Ranked[] {
  const found: Ranked[] = [];
  RULES.forEach((r, rank) => {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      const built = r.build(m, text);
      if (!built) continue;
      for (const c of Array.isArray(built) ? built : [built]) if (c.end > c.start) found.push({ ...c, rank });
    }
  });
  return found;
}

/** Keeps the longest of overlapping candidates (ties: the earlier rule), in text order. */
function dropOverlaps(items: Ranked[], textLength: number): Ranked[] {
  const ordered = [...items].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start,
  );
  // A map of taken characters keeps this linear in the text length (expressions are short).
  const taken = new Uint8Array(textLength + 1);
  const kept: Ranked[] = [];
  for (const item of ordered) {
    let free = true;
    for (let i = item.start; i < item.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, item.start, item.end);
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function findDates(text: string, published?: string | null): DateMention[] {
  const ctx = createContext(text, parseDay(published) ?? today());
  const mentions: DateMention[] = [];
  for (const c of dropOverlaps(collect(text), text.length)) {
    const resolved = c.resolve(ctx);
    if (!resolved) continue;
    const type = resolved.type ?? c.type;
    mentions.push({ start: c.start, end: c.end, type, value: resolved.value });
    remember(ctx, resolved, type);
  }
  return mentions;
}
