import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, easter, isoWeek, nthWeekday, weekday } from '../../../src/core/dates/calendar';
import { parseCount, parseYearWords } from '../../../src/core/dates/numbers';
import { monthYear, quarterYear, seasonYear, shiftValueYears, weekdayDay } from '../../../src/core/dates/resolve';
import { tenseAt } from '../../../src/core/dates/tense';

/** The calendar, number and tense helpers the date rules stand on. */

describe('calendar arithmetic', () => {
  it('computes ISO weeks at year edges', () => {
    expect(isoWeek({ y: 2022, m: 1, d: 1 })).toEqual({ year: 2021, week: 52 });
    expect(isoWeek({ y: 2020, m: 12, d: 31 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ y: 2022, m: 11, d: 6 })).toEqual({ year: 2022, week: 44 });
  });

  it('clamps month arithmetic to the month length', () => {
    expect(addMonths({ y: 2024, m: 1, d: 31 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addMonths({ y: 2022, m: 1, d: 15 }, -2)).toEqual({ y: 2021, m: 11, d: 15 });
  });

  it('finds Easter and nth weekdays', () => {
    expect(easter(2024)).toEqual({ y: 2024, m: 3, d: 31 });
    expect(easter(2000)).toEqual({ y: 2000, m: 4, d: 23 });
    expect(nthWeekday(2022, 11, 4, 4)).toEqual({ y: 2022, m: 11, d: 24 }); // Thanksgiving
    expect(nthWeekday(2022, 5, 1, -1)).toEqual({ y: 2022, m: 5, d: 30 }); // Memorial Day
  });

  it('adding and removing days round-trips (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: -2000, max: 2000 }),
        (y, m, d, n) => {
          const day = { y, m, d };
          expect(addDays(addDays(day, n), -n)).toEqual(day);
          expect(weekday(addDays(day, 7 * n))).toBe(weekday(day));
        },
      ),
    );
  });
});

describe('resolution helpers', () => {
  const sunday = { y: 2022, m: 11, d: 6 };

  it('turns weekdays into days by direction', () => {
    expect(weekdayDay(sunday, 6, 'past')).toEqual({ y: 2022, m: 11, d: 5 });
    expect(weekdayDay(sunday, 7, 'past')).toEqual(sunday);
    expect(weekdayDay(sunday, 7, 'last')).toEqual({ y: 2022, m: 10, d: 30 });
    expect(weekdayDay(sunday, 2, 'next')).toEqual({ y: 2022, m: 11, d: 8 });
    expect(weekdayDay(sunday, 2, 'future')).toEqual({ y: 2022, m: 11, d: 8 });
  });

  it('puts months, quarters and seasons in the right year', () => {
    expect(monthYear(sunday, 12, 'past')).toBe(2022); // the month just ahead is still this year's
    expect(monthYear(sunday, 2, 'past')).toBe(2022);
    expect(monthYear(sunday, 2, 'future')).toBe(2023);
    expect(monthYear(sunday, 11, 'last')).toBe(2021);
    expect(quarterYear(sunday, 3, 'past')).toBe(2022);
    expect(quarterYear({ y: 2023, m: 2, d: 1 }, 4, 'past')).toBe(2022);
    expect(seasonYear(sunday, 'SU', 'last')).toBe(2022);
    expect(seasonYear(sunday, 'FA', 'last')).toBe(2021);
    expect(seasonYear({ y: 2023, m: 1, d: 10 }, 'WI', 'this')).toBe(2022);
  });

  it('shifts values by years keeping their granularity', () => {
    expect(shiftValueYears('1989-Q3', -1)).toBe('1988-Q3');
    expect(shiftValueYears('1989-10-26', -1)).toBe('1988-10-26');
    expect(shiftValueYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(shiftValueYears('1989', -1)).toBe('1988');
  });
});

describe('numbers in temporal phrases', () => {
  it('parses digits, words, fractions and vague counts', () => {
    expect(parseCount('twenty four')).toBe(24);
    expect(parseCount('twenty-four')).toBe(24);
    expect(parseCount('two hundred')).toBe(200);
    expect(parseCount('2 1/2')).toBe(2.5);
    expect(parseCount('1,000')).toBe(1000);
    expect(parseCount('a')).toBe(1);
    expect(parseCount('a couple of')).toBe(2);
    expect(parseCount('several')).toBe('X');
    expect(parseCount('one and a half')).toBe(1.5);
    expect(parseCount('banana')).toBeNull();
  });

  it('parses years in words', () => {
    expect(parseYearWords('nineteen ninety-six')).toBe(1996);
    expect(parseYearWords('nineteen oh five')).toBe(1905);
    expect(parseYearWords('two thousand')).toBe(2000);
    expect(parseYearWords('two thousand and one')).toBe(2001);
  });
});

describe('tense around an expression', () => {
  const tense = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    return tenseAt(text, start, start + phrase.length);
  };

  it('prefers the verb group before the expression', () => {
    expect(tense('She said on Saturday that the talks will resume.', 'Saturday')).toBe('past');
    expect(tense('Officials said the talks will resume Tuesday.', 'Tuesday')).toBe('future');
    expect(tense('The company plans to report results Friday.', 'Friday')).toBe('future');
  });

  it('looks after the expression when nothing comes before it', () => {
    expect(tense('On Monday, the minister resigned.', 'Monday')).toBe('past');
    expect(tense('Tomorrow the council votes.', 'Tomorrow')).toBe('none');
  });

  it('reads a future in the past as past, and a noun "plan" as no cue', () => {
    expect(tense('The offer had been due to expire Friday.', 'Friday')).toBe('past');
    expect(tense('The board announced the plan Aug. 21.', 'Aug. 21')).toBe('past');
  });
  it('reads auxiliaries before a participle and conditionals', () => {
    expect(tense('The team is being moved to Denver before Christmas.', 'Christmas')).toBe('present');
    expect(tense('The summit will be held in March.', 'March')).toBe('future');
    expect(tense('The summit was held in March.', 'March')).toBe('past');
    expect(tense('He would run if the party wins in November.', 'November')).toBe('future');
  });

  it('stays inside the sentence', () => {
    expect(tense('It rained. Friday is the deadline.', 'Friday')).toBe('present');
  });
});
