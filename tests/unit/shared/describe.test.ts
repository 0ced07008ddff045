import { describe, expect, it } from 'vitest';
import '../../../src/shared/i18n-en';
import {
  describeAge,
  describeAgeAgo,
  describeDate,
  describeSourceType,
  isCalendarValue,
  isOldArticle,
} from '../../../src/shared/describe';

describe('wording', () => {
  it('describes TIMEX3 values for people', () => {
    expect(describeDate({ type: 'DATE', value: '2022-11-05' })).toBe('Saturday, November 5, 2022');
    expect(describeDate({ type: 'TIME', value: '2022-11-05T14:30' })).toBe('Saturday, November 5, 2022 at 2:30 PM');
    expect(describeDate({ type: 'DATE', value: '2025-02' })).toBe('February 2025');
    expect(describeDate({ type: 'DATE', value: '2022-W44' })).toBe('week 44 of 2022');
    expect(describeDate({ type: 'DATE', value: '2022-Q3' })).toBe('Q3 2022');
    expect(describeDate({ type: 'DURATION', value: 'P8M' })).toBe('8 months');
    expect(describeDate({ type: 'DURATION', value: 'P1Y' })).toBe('1 year');
    expect(describeDate({ type: 'DURATION', value: 'PT3H' })).toBe('3 hours');
    expect(describeDate({ type: 'DATE', value: 'PRESENT_REF' })).toBe('now');
    expect(describeDate({ type: 'DATE', value: 'XXXX-SU' })).toBe('XXXX-SU');
  });

  it('tells calendar values from the rest', () => {
    expect(isCalendarValue('2025-03-18')).toBe(true);
    expect(isCalendarValue('2050')).toBe(true);
    expect(isCalendarValue('2025-03-18T10:00')).toBe(true);
    expect(isCalendarValue('P8M')).toBe(false);
    expect(isCalendarValue('2022-W44')).toBe(false);
  });

  it('says how old an article is, and flags it after a year', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(describeAgeAgo('2022-11-06', now)).toBe('4 years ago');
    expect(describeAgeAgo('2025-11-01', now)).toBe('1 year ago');
    expect(describeAgeAgo('2026-11-27', now)).toBe('yesterday');
    expect(describeAgeAgo('2026-11-28', now)).toBe('today');
    expect(describeAgeAgo('2027-01-01', now)).toBeNull();
    expect(describeAge('2026-08-20', now)).toBe('3 months');
    expect(isOldArticle('2025-11-01', now)).toBe(true);
    expect(isOldArticle('2026-06-01', now)).toBe(false);
  });

  it('names every source type', () => {
    expect(describeSourceType('named-person')).toBe('Named person');
    expect(describeSourceType('unnamed-group')).toBe('Vague group');
    expect(describeSourceType('anonymous')).toBe('Anonymous');
  });
});
