import { addDays, type Day, dayValue, isValidDay, weekValue } from '../calendar';
import type { Rule } from '../context';
import {
  MONTH,
  MONTH_DAY,
  monthDayNumber,
  monthNumber,
  PART_OF_DAY,
  partOfDayCode,
  WEEKDAY,
  weekdayNumber,
} from '../lexicon';
import { direction, monthDayYear, weekdayDay, weekdayDirection } from '../resolve';
import { after, candidate, group, isCapitalized, lower, rule, span } from './helpers';

/**
 * Days named relative to the publication day or to the day in focus: "yesterday", "Saturday",
 * "next Tuesday", "Friday night", "the previous Friday", "the next day", "that day", "the week of March 6".
 */

const DEICTIC_OFFSET: Record<string, number> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};

function withPart(day: Day, part: string | undefined): { value: string; type: 'DATE' | 'TIME' } {
  if (!part) return { value: dayValue(day), type: 'DATE' };
  return { value: `${dayValue(day)}T${partOfDayCode(part)}`, type: 'TIME' };
}

const GENERIC_AFTER_TODAY =
  /^['’]s\s+(?:\w+\s+)?(?:world|youth|society|generation|children|kids|teenagers|consumers|computers|technology|standards|terms|dollars|families|women|men|students|workers|economy|market|media|culture)\b/i;

const EDGE = '(?:early|late|earlier|later|mid|midday|noon|midnight)';

const deicticDay = rule(
  'deictic-day',
  `\\b(?:(?<mod>${EDGE})[-\\s]+)?(?<word>today|tonight|yesterday|tomorrow|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)\\b(?:\\s+(?<part>${PART_OF_DAY})\\b)?`,
  (m, text) => {
    const word = lower(group(m, 'word'));
    const [start, end] = span(m);
    // "VOA Today", "USA Today": a programme or a paper, not a day.
    if (word === 'today' && /^[A-Z]/.test(group(m, 'word') ?? '') && /[A-Z]{2,}\s+$/.test(text.slice(start - 6, start)))
      return null;
    // "today's world", "today's youth": the present in general.
    if (word === 'today' && GENERIC_AFTER_TODAY.test(text.slice(end, end + 24))) return null;
    const offset = DEICTIC_OFFSET[word] ?? 0;
    const part = group(m, 'part');
    return candidate(start, end, 'DATE', (ctx) => withPart(addDays(ctx.dct, offset), part));
  },
);

const WEEKDAY_DIRECTION =
  '(?:last|next|this|this\\s+past|this\\s+coming|coming|past|the\\s+previous|the\\s+following|the\\s+next|the\\s+preceding)';

const weekdayRule = rule(
  'weekday',
  `\\b(?:(?<mod>${EDGE})[-\\s]+)?(?:(?<dir>${WEEKDAY_DIRECTION})\\s+)?(?<wd>${WEEKDAY})(?<plural>s)?\\b(?:,?\\s+(?<part>${PART_OF_DAY})(?<partPlural>s)?\\b)?`,
  (m) => {
    const wd = group(m, 'wd');
    if (!isCapitalized(wd)) return null;
    const isoDay = weekdayNumber(wd ?? '') ?? 1;
    const part = group(m, 'part');
    const [start, end] = span(m);
    if (group(m, 'plural') || group(m, 'partPlural')) {
      const suffix = part ? `T${partOfDayCode(part)}` : '';
      return candidate(start, end, 'SET', () => `XXXX-WXX-${isoDay}${suffix}`);
    }
    const dirWord = lower(group(m, 'dir'));
    return candidate(start, end, part ? 'TIME' : 'DATE', (ctx) => {
      if (dirWord.startsWith('the ')) {
        // "the previous Friday" and "the following Monday" count from the day in focus.
        const anchor = ctx.lastDay ?? ctx.dct;
        const forward = dirWord !== 'the previous' && dirWord !== 'the preceding';
        return withPart(weekdayDay(anchor, isoDay, forward ? 'next' : 'last'), part);
      }
      // A weekday with a present-tense verb is a schedule: "meets Monday", "is to resume trading Tuesday".
      const tense = ctx.tense(start, end);
      const possessive = /^['’]s\b/.test(ctx.text.slice(end, end + 3));
      const dir = dirWord ? direction(dirWord, tense) : weekdayDirection(tense, possessive);
      return withPart(weekdayDay(ctx.dct, isoDay, dir), part);
    });
  },
);

/** "the next day", "the following morning", "that day", "the same day", "the day before" (at a phrase end). */
const anchoredDay = rule(
  'anchored-day',
  `\\b(?:(?<which>the\\s+next|the\\s+following|the\\s+previous|the\\s+prior|the\\s+preceding|the\\s+same|that|the)\\s+(?<unit>day|morning|afternoon|evening|night)(?:\\s+(?<rel>before|after|earlier|later))?|(?<edge>(?:earlier|later|late|early)\\s+(?:in\\s+)?(?:the|that)\\s+day))\\b`,
  (m, text) => {
    const [start, end] = span(m);
    const which = lower(group(m, 'which'));
    const rel = lower(group(m, 'rel'));
    const unit = lower(group(m, 'unit'));
    const edge = group(m, 'edge');
    // "the day before authorities issued a warrant": a conjunction, not a date.
    if (rel && !/^\s*(?:[,.;:!?)"'”’]|$|and\b|but\b|when\b)/.test(after(text, end, 8))) return null;
    if (!edge && which === 'the' && !rel) return null; // "the day" alone is too vague
    let offset = 0;
    if (which === 'the next' || which === 'the following' || rel === 'after' || rel === 'later') offset = 1;
    if (
      which === 'the previous' ||
      which === 'the prior' ||
      which === 'the preceding' ||
      rel === 'before' ||
      rel === 'earlier'
    )
      offset = -1;
    const part = unit !== 'day' && !edge ? unit : undefined;
    return candidate(start, end, 'DATE', (ctx) => {
      const day = addDays(ctx.lastDay ?? ctx.dct, offset);
      const r = withPart(day, part);
      // TimeBank writes "the next morning" as a day.
      return { value: offset !== 0 ? dayValue(day) : r.value, type: offset !== 0 ? 'DATE' : r.type };
    });
  },
);

const weekOf = rule('week-of', `\\b(?:the\\s+)?week\\s+of\\s+(?<mon>${MONTH})\\s+(?<day>${MONTH_DAY})\\b`, (m) => {
  const mon = group(m, 'mon');
  if (!isCapitalized(mon)) return null;
  const month = monthNumber(mon ?? '') ?? 1;
  const dayOfMonth = monthDayNumber(group(m, 'day') ?? '') ?? 1;
  const [start, end] = span(m);
  return candidate(start, end, 'DATE', (ctx) => {
    const day = { y: monthDayYear(ctx.dct, month, dayOfMonth, ctx.tense(start, end)), m: month, d: dayOfMonth };
    return isValidDay(day) ? weekValue(day) : null;
  });
});

export const RELATIVE_DAY_RULES: Rule[] = [deicticDay, weekdayRule, anchoredDay, weekOf];
