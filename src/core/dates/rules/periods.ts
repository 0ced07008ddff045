import { addMonths, type Day, quarterOf, quarterValue, yearValue } from '../calendar';
import type { Context, Rule } from '../context';
import { ordinalNumber } from '../lexicon';
import { direction, quarterYear, shiftValueYears } from '../resolve';
import { after, before, candidate, group, lower, rule, span } from './helpers';

/**
 * Reporting periods of business news: "the third quarter", "third-quarter", "the latest quarter",
 * "the year-earlier period", "next year's first quarter", "the first half", "the fiscal year".
 * A bare "the quarter" means the quarter in focus (the one the story reports on).
 */

const YEAR4 = '(?:19|20)\\d{2}';
const PERIOD_ADJECTIVES = `(?:year-earlier|year-ago|comparable|corresponding|fiscal|calendar|${YEAR4}|latest|current|same|flat|weak|strong|seasonally\\s+slow|slow|disappointing|recent|most\\s+recent|just-ended|previous|prior)`;

function quarterFocus(ctx: Context): string | null {
  return ctx.quarter;
}

/** The last quarter that has ended by the publication day. */
function lastCompletedQuarter(dct: Day): string {
  const d = addMonths(dct, -3);
  return quarterValue(d.y, quarterOf(d.m));
}

function yearShift(words: string): number {
  return /year-earlier|year-ago|comparable|corresponding|a\s+year\s+(?:ago|earlier)|last\s+year/.test(words) ? -1 : 0;
}

const ordinalPeriod = rule(
  'ordinal-quarter',
  `\\b(?<pre>(?:the|its|their|this\\s+year['’]s|last\\s+year['’]s|next\\s+year['’]s|(?:fiscal\\s+)?${YEAR4}['’]s|a)\\s+)?(?<adjs>(?:${PERIOD_ADJECTIVES}[-\\s]+)*)(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[-\\s]+(?:fiscal[-\\s]+)?(?:two\\s+)?(?<unit>quarter|half|period)(?<plural>s)?\\b(?:\\s+of\\s+(?:fiscal\\s+)?(?<year>${YEAR4}|this\\s+year|last\\s+year|next\\s+year|the\\s+year))?(?<ago>\\s+a\\s+year\\s+(?:ago|earlier)|\\s+last\\s+year)?`,
  (m, text) => {
    let [start, end] = span(m);
    const pre = lower(group(m, 'pre'));
    const adjs = lower(group(m, 'adjs'));
    const ordWord = lower(group(m, 'ord'));
    const unit = lower(group(m, 'unit'));
    const explicit = lower(group(m, 'year'));
    const hyphenated =
      /[-]\s*(?:fiscal[-\s]+)?(?:quarter|half|period)\b/i.test(m[0]) && !/\s(?:quarter|half|period)/i.test(m[0]);
    // "the third-quarter loss": the article belongs to the noun, the expression is "third-quarter".
    if (
      pre &&
      hyphenated &&
      /^\s*[A-Za-z]/.test(after(text, end, 3)) &&
      !/^\s*(?:of|ended|ending)\b/i.test(after(text, end, 8))
    ) {
      if (!/\d{4}|year/.test(pre) && !adjs.trim()) start += group(m, 'pre')?.length ?? 0;
    } else if (pre === 'a ' && !adjs.trim()) start += 2;
    if (unit === 'period' && !/^(?:first|second|third|fourth|1st|2nd|3rd|4th)$/.test(ordWord)) return null;
    const isHalf =
      unit === 'half' || /two\s+quarters?$/i.test(m[0].replace(/\s+of.*$/, '').replace(/\s+a\s+year.*$/, ''));
    const twoQuarters = /two\s+quarters/i.test(m[0]);
    if (group(m, 'plural') && !twoQuarters) {
      const q = ordinalNumber(ordWord);
      return q ? candidate(start, end, 'SET', () => `XXXX-Q${q}`) : null;
    }
    const lastOrdinal = ordWord === 'last' || ordWord === 'final';
    end = Math.max(end, start);
    return candidate(start, end, 'DATE', (ctx) => {
      const tense = ctx.tense(start, end);
      let y: number | undefined;
      const yearInPre = /(\d{4})/.exec(pre)?.[1] ?? /(\d{4})/.exec(adjs)?.[1];
      if (/^\d{4}$/.test(explicit)) y = Number(explicit);
      else if (explicit === 'this year' || pre.startsWith('this year')) y = ctx.dct.y;
      else if (explicit === 'last year' || pre.startsWith('last year')) y = ctx.dct.y - 1;
      else if (explicit === 'next year' || pre.startsWith('next year')) y = ctx.dct.y + 1;
      else if (yearInPre) y = Number(yearInPre);
      const shift = yearShift(`${adjs} ${lower(group(m, 'ago'))}`);
      if (isHalf) {
        const h = twoQuarters ? (ordWord === 'first' ? 1 : 2) : lastOrdinal ? 2 : (ordinalNumber(ordWord) ?? 1);
        const currentHalf = ctx.dct.m <= 6 ? 1 : 2;
        const base = y ?? (h <= currentHalf || tense === 'future' ? ctx.dct.y : ctx.dct.y - 1);
        return `${yearValue(base + shift)}-H${h}`;
      }
      if (lastOrdinal && y === undefined) {
        // "the last quarter": the one before the current quarter.
        return shiftValueYears(lastCompletedQuarter(ctx.dct), shift) ?? null;
      }
      const q = lastOrdinal ? 4 : (ordinalNumber(ordWord) ?? 1);
      const base = y ?? quarterYear(ctx.dct, q, direction(undefined, tense));
      return { value: quarterValue(base + shift, q), comparison: shift !== 0 };
    });
  },
);

const genericPeriod = rule(
  'quarter',
  `\\b(?<pre>the|this|that|its|their|next|last|each|every|(?:this|last|next)\\s+year['’]s)\\s+(?<adjs>(?:${PERIOD_ADJECTIVES}[-\\s]+)*)(?<unit>quarter|period|fiscal\\s+year|full\\s+year)\\b(?<ago>\\s+a\\s+year\\s+(?:ago|earlier)|\\s+(?:of\\s+)?last\\s+year)?`,
  (m, text) => {
    const [start, end] = span(m);
    const pre = lower(group(m, 'pre'));
    const adjs = lower(group(m, 'adjs')).trim();
    const unit = lower(group(m, 'unit'));
    const ago = lower(group(m, 'ago'));
    if (/^-centur/i.test(after(text, end, 8))) return null; // "a quarter-century low" is 25 years
    if (pre === 'each' || pre === 'every') {
      return unit === 'quarter' ? candidate(start, end, 'SET', () => 'P1Q') : null;
    }
    // "the period" alone is anything; a financial period needs a qualifier.
    if (unit === 'period' && !adjs && !ago && pre !== 'that') return null;
    if (unit === 'period' && pre === 'that') return null;
    const next = after(text, end, 20);
    if (unit === 'fiscal year') {
      if (/^\s+(?:ended|ending|that\s+ended)\b/i.test(next) || (!adjs && pre === 'the'))
        return candidate(start, end, 'DURATION', () => 'P1Y');
      return candidate(start, end, 'DATE', (ctx) => {
        const latest = /latest|previous|prior|recent/.test(adjs) || pre === 'last';
        return yearValue(ctx.dct.y + (latest ? -1 : pre === 'next' ? 1 : 0));
      });
    }
    if (unit === 'full year') return candidate(start, end, 'DATE', (ctx) => yearValue(ctx.dct.y));
    return candidate(start, end, 'DATE', (ctx) => {
      const focus = quarterFocus(ctx);
      const yearIn = /(\d{4})/.exec(adjs)?.[1];
      let value: string;
      const completed = lastCompletedQuarter(ctx.dct);
      if (pre === 'next') value = shiftQuarter(quarterValue(ctx.dct.y, quarterOf(ctx.dct.m)), 1);
      else if (pre === 'last' && !adjs) value = completed;
      else if (/current/.test(adjs)) value = quarterValue(ctx.dct.y, quarterOf(ctx.dct.m));
      else if (/previous|prior/.test(adjs))
        value = shiftQuarter(focus ?? quarterValue(ctx.dct.y, quarterOf(ctx.dct.m)), -1);
      // "the latest quarter" has ended; a quarter in focus that is still running is not it.
      else if (/latest|recent|just/.test(adjs)) value = focus && focus <= completed ? focus : completed;
      // "this quarter's loss" in an earnings report is the reported quarter.
      else if (pre === 'this') value = focus ?? quarterValue(ctx.dct.y, quarterOf(ctx.dct.m));
      else value = focus ?? completed;
      if (pre.startsWith('this year')) value = `${ctx.dct.y}${value.slice(4)}`;
      if (pre.startsWith('last year')) value = `${ctx.dct.y - 1}${value.slice(4)}`;
      if (yearIn) value = focus ? `${yearIn}${focus.slice(4)}` : yearIn;
      const shift = yearShift(`${adjs} ${ago}`);
      // A quarter ending on a named day: "the quarter ended Sept. 30".
      return shift ? { value: shiftValueYears(value, shift) ?? value, comparison: true } : value;
    });
  },
);

function shiftQuarter(value: string, n: number): string {
  const y = Number(value.slice(0, 4));
  const q = Number(value.slice(6));
  const index = y * 4 + (q - 1) + n;
  return quarterValue(Math.floor(index / 4), (index % 4) + 1);
}

/** "the quarter ended Sept. 30" and "the quarter" after "in", when nothing is in focus. */
const endedQuarter = rule(
  'quarter-ended',
  `\\b(?:the\\s+)?(?:fiscal\\s+)?quarter(?=\\s+(?:ended|ending|that\\s+ended)\\s+(?<mon>Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d)`,
  (m, text) => {
    const [start, end] = span(m);
    if (
      /\b(?:third|second|first|fourth|latest|current|1988|1989|year-(?:earlier|ago))[-\s]+$/i.test(before(text, start))
    )
      return null;
    const mon = lower(group(m, 'mon')).slice(0, 3);
    const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(mon) + 1;
    return candidate(start, end, 'DATE', (ctx) => {
      const y = month <= ctx.dct.m ? ctx.dct.y : ctx.dct.y - 1;
      return quarterValue(y, quarterOf(month));
    });
  },
);

/** Business shorthand: "Q3", "Q3 2022", "3Q22", "H1 2021", "FY2022", "fiscal year 2023". */
const shorthand = rule(
  'quarter-shorthand',
  `\\b(?:(?<qn>Q[1-4]|[1-4]Q)(?:\\s+(?:of\\s+)?(?<qy>${YEAR4})|(?<qyy>\\d{2}))?|(?<hn>H[12])(?:\\s+(?<hy>${YEAR4}))|(?:FY|fiscal\\s+year\\s+)(?<fy>${YEAR4}|\\d{2}))\\b`,
  (m) => {
    const [start, end] = span(m);
    const raw = m[0];
    // Case matters: "q3" and "fy" in running text are rare, and lower-case "h1" is a heading tag.
    if (!/^(?:Q|[1-4]Q|H|FY|fiscal)/.test(raw)) return null;
    const qn = group(m, 'qn');
    const twoDigit = (s: string | undefined) => (s ? 2000 + Number(s) : undefined);
    const fy = group(m, 'fy');
    if (fy) return candidate(start, end, 'DATE', () => yearValue(fy.length === 2 ? 2000 + Number(fy) : Number(fy)));
    const hn = group(m, 'hn');
    if (hn) return candidate(start, end, 'DATE', () => `${group(m, 'hy')}-${hn}`);
    const q = Number((qn ?? '').replace(/\D/g, ''));
    const explicit = group(m, 'qy') ? Number(group(m, 'qy')) : twoDigit(group(m, 'qyy'));
    return candidate(start, end, 'DATE', (ctx) => {
      const y = explicit ?? quarterYear(ctx.dct, q, direction(undefined, ctx.tense(start, end)));
      return quarterValue(y, q);
    });
  },
);

export const PERIOD_RULES: Rule[] = [ordinalPeriod, genericPeriod, endedQuarter, shorthand];
