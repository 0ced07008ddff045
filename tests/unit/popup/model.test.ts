import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { datesInTimeOrder, groupBySpeaker, snippetAround } from '../../../src/popup/model';
import { describeAge, describeDate } from '../../../src/shared/describe';

describe('popup model', () => {
  it('groups quotes by speaker, most quoted first', () => {
    const text = ['“One,” said Ana Lopes.', '“Two,” said Tom Reyes.', '“Three and four,” Lopes said.'].join('\n\n');
    const groups = groupBySpeaker(analyze(text));
    expect(groups.map((g) => [g.name, g.quotes.length])).toEqual([
      ['Ana Lopes', 2],
      ['Tom Reyes', 1],
    ]);
  });

  it('orders dates in time and describes them', () => {
    const dates = datesInTimeOrder([
      { start: 0, end: 1, type: 'DATE', value: '2022-11-08' },
      { start: 2, end: 3, type: 'DURATION', value: 'P8M' },
      { start: 4, end: 5, type: 'DATE', value: '2022-11-04' },
    ]);
    expect(dates.map((d) => d.value)).toEqual(['2022-11-04', '2022-11-08', 'P8M']);
    expect(describeDate({ type: 'DATE', value: '2022-11-05' })).toBe('Saturday, November 5, 2022');
    expect(describeDate({ type: 'DURATION', value: 'P8M' })).toBe('8 months');
  });

  it('describes article age', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(describeAge('2022-11-06', now)).toBe('4 years');
    expect(describeAge('2026-11-28', now)).toBe('today');
    expect(describeAge('2026-11-20T10:00', now)).toBe('8 days');
  });

  it('takes the sentence around a span as its snippet', () => {
    const text = 'First sentence. The vote is on Friday at noon. Last one.';
    const start = text.indexOf('Friday');
    expect(snippetAround(text, { start, end: start + 6 })).toBe('The vote is on Friday at noon.');
  });
});
