import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../../src/core/text/segment';

describe('paragraphs and sentences', () => {
  it('splits paragraphs on line breaks with exact offsets', () => {
    const text = 'First para.\n\n  Second para.  \nThird.';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => text.slice(p.start, p.end))).toEqual(['First para.', 'Second para.', 'Third.']);
  });

  it('does not end a sentence at abbreviations, initials or U.S.', () => {
    const text = 'Sen. John Q. Public met U.S. officials on Jan. 5 in Washington. They said little.';
    const ss = splitSentences(text);
    expect(ss.map((s) => text.slice(s.start, s.end))).toEqual([
      'Sen. John Q. Public met U.S. officials on Jan. 5 in Washington.',
      'They said little.',
    ]);
  });

  it('ends a sentence glued to the next one by a lost space, but not a domain or an abbreviation', () => {
    const text = 'The mayor said.Ruiz claimed it. See example.com today. Gov.Ruiz left.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The mayor said.',
      'Ruiz claimed it.',
      'See example.com today.',
      'Gov.Ruiz left.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    const text = '“We will win.” She smiled. "Really?" he asked.';
    const ss = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(ss).toEqual(['“We will win.”', 'She smiled.', '"Really?" he asked.']);
  });

  it('starts a new sentence after an abbreviation when a clear opener follows', () => {
    const text = 'The talks were held in the U.S. The next round is in May.';
    expect(splitSentences(text)).toHaveLength(2);
  });

  it('starts a new sentence at a quotation after a place abbreviation, but not after a title', () => {
    const text = '“No,” Ruiz said in Santa Monica, Calif. “The reality is different.”';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '“No,” Ruiz said in Santa Monica, Calif.',
      '“The reality is different.”',
    ]);
    expect(splitSentences('They met Sen. “Chuck” Tate at noon.')).toHaveLength(1);
  });
});
