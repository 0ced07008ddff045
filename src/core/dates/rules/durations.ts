import type { Rule } from '../context';
import { UNIT, type UnitInfo, unitInfo } from '../lexicon';
import { COUNT, parseCount } from '../numbers';
import { after, before, candidate, group, lower, QUANT_MOD, rule, span } from './helpers';

/**
 * Lengths of time: "five years", "eight-month", "the past three months", "more than four hours",
 * "2 1/2 years", "the first nine months", "several weeks", "a minute and a half". Ages ("52-year-old")
 * and rates ("$2 a year") are not durations.
 */

const DURATION_LEAD =
  '(?:past|last|next|coming|first|final|previous|latest|year-earlier|year-ago|recent|remaining|additional|further|initial|ensuing|following|subsequent|same|entire|full|whole|other|preceding|prior|ensuing|early|last\\s+few|past\\s+few|next\\s+few)';
const COUNT_ADJECTIVE =
  '(?:more|additional|straight|consecutive|full|long|trading|calendar|business|working|short|further|extra)';

/** Smaller unit a fraction is written in: 2 1/2 years → P2Y6M, 5 1/2 hours → PT5H30M. */
const FRACTION_UNIT: Record<string, { letter: string; per: number }> = {
  Y: { letter: 'M', per: 12 },
  M: { letter: 'D', per: 30 },
  W: { letter: 'D', per: 7 },
  D: { letter: 'H', per: 24 },
  H: { letter: 'M', per: 60 },
};

/** The TIMEX3 duration value for a count of a unit. */
export function durationValue(count: number | 'X', info: UnitInfo): string {
  const prefix = info.clock ? 'PT' : 'P';
  if (count === 'X') return `${prefix}X${info.factor === 10 ? 'Y' : info.letter}`;
  const n = count * info.factor;
  if (Number.isInteger(n)) return `${prefix}${n}${info.letter}`;
  const whole = Math.floor(n);
  const small = info.clock && info.letter === 'M' ? { letter: 'S', per: 60 } : FRACTION_UNIT[info.letter];
  const rest = small ? Math.round((n - whole) * small.per) : 0;
  if (!small || rest === 0) return `${prefix}${n}${info.letter}`;
  const head = whole > 0 ? `${whole}${info.letter}` : '';
  const smallIsClock = info.letter === 'D' && small.letter === 'H';
  return smallIsClock ? `P${head}T${rest}H` : `${prefix}${head}${rest}${small.letter}`;
}

/** What comes before the "a" of a rate: "$1.76 a year", "358,000 a month", "four flights a week". */
const RATE_BEFORE =
  /(?:(?:\d[\d,.]*%?|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozen|several|few))(?:\s+(?:million|billion|thousand|percent))?(?:\s+[a-z]+s)?|\btimes|\bonce|\btwice)\s+$/;

const counted = rule(
  'duration',
  `\\b(?:(?<q>${QUANT_MOD})\\s+)?(?:(?<det>the|its|their|his|her|our|each\\s+of\\s+the)\\s+)?(?:(?<lead>${DURATION_LEAD})\\s+)?(?<count>${COUNT})(?:\\s*(?:to|-|or)\\s*(?<count2>${COUNT}))?(?:\\s+(?<adj>${COUNT_ADJECTIVE}))?[-\\s]+(?<unit>${UNIT})(?<plural>s)?(?<tail>[-\\s]+(?:long|old)|\\s+and\\s+a\\s+half)?\\b(?<orso>\\s+or\\s+so)?`,
  (m, text) => {
    const [start, end] = span(m);
    const info = unitInfo(group(m, 'unit') ?? '');
    const countWord = lower(group(m, 'count'));
    let count = parseCount(countWord);
    if (!info || count === null || info.letter === 'WE') return null;
    const tail = lower(group(m, 'tail'));
    if (/old/.test(tail)) return null; // an age
    if (/half/.test(tail) && typeof count === 'number') count += 0.5;
    const isArticle = countWord === 'a' || countWord === 'an';
    // "over the past three years": "over" is a preposition here, not "more than"; the expression starts after it.
    const q = lower(group(m, 'q'));
    if ((q === 'over' || q === 'under' || q === 'within') && group(m, 'det')) {
      const detStart = m.indices?.groups?.det?.[0];
      if (detStart !== undefined) {
        const value = durationValue(typeof count === 'number' ? count : 'X', info);
        return candidate(detStart, end, 'DURATION', () => value);
      }
    }
    const lead = lower(group(m, 'lead')); // "$2 a year", "four flights a week", "24 hours a day", "a $400-million-a-year business": a rate.
    if (isArticle && text[start - 1] === '-') return null;
    if (isArticle && !group(m, 'q') && !lead && RATE_BEFORE.test(before(text, start, 40))) return null;
    // "a year" on its own is mostly a rate or part of "a year ago"; with a preposition before it, it is a length.
    if (group(m, 'count2') && typeof count === 'number') {
      const second = parseCount(lower(group(m, 'count2')));
      if (typeof second !== 'number' || second <= count) return null;
      count = 'X';
    }
    // Years used as counts ("1990 years") do not happen in news; "in 1990, years of …" does.
    if (/^\d{4}$/.test(countWord) && Number(countWord) > 1500) return null;
    const unitWord = group(m, 'unit') ?? '';
    const next = after(text, end, 12); // "a quarter-century low" is 25 years, left to the century; not a quarter of a year.
    if (info.letter === 'Q' && /^-centur/i.test(next)) return null;
    // "three-quarters of its food", "more than a quarter of the market": fractions, not quarters of a year.
    if (
      info.letter === 'Q' &&
      (/-quarters?$/i.test(m[0]) || (/^(?:a|an|one|three)$/.test(countWord) && !lead && /^\s+of\b/.test(next)))
    )
      return null;
    // "a second group", "a minute's walk": an ordinal or a measure word before a noun.
    if (isArticle && /^seconds?$/i.test(unitWord) && !/^\s*(?:[,.;:!?)]|later|earlier|ago|or\b|$)/.test(next))
      return null;
    // "60 Minutes" is a television programme: a capitalized unit inside a sentence is a name.
    if (/^[A-Z]/.test(unitWord) && !/^[A-Z]/.test(m[0])) return null;
    // "will one day be" is an unspecified future (the reference rule's FUTURE_REF), not a day-long span.
    if (
      /^(?:one|some)\s+day$/i.test(m[0]) &&
      /\b(?:will|would|could|may|might|can|to|hope|hopes)\s+$/.test(before(text, start, 8))
    )
      return null;
    const value = durationValue(count, info);
    // "the eight-month war": the article belongs to the noun; the expression is "eight-month".
    const countStart = m.indices?.groups?.count?.[0] ?? start;
    const adjectival = /^[-]/.test(text.slice(countStart + (group(m, 'count')?.length ?? 0))) && /^\s+[a-z]/.test(next);
    const from = adjectival && (group(m, 'det') || group(m, 'lead')) ? countStart : start;
    return candidate(from, end, 'DURATION', () => value);
  },
);

/** "recent years", "coming weeks", "the past few months" without a count. */
const vague = rule(
  'vague-duration',
  `\\b(?:the\\s+)?(?<lead>recent|coming|past|next|last|following|ensuing|previous)\\s+(?<unit>second|minute|hour|day|week|month|quarter|year|decade|centurie)s\\b`,
  (m) => {
    const [start, end] = span(m);
    const lead = lower(group(m, 'lead'));
    const info = unitInfo(group(m, 'unit') ?? '');
    if (!info) return null;
    // "coming months" and "coming quarters" are an open future (FUTURE_REF), left to the reference rule.
    if (lead === 'coming' && (info.letter === 'M' || info.letter === 'Q') && !/^the\b/i.test(m[0])) return null;
    if (lead === 'recent' && info.letter === 'Y' && info.factor === 1)
      return candidate(start, end, 'DATE', () => 'PAST_REF');
    return candidate(start, end, 'DURATION', () => durationValue('X', info));
  },
);

/** "day-long", "decades-long". */
const longAdjective = rule(
  'long-adjective',
  `\\b(?<unit>hour|day|week|month|year|decade)(?<plural>s)?-long\\b`,
  (m) => {
    const [start, end] = span(m);
    const info = unitInfo(group(m, 'unit') ?? '');
    if (!info) return null;
    const value = durationValue(group(m, 'plural') ? 'X' : 1, info);
    return candidate(start, end, 'DURATION', () => value);
  },
);

/** "half an hour", "half a century". */
const half = rule(
  'half-unit',
  `\\b(?:(?<q>${QUANT_MOD})\\s+)?half\\s+(?:an?\\s+)?(?<unit>second|minute|hour|day|week|month|year|decade|century)\\b`,
  (m) => {
    const [start, end] = span(m);
    const info = unitInfo(group(m, 'unit') ?? '');
    if (!info) return null;
    const value = durationValue(0.5, info);
    return candidate(start, end, 'DURATION', () => value);
  },
);

export const DURATION_RULES: Rule[] = [counted, vague, longAdjective, half];
