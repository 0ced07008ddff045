import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/dates/find-dates';
import type { DateMention } from '../../../src/core/types';

/**
 * Text dates, one rule family per block, on sentences written for these tests. `dates(text, dct)` lists
 * "phrase → TYPE value" so a failure shows what was found and how it was resolved.
 */
function dates(text: string, published = '2022-11-06'): string[] {
  return findDates(text, published).map((d: DateMention) => `${text.slice(d.start, d.end)} → ${d.type} ${d.value}`);
}

function resolved(text: string, phrase: string, published = '2022-11-06'): string | undefined {
  return findDates(text, published).find((d) => text.slice(d.start, d.end) === phrase)?.value;
}

// 2022-11-06 is a Sunday.
describe('weekdays follow the tense of their sentence', () => {
  it('puts a past-tense weekday before the publication day', () => {
    expect(dates('The minister said on Saturday that talks had stalled.')).toEqual(['Saturday → DATE 2022-11-05']);
    expect(resolved('Officials met Friday in Geneva.', 'Friday')).toBe('2022-11-04');
  });

  it('puts a future weekday after it, and "next Tuesday" in the coming week', () => {
    expect(resolved('The council will vote Wednesday on the budget.', 'Wednesday')).toBe('2022-11-09');
    expect(resolved("Voters are bracing for next Tuesday's election.", 'next Tuesday')).toBe('2022-11-08');
    expect(resolved('The committee plans to meet Thursday.', 'Thursday')).toBe('2022-11-10');
  });

  it('reads a weekday named on the publication day as that day', () => {
    expect(resolved('Protesters gathered Sunday outside the court.', 'Sunday')).toBe('2022-11-06');
  });

  it('reads "last Friday" as the latest Friday before the publication day', () => {
    expect(resolved('The bank raised rates last Friday.', 'last Friday')).toBe('2022-11-04');
  });

  it('counts "the previous Friday" from the day in focus, not from the publication day', () => {
    const text = 'The strike began on Oct. 20. The previous Friday, union leaders had met.';
    expect(resolved(text, 'The previous Friday')).toBe('2022-10-14');
  });

  it('reads "Friday night" as a part of that day', () => {
    expect(dates('Fans celebrated Friday night downtown.')).toEqual(['Friday night → TIME 2022-11-04TNI']);
  });

  it('reads plural weekdays as a set', () => {
    expect(resolved('The market opens on Mondays.', 'Mondays')).toBe('XXXX-WXX-1');
  });
});

describe('deictic days, weeks, months and years', () => {
  it('resolves yesterday, today and tomorrow on the publication day', () => {
    expect(dates('Yesterday the mayor resigned; today the council meets; tomorrow it votes.')).toEqual([
      'Yesterday → DATE 2022-11-05',
      'today → DATE 2022-11-06',
      'tomorrow → DATE 2022-11-07',
    ]);
  });

  it('gives last/this/next units their calendar value', () => {
    expect(resolved('Sales fell last year.', 'last year')).toBe('2021');
    expect(resolved('Sales fell this month.', 'this month')).toBe('2022-11');
    expect(resolved('The plant closed last week.', 'last week')).toBe('2022-W43');
    expect(resolved('The plant reopens next month.', 'next month')).toBe('2022-12');
  });

  it('keeps modifiers inside the expression and the value on the unit', () => {
    expect(dates('Prices rose earlier this month.')).toEqual(['earlier this month → DATE 2022-11']);
    expect(dates('The deal should close by the end of the year.')).toEqual(['the end of the year → DATE 2022']);
    expect(dates('A decision is due early next year.')).toEqual(['early next year → DATE 2023']);
  });

  it('counts "ago" from the publication day', () => {
    expect(resolved('The law passed five years ago.', 'five years ago')).toBe('2017');
    expect(resolved('She left three months ago.', 'three months ago')).toBe('2022-08');
    expect(resolved('He called 10 days ago.', '10 days ago')).toBe('2022-10-27');
  });

  it('reads "the following year" from the year in focus', () => {
    expect(resolved('The factory opened in 2009. The following year it doubled output.', 'The following year')).toBe(
      '2010',
    );
  });
});

describe('calendar dates', () => {
  it('finds bare years after a preposition and on their own', () => {
    expect(dates('The company was founded in 2009.')).toEqual(['2009 → DATE 2009']);
    expect(dates('Since 1998, exports have doubled; 2004 was the peak.')).toEqual([
      '1998 → DATE 1998',
      '2004 → DATE 2004',
    ]);
  });
  it('does not read amounts, prices, counts or names as years', () => {
    expect(dates('It paid $2010 for 1,998 shares, up 2015% from 2,011.')).toEqual([]);
    expect(dates('Flight 1549 landed on Route 2010.')).toEqual([]);
  });

  it('resolves month days to the year the tense points to', () => {
    expect(resolved('The treaty was signed on Aug. 7.', 'Aug. 7')).toBe('2022-08-07');
    expect(resolved('The new rules take effect Jan. 15.', 'Jan. 15')).toBe('2023-01-15');
    expect(resolved('The vote is set for Dec. 3.', 'Dec. 3')).toBe('2022-12-03');
  });

  it('reads full dates, months with years and weekday datelines', () => {
    expect(dates('On March 26, 1996, the ship sank.')).toEqual(['March 26, 1996 → DATE 1996-03-26']);
    expect(dates('The mine opened in July 1997.')).toEqual(['July 1997 → DATE 1997-07']);
    expect(dates('Friday, Oct. 23, was the deadline.')).toEqual(['Friday, Oct. 23 → DATE 2022-10-23']);
  });

  it('resolves a bare month to the nearest one on the side of the tense', () => {
    expect(resolved('The firm cut jobs in September.', 'September')).toBe('2022-09');
    expect(resolved('The firm will cut jobs in March.', 'March')).toBe('2023-03');
    expect(resolved('The offer runs until mid-December.', 'mid-December')).toBe('2022-12');
  });

  it('does not take "may" and "march" as months in running text', () => {
    expect(dates('Workers may march on the capital. The March for Science drew crowds.')).toEqual([]);
    expect(dates('The talks ended in May.')).toEqual(['May → DATE 2022-05']);
  });

  it('reads decades, centuries and spelled-out years', () => {
    expect(resolved('Inflation soared in the 1970s.', 'the 1970s')).toBe('197');
    expect(resolved('It was built in the mid-1990s.', 'the mid-1990s')).toBe('199');
    expect(resolved("Music of the '80s is back.", "the '80s")).toBe('198');
    expect(resolved('That changed in the 20th century.', 'the 20th century')).toBe('19');
    expect(resolved('The vote was held in nineteen ninety-four.', 'nineteen ninety-four')).toBe('1994');
    expect(resolved('The winter of nineteen ninety-four was cold.', 'The winter of nineteen ninety-four')).toBe(
      '1994-WI',
    );
  });

  it('reads numeric dates but not fractions', () => {
    expect(dates('The filing is dated 11/06/2022 and shares rose 1/2 point.')).toEqual([
      '11/06/2022 → DATE 2022-11-06',
    ]);
  });

  it('does not read company names or verbs as days', () => {
    expect(dates('Sun Microsystems and Wed. Corp. shares rose.')).toEqual([]);
    expect(dates('Baker said on ABC\'s "This Week" that talks would go on.')).toEqual([]);
  });

  it('resolves holidays in the year the tense points to', () => {
    expect(resolved('Stores expect crowds on Thanksgiving Day.', 'Thanksgiving Day')).toBe('2022-11-24');
    expect(resolved('Sales slumped after Christmas.', 'Christmas')).toBe('2021-12-25');
    expect(dates('Easter Island sells Christmas trees.')).toEqual([]);
  });
});

describe('quarters, halves and fiscal periods', () => {
  it('reads "the third quarter" as this year\'s once it has begun', () => {
    expect(resolved('Profit rose in the third quarter.', 'the third quarter')).toBe('2022-Q3');
    expect(resolved('Profit fell in the fourth quarter.', 'the fourth quarter', '2023-02-10')).toBe('2022-Q4');
  });

  it('keeps an adjectival "third-quarter" without its article', () => {
    expect(dates('The company reported a third-quarter loss.')).toEqual(['third-quarter → DATE 2022-Q3']);
  });

  it('compares "a year earlier" with the quarter in focus', () => {
    const text =
      'Third-quarter profit rose to $5 million from $4 million a year earlier. The latest quarter was strong.';
    expect(dates(text)).toEqual([
      'Third-quarter → DATE 2022-Q3',
      'a year earlier → DATE 2021-Q3',
      'The latest quarter → DATE 2022-Q3',
    ]);
  });

  it("reads the year-ago quarter, next year's quarter, halves and fiscal years", () => {
    const text = 'In the third quarter sales rose; in the year-ago quarter they fell.';
    expect(resolved(text, 'the year-ago quarter')).toBe('2021-Q3');
    expect(resolved("Output may recover in next year's first quarter.", "next year's first quarter")).toBe('2023-Q1');
    expect(resolved('Costs rose in the first half of 2021.', 'the first half of 2021')).toBe('2021-H1');
    expect(resolved('The chain lost money in fiscal 2021.', 'fiscal 2021')).toBe('2021');
  });

  it('reads business shorthand: Q3 2022, 3Q22, H1 2021, FY2023', () => {
    expect(dates('Revenue rose in Q3 2022 and 3Q22; Q2 was flat. H1 2021 was strong. FY2023 looks better.')).toEqual([
      'Q3 2022 → DATE 2022-Q3',
      '3Q22 → DATE 2022-Q3',
      'Q2 → DATE 2022-Q2',
      'H1 2021 → DATE 2021-H1',
      'FY2023 → DATE 2023',
    ]);
    expect(dates('The q3 of the h1 tag.')).toEqual([]);
  });
});

describe('durations', () => {
  it('reads counted units, adjectival lengths and fractions', () => {
    expect(dates('The eight-month war has cost billions.')).toEqual(['eight-month → DURATION P8M']);
    expect(resolved('The trial lasted three weeks.', 'three weeks')).toBe('P3W');
    expect(resolved('It took 2 1/2 years.', '2 1/2 years')).toBe('P2Y6M');
    expect(resolved('The flight took 5 1/2 hours.', '5 1/2 hours')).toBe('PT5H30M');
    expect(resolved('A 16-hour shift ended.', '16-hour')).toBe('PT16H');
    expect(resolved('The meeting lasted half an hour.', 'half an hour')).toBe('PT30M');
  });

  it('keeps "the past", "the next" and quantity modifiers inside the duration', () => {
    expect(dates('Prices doubled over the past three years.')).toEqual(['the past three years → DURATION P3Y']);
    expect(dates('Talks lasted more than four hours.')).toEqual(['more than four hours → DURATION PT4H']);
    expect(dates('Output fell in the first nine months.')).toEqual(['the first nine months → DURATION P9M']);
  });

  it('gives vague counts an X', () => {
    expect(resolved('It may take several years.', 'several years')).toBe('PXY');
    expect(resolved('He waited a few days.', 'a few days')).toBe('PXD');
  });

  it('does not read ages, rates or fractions as durations', () => {
    expect(dates('A 52-year-old man, 37 years old, earned $2 million a year.')).toEqual([]);
    expect(dates('He built a $400-million-a-year business at a quarter-century high.')).toEqual([]);
    expect(dates('Iraq imports about three-quarters of its food; the airline runs four flights a week.')).toEqual([]);
    expect(dates('A second group joined; he watched 60 Minutes.')).toEqual([]);
  });

  it('reads "three days later" as the length between two events', () => {
    expect(dates('Three days later, the ship docked.')).toEqual(['Three days later → DURATION P3D']);
  });
});

describe('sets', () => {
  it('reads every, each and frequency adverbs', () => {
    expect(dates('The board meets every Monday.')).toEqual(['every Monday → SET XXXX-WXX-1']);
    expect(resolved('Fees rise each year.', 'each year')).toBe('P1Y');
    expect(resolved('The ferry sails daily.', 'daily')).toBe('P1D');
    expect(resolved('Staff are paid every two weeks.', 'every two weeks')).toBe('P2W');
  });

  it('does not read a newspaper or an average as a set', () => {
    expect(dates('The party daily Granma and the average daily volume.')).toEqual([]);
    expect(dates('He told the Morning News Daily host.')).toEqual([]);
  });
});

describe('present, past and future references', () => {
  it('reads now, currently, recently and the future', () => {
    expect(dates('Prices are now falling; the firm currently employs 80. It recently moved.')).toEqual([
      'now → DATE PRESENT_REF',
      'currently → DATE PRESENT_REF',
      'recently → DATE PAST_REF',
    ]);
    expect(resolved('Rates will rise in the near future.', 'the near future')).toBe('FUTURE_REF');
    expect(resolved('The town will one day be a city.', 'one day')).toBe('FUTURE_REF');
  });

  it('leaves the current account and the future of a thing alone', () => {
    expect(dates('The current account deficit widened; the future of the plant is unclear.')).toEqual([]);
  });
});

describe('clock times', () => {
  it('reads clock times on the publication day or the day named with them', () => {
    expect(dates('The polls close at 8 p.m.')).toEqual(['8 p.m. → TIME 2022-11-06T20:00']);
    expect(dates('The offer expires at 5 p.m. EST, Nov. 6.')).toEqual(['5 p.m. EST, Nov. 6 → TIME 2022-11-06T17:00']);
    expect(resolved('The strike starts at noon Thursday.', 'noon Thursday')).toBe('2022-11-10T12:00');
    expect(resolved('The quake struck at 10:35 a.m.', '10:35 a.m.')).toBe('2022-11-06T10:35');
    expect(resolved('The briefing starts at 2 p.m. ET.', '2 p.m. ET')).toBe('2022-11-06T14:00');
    expect(resolved('The vote was called at 3:30.', '3:30')).toBe('2022-11-06T03:30');
  });

  it('does not read prices and scores as times', () => {
    expect(dates('Shares rose $1.35 a share to 20 3/4; the Jets won 3 to 1.')).toEqual([]);
  });

  it('reads parts of the day', () => {
    expect(resolved('The fire broke out last night.', 'last night')).toBe('2022-11-05TNI');
    expect(resolved('Markets fell this morning.', 'this morning')).toBe('2022-11-06TMO');
  });
});

describe('robustness', () => {
  it('returns nothing for text without dates and survives odd input', () => {
    expect(findDates('', '2022-11-06')).toEqual([]);
    expect(findDates('No dates here at all.', null)).toEqual([]);
    expect(() => findDates('a'.repeat(50_000), 'not a date')).not.toThrow();
  });

  it('returns spans in text order that never overlap', () => {
    const text = 'Last week, on Nov. 2, 2022, at 10 a.m., the board met for three hours, as it does every Monday.';
    const found = findDates(text, '2022-11-06');
    for (let i = 1; i < found.length; i++) expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
    expect(found.length).toBeGreaterThanOrEqual(5);
  });
});
