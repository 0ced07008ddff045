import { pad } from '../calendar';
import type { Rule } from '../context';
import { MONTH, monthNumber, PART_OF_DAY, partOfDayCode, UNIT, unitInfo, WEEKDAY, weekdayNumber } from '../lexicon';
import { COUNT, parseCount } from '../numbers';
import { durationValue } from './durations';
import { after, before, candidate, group, isCapitalized, lower, rule, span } from './helpers';

/** Recurring times: "daily", "every Monday", "each year", "every two weeks", "each July". */

const ADVERB_VALUE: Record<string, string> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  yearly: 'P1Y',
  annually: 'P1Y',
  hourly: 'PT1H',
};

const adverb = rule('set-adverb', `\\b(?<word>daily|nightly|weekly|monthly|yearly|annually|hourly)\\b`, (m, text) => {
  const [start, end] = span(m);
  const word = lower(group(m, 'word'));
  // "the Communist Party daily Granma", "average daily volume", "a weekly magazine": a paper or an adjective.
  if (/\b(?:average|party|the|a|its|their)\s+$/.test(before(text, start, 10))) return null;
  if (word !== 'annually' && word !== 'daily' && /^\s+[A-Z]/.test(after(text, end, 3))) return null;
  // "Breitbart News Daily", "the Daily Telegraph": a capital inside a sentence makes it a name.
  if (/^[A-Z]/.test(m[0]) && /[A-Za-z,]\s+$/.test(text.slice(Math.max(0, start - 2), start))) return null;
  const value = ADVERB_VALUE[word] ?? 'P1D';
  return candidate(start, end, 'SET', () => value);
});

const every = rule(
  'every',
  `\\b(?<each>every|each)\\s+(?:(?<other>other)\\s+|(?<count>${COUNT})\\s+)?(?:(?<wd>${WEEKDAY})(?:\\s+(?<part>${PART_OF_DAY}))?|(?<mon>${MONTH})|(?<part2>morning|afternoon|evening|night)|(?<unit>${UNIT})s?)\\b`,
  (m) => {
    const [start, end] = span(m);
    const wd = group(m, 'wd');
    const mon = group(m, 'mon');
    if (wd) {
      if (!isCapitalized(wd)) return null;
      const part = group(m, 'part');
      return candidate(
        start,
        end,
        'SET',
        () => `XXXX-WXX-${weekdayNumber(wd)}${part ? `T${partOfDayCode(part)}` : ''}`,
      );
    }
    if (mon) {
      if (!isCapitalized(mon)) return null;
      return candidate(start, end, 'SET', () => `XXXX-${pad(monthNumber(mon) ?? 1)}`);
    }
    const part2 = group(m, 'part2');
    if (part2) return candidate(start, end, 'SET', () => `XXXX-XX-XXT${partOfDayCode(part2)}`);
    const info = unitInfo(group(m, 'unit') ?? '');
    if (!info) return null;
    const count = group(m, 'other') ? 2 : group(m, 'count') ? parseCount(group(m, 'count') ?? '') : 1;
    if (count === null || (lower(group(m, 'each')) === 'each' && count !== 1)) return null;
    const value = info.letter === 'Q' && count === 1 ? 'P1Q' : durationValue(count, info);
    return candidate(start, end, 'SET', () => value);
  },
);

export const SET_RULES: Rule[] = [adverb, every];
