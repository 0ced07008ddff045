import type { Rule } from '../context';
import { after, before, candidate, group, lower, rule, span } from './helpers';

/**
 * Vague references to the present, past and future (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF):
 * "now", "currently", "recently", "the past", "the future", "the near term".
 */

const VALUE: Record<string, string> = {
  now: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  'just now': 'PRESENT_REF',
  currently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  presently: 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  'the moment': 'PRESENT_REF',
  current: 'PRESENT_REF',
  recently: 'PAST_REF',
  'more recently': 'PAST_REF',
  'most recently': 'PAST_REF',
  'until recently': 'PAST_REF',
  'until now': 'PRESENT_REF',
  recent: 'PAST_REF',
  lately: 'PAST_REF',
  'the past': 'PAST_REF',
  'in the past': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the distant future': 'FUTURE_REF',
  'the foreseeable future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  'the long term': 'FUTURE_REF',
  'the longer term': 'FUTURE_REF',
  'the medium term': 'FUTURE_REF',
  'a later date': 'FUTURE_REF',
  'as soon as possible': 'FUTURE_REF',
  'future quarters': 'FUTURE_REF',
  'future years': 'FUTURE_REF',
  'coming quarters': 'FUTURE_REF',
  'coming months': 'FUTURE_REF',
  'one day': 'FUTURE_REF',
  'some day': 'FUTURE_REF',
  someday: 'FUTURE_REF',
};

const reference = rule(
  'reference',
  `\\b(?<phrase>(?:right|just)\\s+now|now|currently|nowadays|these\\s+days|at\\s+present|presently|the\\s+present|(?:more|most|until)\\s+recently|recently|recent|lately|the\\s+past|the\\s+(?:near|distant|foreseeable)\\s+future|the\\s+future|the\\s+(?:near|short|long|longer|medium)\\s+term|a\\s+later\\s+date|as\\s+soon\\s+as\\s+possible|current|(?:future|coming)\\s+(?:quarters|years|months)|until\\s+now|(?:one|some)\\s+day|someday)\\b`,
  (m, text) => {
    const phrase = lower(group(m, 'phrase'));
    const [start, end] = span(m);
    const next = after(text, end, 20);
    const prev = before(text, start, 20);
    if (phrase === 'current') {
      // "the current account" is a balance, "currents" are water; "the current year" is a period rule's.
      if (/^\s+(?:accounts?|year|quarter|month|week|period|fiscal)\b|^s\b/i.test(next)) return null;
      if (/\b(?:electric|electrical|ocean|alternating|direct)\s+$/.test(prev)) return null;
    }
    // "will one day be": an unspecified future; "one day" elsewhere is a length of time.
    if (/^(?:one|some)\s+day$/.test(phrase) && !/\b(?:will|would|could|may|might|can|to|hope|hopes)\s+$/.test(prev))
      return null;
    if (phrase === 'recent' && /^\s+(?:years|months|weeks|days|quarters|decades)\b/i.test(next)) return null;
    if (
      phrase === 'the past' &&
      /^\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|quarters?|centur\w+|hours?)\b/i.test(next)
    )
      return null;
    if (phrase === 'the future' && /^\s+of\b/i.test(next)) return null;
    if (phrase === 'the present' && !/\b(?:at|until|to|for)\s+$/.test(prev)) return null;
    if (/term$/.test(phrase) && !/\b(?:in|over|for)\s+$/.test(prev)) return null;
    const value = VALUE[phrase] ?? 'PRESENT_REF';
    return candidate(start, end, 'DATE', () => value);
  },
);

export const REFERENCE_RULES: Rule[] = [reference];
