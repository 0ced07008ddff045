import { describe, expect, it } from 'vitest';
import { findQuotedPassages } from '../../../src/core/text/quote-marks';
import { splitParagraphs } from '../../../src/core/text/segment';

function passages(text: string) {
  return findQuotedPassages(text, splitParagraphs(text)).map((p) => ({
    fragments: p.fragments.map((f) => text.slice(f.start, f.end)),
    closed: p.closed,
  }));
}

describe('quoted passages', () => {
  it('finds straight and curly double quotes', () => {
    expect(passages('He said "yes, now." She said “no.”')).toEqual([
      { fragments: ['yes, now.'], closed: true },
      { fragments: ['no.'], closed: true },
    ]);
  });

  it('joins a quote that runs over paragraphs where only the last one closes', () => {
    const text = '“The first part of it.\n\n“The second part,” she said.';
    expect(passages(text)).toEqual([{ fragments: ['The first part of it.', 'The second part,'], closed: true }]);
  });

  it('continues a quote only into a paragraph opened by the same kind of mark', () => {
    // A pasted block opened by a straight mark that never closes, then a curly quotation of its own.
    const text = '"The clerk thought the fee was unfair.\n\n“I never owed a cent,” she said.';
    expect(passages(text)).toEqual([
      { fragments: ['The clerk thought the fee was unfair.'], closed: false },
      { fragments: ['I never owed a cent,'], closed: true },
    ]);
    const straight = '"The clerk thought the fee was unfair.\n\n"I never owed a cent," she said.';
    expect(passages(straight)).toEqual([
      { fragments: ['The clerk thought the fee was unfair.', 'I never owed a cent,'], closed: true },
    ]);
  });

  it('keeps a nested quote typed with double curly marks inside its passage', () => {
    const text = '“I’d rather live in what he calls “chaos” than anywhere else.” ― Ana Ruiz\n“Next one.”';
    expect(passages(text)).toEqual([
      { fragments: ['I’d rather live in what he calls “chaos” than anywhere else.'], closed: true },
      { fragments: ['Next one.'], closed: true },
    ]);
    // Without a second closing mark the inner mark starts a new passage, as before.
    expect(passages('“Unbalanced here “and a new one.”')).toEqual([
      { fragments: ['Unbalanced here'], closed: false },
      { fragments: ['and a new one.'], closed: true },
    ]);
  });

  it('keeps an unclosed quote to its paragraph end instead of swallowing the article', () => {
    const text = 'He said “this never closes.\n\nA new paragraph without quotes.';
    expect(passages(text)).toEqual([{ fragments: ['this never closes.'], closed: false }]);
  });

  it('ignores apostrophes and single quotes', () => {
    expect(passages("It's the 'best' plan, O'Neill said.")).toEqual([]);
  });

  it('reads a closing glyph typed as an opening mark when another one closes the passage', () => {
    expect(passages('Aides could not ”get close to the mayor on housing.” She left.')).toEqual([
      { fragments: ['get close to the mayor on housing.'], closed: true },
    ]);
    expect(passages('A stray ”mark with nothing after it.')).toEqual([]);
    // (At a paragraph start an ellipsis may stand between the mark and the words; not mid-paragraph.)
    expect(passages('” … he spoke with a calm that few expected,” Vega wrote.')).toEqual([
      { fragments: [' … he spoke with a calm that few expected,'], closed: true },
    ]);
    expect(passages('He left ” … and then,” Vega wrote.')).toEqual([]);
  });

  it('never crashes on marks alone', () => {
    expect(() => passages('"""" “ ” ” “')).not.toThrow();
  });
});
