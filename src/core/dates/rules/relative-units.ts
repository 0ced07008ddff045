import { addDays, type Day, monthValue, pad, weekday, weekValue, yearValue } from '../calendar';
import type { Context, Rule } from '../context';
import { SEASON, seasonCode, UNIT, unitInfo } from '../lexicon';
import { COUNT, parseCount, parseYearWords, YEAR_WORDS } from '../numbers';
import { direction, type Granularity, seasonYear, shiftDay, shiftValueYears, unitValue } from '../resolve';
import { after, before, candidate, DATE_LEAD, group, lower, POINT_MOD, QUANT_MOD, rule, span } from './helpers';

/**
 * Calendar units counted from the publication day or the date in focus: "last week", "this year",
 * "earlier this month", "the following year", "five years ago", "a year earlier", "last fall", "the weekend".
 */

const DIRECTION_WORDS =
  '(?:last|next|this|this\\s+past|this\\s+coming|coming|past|current|the\\s+past|the\\s+last|the\\s+next|the\\s+coming|the\\s+current|the\\s+previous|the\\s+prior|the\\s+following|the\\s+same|the\\s+present|that|the)';

/** Year the text is about when it says "that year" or "the following year". */
function focusYear(ctx: Context): number {
  const m = /^(\d{4})/.exec(ctx.focus ?? '');
  return m ? Number(m[1]) : ctx.dct.y;
}

/** The day in focus: the last mentioned day, else the middle of the last mentioned month. */
function focusDay(ctx: Context): Day {
  const month = /^(\d{4})-(\d{2})$/.exec(ctx.focus ?? '');
  if (month) return { y: Number(month[1]), m: Number(month[2]), d: 15 };
  return ctx.lastDay ?? ctx.dct;
}

/** The weekend (Saturday–Sunday) a phrase means, as the ISO week it belongs to. */
function weekendValue(dct: Day, dir: 'last' | 'this' | 'next' | 'past' | 'future'): string {
  const wd = weekday(dct);
  let day: Day;
  if (dir === 'last') day = addDays(dct, -wd);
  else if (dir === 'next') day = addDays(dct, 7);
  else if (dir === 'past') day = wd >= 6 ? dct : addDays(dct, -wd);
  else day = dct;
  return `${weekValue(day)}-WE`;
}

const relativeUnit = rule(
  'relative-unit',
  `\\b(?:(?<mod>${POINT_MOD})[-\\s]+(?:in\\s+)?)?(?<dir>${DIRECTION_WORDS})\\s+(?<unit>week|weekend|month|year|decade|century)\\b(?<orso>\\s+or\\s+so)?`,
  (m, text) => {
    const [start, end] = span(m);
    const dir = lower(group(m, 'dir'));
    const unit = lower(group(m, 'unit'));
    const mod = lower(group(m, 'mod'));
    const next = after(text, end, 30);
    // "ABC's \"This Week\"": a title-cased unit inside a sentence is a programme's name.
    if (/^[A-Z]/.test(group(m, 'unit') ?? '') && /[a-z,]\s+["“]?$/.test(text.slice(Math.max(0, start - 3), start)))
      return null;
    // "the year ended Sept. 30" is a reporting period: a year-long duration.
    if ((dir === 'the' || dir === 'that') && !mod) {
      if (unit === 'year' && /^\s+(?:ended|ending|ends|that\s+ended|to\s+date)\b/i.test(next))
        return candidate(start, end, 'DURATION', () => 'P1Y');
      if (unit === 'year' && /^[-\s]+(?:earlier|ago|before)\b/i.test(next)) return null;
      if (/^\s*(?:after|before|of|when|in\s+which)\b/i.test(next) && dir === 'the' && unit !== 'year') return null;
    }
    if ((dir === 'the past' || dir === 'past') && unit === 'decade')
      return candidate(start, end, 'DURATION', () => 'P10Y');
    return candidate(start, end, 'DATE', (ctx) => {
      const tense = ctx.tense(start, end);
      const half = mod.includes('first half')
        ? '-H1'
        : mod.includes('second half') || mod.includes('last half')
          ? '-H2'
          : '';
      let step = 0;
      let anchor = ctx.dct;
      switch (dir) {
        case 'last':
        case 'past':
        case 'the past':
        case 'the last':
          step = -1;
          break;
        case 'next':
        case 'coming':
        case 'this coming':
        case 'the next':
        case 'the coming':
          step = 1;
          break;
        case 'the previous':
        case 'the prior':
          step = -1;
          anchor = unit === 'year' ? { y: focusYear(ctx), m: 6, d: 15 } : focusDay(ctx);
          break;
        case 'the following':
          step = 1;
          anchor = unit === 'year' ? { y: focusYear(ctx), m: 6, d: 15 } : focusDay(ctx);
          break;
        case 'that':
        case 'the same':
          anchor = unit === 'year' ? { y: focusYear(ctx), m: 6, d: 15 } : focusDay(ctx);
          break;
        case 'this past':
          step = -1;
          break;
      }
      switch (unit) {
        case 'weekend': {
          if (dir === 'the') return weekendValue(ctx.dct, tense === 'future' ? 'this' : 'past');
          return weekendValue(ctx.dct, step < 0 ? 'last' : step > 0 ? 'next' : 'this');
        }
        case 'week':
          if (dir === 'the' && !mod) return `${yearValue(ctx.dct.y)}-WXX`;
          return weekValue(shiftDay(anchor, step, 'week'));
        case 'month': {
          const d = shiftDay(anchor, step, 'month');
          return monthValue(d.y, d.m);
        }
        case 'year':
          return `${yearValue(anchor.y + step)}${half}`;
        case 'decade':
          return pad(Math.floor(anchor.y / 10) + step, 3);
        default:
          return pad(Math.floor(anchor.y / 100) + step, 2);
      }
    });
  },
);

const RELATION = '(?:ago|earlier|later|before|after|from\\s+now|hence|back|previously|prior|since|on)';

/** "five years ago", "a year earlier", "two days later", "about two years ago", "several years ago". */
const shifted = rule(
  'shifted',
  `\\b(?:(?<q>${QUANT_MOD})\\s+)?(?<count>${COUNT})[-\\s]+(?:more\\s+)?(?<unit>${UNIT})s?\\s+(?:or\\s+so\\s+)?(?<rel>${RELATION})\\b`,
  (m, text) => {
    const [start, end] = span(m);
    const rel = lower(group(m, 'rel'));
    const info = unitInfo(group(m, 'unit') ?? '');
    const count = parseCount(group(m, 'count') ?? '');
    if (!info || count === null) return null;
    // "13 days after the bombings": a relation to an event, not a date; only a phrase end makes a date.
    if (
      ['before', 'after', 'since', 'on', 'prior'].includes(rel) &&
      !/^\s*(?:[,.;:!?)"'”’]|$|and\b|but\b)/.test(after(text, end, 6))
    )
      return null;
    if (rel === 'since' || rel === 'on') return null;
    if (info.clock || info.letter === 'WE') return null;
    const future = rel === 'later' || rel === 'after' || rel === 'from now' || rel === 'hence';
    // TimeML annotates "three days later" and "a day earlier" as the length between two events.
    if ((rel === 'later' || rel === 'earlier') && (info.letter === 'D' || info.letter === 'W')) {
      const value = count === 'X' ? `PX${info.letter}` : `P${count * info.factor}${info.letter}`;
      return candidate(start, end, 'DURATION', () => value);
    }
    const fromFocus = !['ago', 'back', 'from now', 'hence'].includes(rel);
    return candidate(start, end, 'DATE', (ctx) => {
      if (count === 'X') return future ? 'FUTURE_REF' : 'PAST_REF';
      const n = (future ? 1 : -1) * count * info.factor;
      const unit: Granularity =
        info.letter === 'Y'
          ? 'year'
          : info.letter === 'Q'
            ? 'quarter'
            : info.letter === 'M'
              ? 'month'
              : info.letter === 'W'
                ? 'week'
                : 'day';
      // In an earnings story "a year earlier" is the reported quarter a year before, even after other dates.
      const focus = count === 1 && ctx.quarter && ctx.focus && !/^\d{4}$/.test(ctx.focus) ? ctx.quarter : ctx.focus;
      if (unit === 'year' && Number.isInteger(n) && focus && (fromFocus || /^\d{4}-Q\d$/.test(focus))) {
        const value = shiftValueYears(focus, n);
        if (value) return { value, comparison: true };
      }
      const base = fromFocus && unit !== 'year' ? (ctx.lastDay ?? ctx.dct) : ctx.dct;
      const whole = Math.round(n);
      const day = shiftDay(base, whole, unit);
      if (info.factor === 100) return pad(Math.floor(day.y / 100), 2);
      return unitValue(day, unit);
    });
  },
);

/** "last fall", "this summer", "the winter of 1994", "summer 1998", "early spring". */
const season = rule(
  'season',
  `\\b(?:(?<mod>early|late|mid|the\\s+(?:end|beginning|start|middle)\\s+of)[-\\s]+)?(?:(?<dir>last|next|this|this\\s+past|this\\s+coming|coming|past|the|that)\\s+)?(?:(?<emod>early|late|mid)[-\\s]+)?(?<season>${SEASON})(?<plural>s)?(?:\\s+of\\s+(?<ofyear>(?:1[5-9]|20)\\d{2}|${YEAR_WORDS})|,?\\s+(?<year>(?:1[5-9]|20)\\d{2}))?\\b`,
  (m, text) => {
    const [start, end] = span(m);
    const word = lower(group(m, 'season'));
    const dir = lower(group(m, 'dir'));
    const explicitYear = group(m, 'ofyear') ?? group(m, 'year');
    if (group(m, 'plural')) return null;
    if (!dir && !explicitYear && !group(m, 'mod') && !group(m, 'emod')) {
      // Bare "fall" is a verb or a noun; bare "summer" needs a date word ("in summer").
      if (word === 'fall' || !DATE_LEAD.test(before(text, start))) return null;
    }
    // "the fall of the Berlin Wall": an event, not a season.
    if (dir === 'the' && !explicitYear && /^\s+of\b/i.test(after(text, end, 5))) return null;
    const code = seasonCode(word);
    return candidate(start, end, 'DATE', (ctx) => {
      if (explicitYear) {
        const y = /^\d{4}$/.test(explicitYear) ? Number(explicitYear) : parseYearWords(explicitYear);
        return y ? `${yearValue(y)}-${code}` : null;
      }
      const d = dir === 'the' || dir === 'that' ? '' : dir;
      return `${yearValue(seasonYear(ctx.dct, code, direction(d || undefined, ctx.tense(start, end))))}-${code}`;
    });
  },
);

/** "year-end", "year's end", "the end of the year" are covered by relative-unit; these are the short forms. */
const yearEnd = rule('year-end', `\\b(?:(?:around|at|by)\\s+)?year(?:['’]s)?[-\\s]end\\b`, (m) => {
  const [start, end] = span(m);
  const lead = /^(?:around|at|by)\s+/i.exec(m[0]);
  const s = start + (lead && !/^around/i.test(lead[0]) ? lead[0].length : 0);
  return candidate(s, end, 'DATE', (ctx) => {
    const focus = /^(\d{4})/.exec(ctx.focus ?? '');
    return yearValue(focus && ctx.tense(start, end) === 'past' ? Number(focus[1]) : ctx.dct.y);
  });
});

/** Quarter-granular "year-earlier", "year-ago" used as adjectives: "year-earlier results". */
const yearEarlierAdjective = rule('year-earlier', `\\byear-(?:earlier|ago)\\b`, (m) => {
  const [start, end] = span(m);
  return candidate(start, end, 'DATE', (ctx) => {
    const focus = ctx.focus && /^\d{4}-Q\d$/.test(ctx.focus) ? ctx.focus : yearValue(ctx.dct.y);
    const value = shiftValueYears(focus, -1);
    return value ? { value, comparison: true } : null;
  });
});

export const RELATIVE_UNIT_RULES: Rule[] = [relativeUnit, shifted, season, yearEnd, yearEarlierAdjective];
