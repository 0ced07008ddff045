import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { speakerTones } from '../../../src/page/highlight/speaker-tones';
import {
  datesInTimeOrder,
  filterGroups,
  firstMentionId,
  groupBySpeaker,
  isEmptyAnalysis,
  isRelativePhrase,
  snippetAround,
  speakerCount,
} from '../../../src/popup/model';
import '../../../src/shared/i18n-en';
import { describeAge, describeDate } from '../../../src/shared/describe';

const STORY = [
  '“The pool will reopen in June,” said Carla Mendes, the parks director.',
  'A city official who spoke on condition of anonymity said the repairs had cost twice the estimate.',
  'Critics say the delay was avoidable. “We warned them in 2023,” said Omar Haddad.',
  'Mendes said the city would publish the full bill next week.',
].join('\n\n');

describe('popup model', () => {
  it('groups quotes by speaker, most quoted first', () => {
    const text = ['“One,” said Ana Lopes.', '“Two,” said Tom Reyes.', '“Three and four,” Lopes said.'].join('\n\n');
    const groups = groupBySpeaker(analyze(text));
    expect(groups.map((g) => [g.name, g.quotes.length])).toEqual([
      ['Ana Lopes', 2],
      ['Tom Reyes', 1],
    ]);
  });

  it('gives each speaker the colour the page gives it', () => {
    const analysis = analyze(STORY, { published: '2025-05-10' });
    const tones = speakerTones(analysis);
    const groups = groupBySpeaker(analysis);
    expect(groups[0]?.name).toBe('Carla Mendes');
    for (const g of groups) expect(g.tone).toBe(g.sourceId ? tones.get(g.sourceId) : null);
    expect(new Set(groups.map((g) => g.tone)).size).toBe(groups.length);
  });

  it('filters speakers into named and unnamed', () => {
    const analysis = analyze(STORY, { published: '2025-05-10' });
    const groups = groupBySpeaker(analysis);
    expect(filterGroups(groups, 'named').map((g) => g.name)).toEqual(['Carla Mendes', 'Omar Haddad']);
    expect(
      filterGroups(groups, 'unnamed')
        .map((g) => g.type)
        .sort(),
    ).toEqual(['anonymous', 'unnamed-group']);
    expect(filterGroups(groups, 'all')).toHaveLength(4);
    const anonymous = groups.find((g) => g.type === 'anonymous');
    expect(firstMentionId(anonymous ?? { sourceId: null, type: 'unresolved' })).toBe(`${anonymous?.sourceId}:u0`);
    expect(firstMentionId({ sourceId: 's1', type: 'named-person' })).toBe('s1:m0');
    expect(speakerCount(analysis)).toBe(4);
    expect(isEmptyAnalysis(analysis)).toBe(false);
    expect(isEmptyAnalysis(analyze('The weather was fine and the sea was calm.'))).toBe(true);
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

  it('shows the resolved day beside phrases that depend on the article’s date', () => {
    expect(isRelativePhrase('next Tuesday', '2025-03-18')).toBe(true);
    expect(isRelativePhrase('last month', '2025-02')).toBe(true);
    expect(isRelativePhrase('March 18, 2025', '2025-03-18')).toBe(false);
    expect(isRelativePhrase('two decades', 'P20Y')).toBe(false);
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
