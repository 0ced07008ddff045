import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import type { ExtractedArticle } from '../../../src/page/extract/extract';
import { escapeMarkdown, factsOf, toJson, toMarkdown } from '../../../src/popup/export';
import '../../../src/shared/i18n-en';
import type { TabState } from '../../../src/shared/messages';

const TEXT = [
  '“The pool will reopen in June,” said Carla Mendes, the parks director.',
  'A city official who spoke on condition of anonymity said the repairs had cost twice the estimate.',
  'Critics say the delay was avoidable. “We warned them in 2023,” said Omar Haddad.',
  'The contractor declined to comment.',
].join('\n\n');

function done(text: string, title = 'Pool repairs ran over budget'): Extract<TabState, { status: 'done' }> {
  const article: ExtractedArticle = {
    url: 'https://news.example/pool',
    title,
    byline: null,
    siteName: 'The Example Courier',
    lang: 'en',
    dir: null,
    published: '2025-05-10',
    modified: null,
    text,
    paragraphs: text.split('\n\n'),
  };
  return { status: 'done', url: article.url, article, analysis: analyze(text, { published: '2025-05-10' }), ms: 2 };
}

describe('copy the facts', () => {
  it('as JSON: the counts, speakers with their quotes, unnamed sources and dates', () => {
    const facts = JSON.parse(toJson(factsOf(done(TEXT), { countVagueGroups: true })));
    expect(facts.counts).toEqual({ quotes: 4, speakers: 4, unnamed: 2 });
    expect(facts.speakers[0]).toMatchObject({
      name: 'Carla Mendes',
      type: 'named-person',
      quotes: [{ kind: 'direct', text: 'The pool will reopen in June,', cue: 'said' }],
    });
    expect(facts.unnamed).toMatchObject({ count: 2, anonymous: 1, vagueGroups: 1, vagueGroupsCounted: true });
    expect(facts.unnamed.sources.map((s: { evidence: string[] }) => s.evidence[0])).toEqual([
      'A city official who spoke on condition of anonymity',
      'Critics',
    ]);
    expect(facts.dates.map((d: { text: string }) => d.text)).toContain('2023');
    expect(facts.noComment[0].sentence).toBe('The contractor declined to comment.');
  });

  it('counts vague groups the way the reader chose', () => {
    const facts = factsOf(done(TEXT), { countVagueGroups: false });
    expect(facts.counts.unnamed).toBe(1);
    expect(facts.unnamed.vagueGroupsCounted).toBe(false);
  });

  it('as Markdown, with page text escaped so it cannot format or link', () => {
    const md = toMarkdown(factsOf(done(TEXT, 'Pool *repairs* [ran] over <budget>'), { countVagueGroups: true }));
    expect(md.startsWith('# Pool \\*repairs\\* \\[ran\\] over \\<budget\\>\n')).toBe(true);
    expect(md).toContain('## Who said what');
    expect(md).toContain('### Carla Mendes (Named person)');
    expect(md).toContain('- Direct quote: “The pool will reopen in June,”');
    expect(md).toContain('## Unnamed sources: 2');
    expect(md).toContain('- Anonymous: “A city official who spoke on condition of anonymity”');
    expect(md).toContain('4 quotes · 4 speakers · 2 unnamed sources');
    expect(escapeMarkdown('a_b `c` ![x](y)')).toBe('a\\_b \\`c\\` \\!\\[x\\]\\(y\\)');
  });
});
