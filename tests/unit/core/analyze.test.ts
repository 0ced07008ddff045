import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { quoteTable } from '../../support/spans';

function run(text: string, published = '2024-05-12') {
  const analysis = analyze(text, { published });
  return { analysis, quotes: quoteTable(text, analysis) };
}

describe('analyze: direct quotes', () => {
  it('attributes a quote to the speaker after it', () => {
    const { quotes } = run('“The budget is balanced,” said Finance Minister Ana Lopes.');
    expect(quotes).toEqual([
      expect.objectContaining({
        kind: 'direct',
        content: 'The budget is balanced,',
        cue: 'said',
        speaker: 'Finance Minister Ana Lopes',
        source: 'Ana Lopes',
        type: 'named-person',
      }),
    ]);
  });

  it('joins a quote split by its attribution into one quote with two fragments', () => {
    const { quotes } = run('“We will,” she said, “win this race.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'direct', content: 'We will, | win this race.', speaker: 'she' });
  });

  it('attributes a quote introduced by a colon', () => {
    const { quotes } = run('Mayor Tom Reyes told reporters: "The bridge will reopen."');
    expect(quotes[0]).toMatchObject({
      kind: 'direct',
      content: 'The bridge will reopen.',
      cue: 'told',
      source: 'Tom Reyes',
    });
  });

  it('does not turn a scare quote or a title into speech', () => {
    const { quotes } = run('She watched “Saturday Night Live” with friends. The “Iron Lady” era ended in 1990.');
    expect(quotes).toEqual([]);
  });

  it('gives a short name the source of the full name seen earlier', () => {
    const text = '“Prices are falling,” said Ana Lopes, the finance minister.\n\n“We expect more,” Lopes said.';
    const { analysis, quotes } = run(text);
    expect(quotes.map((q) => q.source)).toEqual(['Ana Lopes', 'Ana Lopes']);
    expect(analysis.sources).toHaveLength(1);
  });
});

describe('analyze: reported speech', () => {
  it('finds "X said (that) ..." with content after the cue', () => {
    const { quotes } = run('The governor said on Monday that the state would cut taxes next year.');
    expect(quotes[0]).toMatchObject({
      kind: 'indirect',
      content: 'the state would cut taxes next year',
      cue: 'said',
      speaker: 'The governor',
    });
  });

  it('finds "..., X said." with content before the cue', () => {
    const { quotes } = run('The plant will close in June, a company spokesman said.');
    expect(quotes[0]).toMatchObject({
      kind: 'indirect',
      content: 'The plant will close in June',
      speaker: 'a company spokesman',
    });
  });

  it('marks reported speech with a quoted fragment as mixed', () => {
    const { quotes } = run('Sullivan said support would remain “unwavering and unflinching” after the vote.');
    expect(quotes[0]).toMatchObject({ kind: 'mixed', speaker: 'Sullivan' });
    expect(quotes[0]?.content).toContain('unwavering and unflinching');
  });

  it('reads "according to X, ..."', () => {
    const { quotes } = run('According to the police report, the driver was not injured.');
    expect(quotes[0]).toMatchObject({ cue: 'According to', content: 'the driver was not injured', type: 'document' });
  });

  it('reads "the report quoted X as saying"', () => {
    const { quotes } = run('The report quoted people familiar with the talks as saying that a deal was close.');
    expect(quotes[0]).toMatchObject({ cue: 'as saying', speaker: 'people familiar with the talks', type: 'anonymous' });
  });
});

describe('analyze: unnamed sources', () => {
  it('counts each unnamed source once however often it is quoted', () => {
    const text = [
      'The deal is close, people familiar with the talks said.',
      'They said the vote would come soon.',
      'The plan is popular, said Mayor Tom Reyes.',
    ].join('\n\n');
    const { analysis } = run(text);
    expect(analysis.unnamed.count).toBe(1);
    expect(analysis.unnamed.anonymous).toBe(1);
  });
});

describe('analyze: offsets', () => {
  it('returns spans inside the text for odd input', () => {
    const inputs = ['', '"', '“”', 'said said said', '"a," he said, "', '\n\n\n', 'x'.repeat(5000)];
    for (const text of inputs) {
      const a = analyze(text);
      for (const q of a.quotes) {
        for (const s of [...q.content, q.cue, q.speaker].filter((x) => x !== null)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThanOrEqual(s.end);
        }
      }
    }
  });
});

describe('analyze: no-comment and secondhand facts', () => {
  it('finds who declined or did not respond', () => {
    const text = [
      'The State Department did not immediately respond to requests for comment.',
      'On Friday, a spokesman for the company declined to comment.',
      'Reyes could not be reached.',
    ].join('\n\n');
    const { analysis } = run(text);
    expect(analysis.noComment.map((n) => [n.kind, n.who && text.slice(n.who.start, n.who.end)])).toEqual([
      ['no-response', 'The State Department'],
      ['declined', 'a spokesman for the company'],
      ['unreachable', 'Reyes'],
    ]);
  });

  it('lists another outlet whose reporting the story relies on', () => {
    const text = 'The talks stalled in May, a report in The Washington Post said on Saturday.';
    expect(run(text).analysis.secondhand.map((s) => s.outlet)).toEqual(['The Washington Post']);
  });
});
