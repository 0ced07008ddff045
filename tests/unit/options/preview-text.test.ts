import { describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import { parsePreview } from '../../../src/options/preview-text';

describe('options preview paragraph', () => {
  it('turns the marked-up sample into text and highlight spans', () => {
    const { text, spans } = parsePreview(
      '[q:“Go,”] said [s1:Ana] on [d:Friday]; [u:critics] said [r:it was late] and [s2:Bo] agreed.',
    );
    expect(text).toBe('“Go,” said Ana on Friday; critics said it was late and Bo agreed.');
    expect(spans.map((s) => [s.category, text.slice(s.start, s.end), s.tone])).toEqual([
      ['directQuotes', '“Go,”', undefined],
      ['speakers', 'Ana', 0],
      ['dates', 'Friday', undefined],
      ['unnamed', 'critics', undefined],
      ['reportedQuotes', 'it was late', undefined],
      ['speakers', 'Bo', 1],
    ]);
  });

  it('shows every highlight category in the shipped sample', () => {
    const { text, spans } = parsePreview(english.previewMarkup.message);
    expect(text).not.toMatch(/[[\]]/);
    expect(new Set(spans.map((s) => s.category))).toEqual(
      new Set(['directQuotes', 'reportedQuotes', 'speakers', 'unnamed', 'dates']),
    );
  });
});
