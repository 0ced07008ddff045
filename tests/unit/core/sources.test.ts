import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { readMention } from '../../../src/core/sources/mention';
import type { SourceType } from '../../../src/core/types';
import { quoteTable } from '../../support/spans';

/** Source typing and the unnamed-source count, on our own sentences. */
function typeOf(sentence: string): SourceType | null {
  const text = sentence;
  const table = quoteTable(text, analyze(text));
  return table[0]?.type ?? null;
}

describe('source types, one per category', () => {
  it.each<[string, SourceType]>([
    ['The port will reopen on Monday, said Harbor Commissioner Lena Ortiz.', 'named-person'],
    ['The port will reopen on Monday, Valley Power said in a statement.', 'named-organization'],
    ['The port will reopen on Monday, a White House spokesperson said.', 'named-organization'],
    ['The port will reopen on Monday, the state transportation department said.', 'named-organization'],
    ['The port will reopen on Monday, according to a report by the port authority.', 'document'],
    ['The port will reopen on Monday, court documents show.', 'document'],
    ['The port will reopen on Monday, The Harbor Ledger reported.', 'document'],
    ['The port will reopen on Monday, people familiar with the discussions said.', 'anonymous'],
    ['The port will reopen on Monday, two people briefed on the matter said.', 'anonymous'],
    ['The port will reopen on Monday, sources said.', 'anonymous'],
    ['The port will reopen on Monday, a person close to the company said.', 'anonymous'],
    ['The port will reopen on Monday, according to a person close to her.', 'anonymous'],
    ['The port will reopen on Monday, according to a person close to him.', 'anonymous'],
    ['The port will reopen on Monday, one unnamed official said.', 'anonymous'],
    ['The port will reopen on Monday, a police officer said.', 'unnamed-person'],
    ['The port will reopen on Monday, one resident said.', 'unnamed-person'],
    ['Critics said the port would never reopen.', 'unnamed-group'],
    ['Analysts say the port will reopen on Monday.', 'unnamed-group'],
    ['Officials said the port would reopen on Monday.', 'unnamed-group'],
    ['Experts said the port would reopen on Monday.', 'unnamed-group'],
  ])('%s → %s', (sentence, type) => {
    expect(typeOf(sentence)).toBe(type);
  });
});

describe('hard cases', () => {
  it('attaches an anonymity clause in the next sentence to the source it describes', () => {
    const text =
      'The talks collapsed on Friday, a senior diplomat said. The diplomat spoke on condition of anonymity because the talks were private.';
    expect(typeOf(text)).toBe('anonymous');
  });

  it('reads "who declined to give her name" as anonymity, never as a statement', () => {
    const last = 'Evan, a neighbor who declined to give his last name, said the deal was off.';
    expect(quoteTable(last, analyze(last)).map((q) => q.content)).toEqual(['the deal was off']);
    const text = '“The water rose in minutes,” said a clerk at a nearby store, who declined to give her name.';
    const table = quoteTable(text, analyze(text));
    expect(table).toHaveLength(1);
    expect(table[0]).toMatchObject({ type: 'anonymous' });
    const lastName = 'The shelter was full, said the woman, a nurse from Ohio who did not want her last name used.';
    expect(quoteTable(lastName, analyze(lastName)).map((q) => q.type)).toEqual(['anonymous']);
  });

  it.each([
    ['A source close to her said the deal was off.', 'A source close to her'],
    ['One aide not authorized to speak on the record said the deal was off.', 'One aide'],
    [
      'Two officials who requested anonymity because they were not authorized to speak to reporters said the deal was off.',
      'Two officials',
    ],
    ['A person familiar with it told the Ledger the deal was off.', 'A person familiar with it'],
    ['One clerk watching from the door who declined to give her name said the deal was off.', 'One clerk'],
    ['One aide who asked not to be identified discussing internal matters said the deal was off.', 'One aide'],
    ['Another clerk, who also declined to give his name said the deal was off.', 'Another clerk'],
    ['Another official who did not wish to be identified, said the deal was off.', 'Another official'],
    [
      'Two sources with knowledge of the restructuring told the Ledger the deal was off.',
      'Two sources with knowledge of the restructuring',
    ],
    ['The opposition figure, who spoke on condition of anonymity, said the deal was off.', 'The opposition figure'],
    [
      'After the show, a person familiar with the talks, but not authorized to speak about it, told the Ledger the deal was off.',
      'a person familiar with the talks',
    ],
    [
      'A city official speaking on condition of anonymity to discuss internal staffing issues said the deal was off.',
      'A city official',
    ],
    ['The deal was off, sources said on condition of anonymity due to an expected announcement.', 'sources'],
    ['The deal was off, said two people with direct knowledge.', 'two people with direct knowledge'],
    ['The deal was off, said allied officials speaking off the record.', 'allied officials'],
  ])('finds the anonymous speaker of "%s"', (text, speaker) => {
    const found = quoteTable(text, analyze(text))[0];
    expect(found).toMatchObject({ speaker, type: 'anonymous' });
    expect(found?.content.toLowerCase()).toBe('the deal was off');
  });

  it('names an organization after "the" without an organization word, and an outlet as the story names it', () => {
    const forum = 'The levy will pass, the Prairie Forum said.';
    expect(quoteTable(forum, analyze(forum))[0]).toMatchObject({ type: 'named-organization' });
    const outlet = 'The levy will pass, Axios reported.';
    const analysis = analyze(outlet);
    expect(analysis.sources.map((s) => [s.name, s.type])).toEqual([['Axios', 'document']]);
  });

  it('names the outlet of "according to a report in the Dayton Ledger"', () => {
    const text = 'The levy will pass, according to a report in the Dayton Ledger.';
    expect(analyze(text).sources.map((s) => [s.name, s.type])).toEqual([['The Dayton Ledger', 'document']]);
  });

  it.each([
    ['Ruiz was annoyed, according to people familiar with his thinking.', 'people familiar with his thinking'],
    [
      'Ruiz was annoyed, according to public filings and a person familiar with the matter.',
      'public filings and a person familiar with the matter',
    ],
  ])('reads the whole anonymous source of "%s"', (text, speaker) => {
    expect(quoteTable(text, analyze(text))[0]).toMatchObject({
      speaker,
      type: 'anonymous',
      content: 'Ruiz was annoyed',
    });
  });

  it('reads "a person familiar with the situation but not authorized to speak publicly, told" as anonymous', () => {
    const text =
      'There is no truth to the leaked list, a person familiar with the situation but not authorized to speak publicly, told the Ledger.';
    expect(quoteTable(text, analyze(text))[0]).toMatchObject({
      speaker: 'a person familiar with the situation',
      type: 'anonymous',
      content: 'There is no truth to the leaked list',
    });
  });

  it('resolves "who" to a quoted antecedent closed after its comma', () => {
    const text = 'Detectives followed up on a tip from “an anonymous source,” who said the boat had left at dawn.';
    expect(quoteTable(text, analyze(text))[0]).toMatchObject({ source: 'an anonymous source', type: 'anonymous' });
  });

  it('types one insider picked from a group, and someone not authorized to speak, as anonymous', () => {
    const one = '“The vote is close,” one of the senior administration officials said.';
    expect(quoteTable(one, analyze(one))[0]).toMatchObject({ type: 'anonymous' });
    const voters = '“The vote is close,” one of the voters said.';
    expect(quoteTable(voters, analyze(voters))[0]).toMatchObject({ type: 'unnamed-person' });
    const someone = '“The vote is close,” says someone not authorized to speak on the record.';
    expect(quoteTable(someone, analyze(someone))[0]).toMatchObject({ speaker: 'someone', type: 'anonymous' });
  });

  it('reads the terms of anonymity in the sentence before "The person says"', () => {
    const text =
      'The person spoke on condition of anonymity because the sale has not been announced. The person says the mill will close.';
    expect(quoteTable(text, analyze(text))[0]).toMatchObject({ speaker: 'The person', type: 'anonymous' });
  });

  it('lets pronouns and "the person said" inherit the type of what they refer to', () => {
    const text = [
      'The deal is close, a person familiar with the talks said.',
      'The person said the vote could come next week.',
      'She added that both sides had agreed on price.',
    ].join('\n\n');
    const table = quoteTable(text, analyze(text));
    expect(table.map((q) => q.type)).toEqual(['anonymous', 'anonymous', 'anonymous']);
    expect(new Set(table.map((q) => q.source)).size).toBe(1);
  });

  it('types "the report said" after a report as the same document', () => {
    const text =
      'Rents rose 9 percent last year, according to a report by the housing council.\n\nThe report said wages rose 3 percent.';
    const analysis = analyze(text);
    expect(analysis.sources).toHaveLength(1);
    expect(analysis.sources[0]?.type).toBe('document');
  });

  it('does not take a name ending in -ers for a group', () => {
    expect(readMention('Sanders').type).toBe('named-person');
    expect(readMention('developers').type).toBe('unnamed-group');
  });

  it('reads a name after a role with a determiner as a named person with that title', () => {
    expect(readMention('His campaign manager Jeff Ortiz')).toMatchObject({
      type: 'named-person',
      name: 'Jeff Ortiz',
      title: 'campaign manager',
    });
    expect(readMention('the venture capitalist Ana Reyes')).toMatchObject({ type: 'named-person', name: 'Ana Reyes' });
    // (A name inside a prepositional phrase is not the speaker's.)
    expect(readMention('one resident of Maple Avenue').type).toBe('unnamed-person');
    expect(readMention('a top aide to Mayor Ana Reyes').type).not.toBe('named-person');
    expect(readMention('the Harbor Board').type).toBe('named-organization');
  });

  it('types a named person’s campaign or office as that organization, not as an unnamed person', () => {
    expect(readMention('Ana Reyes’s campaign')).toMatchObject({
      type: 'named-organization',
      name: 'Ana Reyes campaign',
    });
    expect(readMention('Mayor Ana Reyes’ office')).toMatchObject({
      type: 'named-organization',
      name: 'Ana Reyes office',
    });
    expect(readMention('The Harbor Pilots Guild')).toMatchObject({ type: 'named-organization' });
    expect(readMention('The Dayton Sun').type).toBe('document');
    expect(readMention('the Wisconsin Republican').type).toBe('unnamed-person');
  });

  it('reads the head of a share of a group: "four in 10 primary voters"', () => {
    expect(readMention('four in 10 Republican primary voters')).toMatchObject({
      type: 'unnamed-group',
      head: 'voters',
    });
  });

  it('keeps a name apart from a trailing "of the …" modifier', () => {
    expect(readMention('Capt. Luis Moreno of the county fire department')).toMatchObject({
      type: 'named-person',
      name: 'Luis Moreno',
    });
    expect(readMention('Ross Ortiz of the Harbor Policy Institute')).toMatchObject({
      type: 'named-person',
      name: 'Ross Ortiz',
    });
  });
});

describe('unnamed-source count', () => {
  const text = [
    'The merger will close in June, two people familiar with the deal said.',
    'The people said regulators had raised no objections.',
    'Critics said prices would rise. Critics also said jobs would be lost.',
    'A store clerk said customers were worried.',
    'The company said in a statement that prices would not rise.',
  ].join('\n\n');
  const { unnamed } = analyze(text);

  it('counts each unnamed source once and splits anonymous from vague groups', () => {
    expect(unnamed).toMatchObject({ count: 3, anonymous: 1, unnamedPeople: 1, vagueGroups: 1 });
  });

  it('keeps the phrases that are the evidence for each', () => {
    const phrases = unnamed.sources.flatMap((u) => u.evidence.map((e) => text.slice(e.start, e.end)));
    expect(phrases).toEqual(expect.arrayContaining(['two people familiar with the deal', 'Critics', 'A store clerk']));
  });
});
