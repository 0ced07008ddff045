import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { quotesIn } from '../../support/quotes';

/** The hard cases of who-said-what, each written as our own sentences. */
const quotes = quotesIn;

describe('direct quotes', () => {
  it('reads straight and curly double marks, and a nested single quote', () => {
    expect(quotes('"We are ready," she said.')[0]).toMatchObject({
      kind: 'direct',
      content: 'We are ready,',
      speaker: 'she',
    });
    expect(quotes('“We are ready,” she said.')[0]).toMatchObject({ kind: 'direct', content: 'We are ready,' });
    expect(quotes('“He told me ‘not yet,’ and I waited,” Diaz said.')[0]).toMatchObject({
      content: 'He told me ‘not yet,’ and I waited,',
      speaker: 'Diaz',
    });
  });

  it('reads the two-apostrophe marks of newspaper archives', () => {
    expect(quotes("''The budget is late,'' Ms. Park said.")[0]).toMatchObject({
      content: 'The budget is late,',
      speaker: 'Ms. Park',
    });
    // A reported clause that ends in such a quotation is attributed like one in “…”.
    expect(quotes("Its budget is ''a mix of things the city and the county pay for,'' she said.")[0]).toMatchObject({
      kind: 'mixed',
      speaker: 'she',
    });
  });

  it('reads "Conway notes." after a quotation, and "another" as an inverted speaker', () => {
    expect(quotes('“Look at the statement she put out,” Conway notes.')[0]).toMatchObject({
      speaker: 'Conway',
      cue: 'notes',
    });
    expect(quotes('“Watch out for the clerk,” tweeted another.')[0]).toMatchObject({ speaker: 'another' });
  });

  it('reads the shape `“…,” NAME VERBED.` as an attribution even for a verb it has no word for', () => {
    expect(quotes('“Would the toll go up again?” Ortiz pressed. “Or stay where it is?”')[0]).toMatchObject({
      kind: 'direct',
      speaker: 'Ortiz',
      cue: 'pressed',
      content: 'Would the toll go up again? | Or stay where it is?',
    });
    expect(quotes('“We won,” the mayor beamed on Tuesday.')[0]).toMatchObject({ speaker: 'the mayor' });
    expect(quotes('“If they were serious, they would have backed the bill,” Toomey fumed.')[0]).toMatchObject({
      cue: 'fumed',
    });
    expect(quotes('Clinton shot back, “I could have stayed home and baked cookies.”')[0]).toMatchObject({
      cue: 'shot back',
      speaker: 'Clinton',
    });
  });

  it('attaches the next sentence’s attribution to a question, even with a participle after it', () => {
    expect(quotes('“Who would have believed we would win?” Ortiz said, looking out at the crowd.')[0]).toMatchObject({
      kind: 'direct',
      speaker: 'Ortiz',
      cue: 'said',
    });
  });

  it('joins a quotation resumed in lower case after a long attribution', () => {
    expect(
      quotes(
        '“Many people are unsure this year,” Lind wrote in a statement to the Ledger explaining why she is speaking, “but most agree the county is on the wrong track.”',
      )[0],
    ).toMatchObject({
      speaker: 'Lind',
      content: 'Many people are unsure this year, | but most agree the county is on the wrong track.',
    });
  });

  it('keeps a quote split by its attribution as one quote', () => {
    const [q] = quotes('“The vote,” the chairwoman said, “will happen on Tuesday.”');
    expect(q).toMatchObject({
      kind: 'direct',
      content: 'The vote, | will happen on Tuesday.',
      speaker: 'the chairwoman',
    });
  });

  it('continues a speaker’s quote past a reported clause about them', () => {
    const found = quotes(
      '“You are down to the people you can count,” Buchanan said, noting that Ortiz did well. “If you are not tough, you will lose.”',
    );
    expect(found[0]).toMatchObject({
      speaker: 'Buchanan',
      content: 'You are down to the people you can count, | If you are not tough, you will lose.',
    });
  });

  it('does not continue a speaker’s quote into one that a writer’s sentence ending in a colon introduces', () => {
    const found = quotes(
      '“Happy harbor day!” the mayor posted. “The best chowder is at the pier.” Tom Reyes broke down what was wrong with the post: “Not everyone can afford chowder.”',
    );
    expect(found[0]).toMatchObject({
      speaker: 'the mayor',
      content: 'Happy harbor day! | The best chowder is at the pier.',
    });
    expect(found[1]).toMatchObject({ content: 'Not everyone can afford chowder.', source: 'Tom Reyes' });
    // (A colon sentence whose subject cannot speak ends the run but names no speaker.)
    const next = quotes('“We will win,” Ruiz said. The question is simple: “Who pays for the pier?”');
    expect(next[1]).toMatchObject({ content: 'Who pays for the pier?', speaker: null });
  });

  it('reads "released the following statement:" as the attribution of the quotation it introduces', () => {
    expect(
      quotes(
        'When the dam failed, Mayor Ruiz released the following statement:\n\n“Our thoughts are with every family.”',
      )[0],
    ).toMatchObject({ kind: 'direct', speaker: 'Mayor Ruiz', content: 'Our thoughts are with every family.' });
    expect(quotes('The harbor board issued a statement: “We are confident in the plan.”')[0]).toMatchObject({
      speaker: 'The harbor board',
    });
  });

  it('knows the rarer verbs of speaking: "begged", "implored", "bellowed"', () => {
    expect(quotes('“Please stop,” Ruiz begged.')[0]).toMatchObject({ speaker: 'Ruiz', cue: 'begged' });
    expect(quotes('Ruiz implored the board to keep the pier open.')[0]).toMatchObject({ cue: 'implored' });
    expect(quotes('“Order!” the chairman bellowed.')[0]).toMatchObject({ speaker: 'the chairman' });
  });

  it('reads a speaker’s name as a label after a dash or "from" in a roundup', () => {
    expect(
      quotes('TURNOUT WAS HIGHER THAN EXPECTED - Ana M. Ruiz: “At long last the contests have started.”')[0],
    ).toMatchObject({ kind: 'direct', speaker: 'Ana M. Ruiz', cue: ':' });
    expect(quotes('What it means for the harbor - More from Ruiz: “The tide is turning.”')[0]?.speaker).toBe('Ruiz');
    expect(quotes('Update: “The meeting is cancelled.”')[0]?.speaker).toBeNull();
    expect(quotes('WHAT VOTERS WANT - Ana Ruiz and Tom Reyes: “We found that they want a leader.”')[0]?.speaker).toBe(
      'Ana Ruiz and Tom Reyes',
    );
  });

  it('gives a quotation introduced by a sentence ending in a colon to that sentence’s subject, if it can speak', () => {
    expect(
      quotes('Ruiz has adopted the stance common among harbor pilots: “I will not sail in fog.”')[0],
    ).toMatchObject({ kind: 'direct', speaker: 'Ruiz', cue: ':' });
    expect(quotes('The question is simple: “Who pays for the pier?”')[0]?.speaker ?? null).toBeNull();
    // (Also when the sentence closes the paragraph before the quotation.)
    expect(
      quotes('Ruiz wrote about it.\n\nShe then listed what a harbor master needs:\n\n“Patience, and a good boat.”')[0],
    ).toMatchObject({ speaker: 'She', cue: ':' });
    expect(
      quotes('“I won,” Ruiz said.\n\nShe then addressed the crowd again: “Here is what I regret.”')[1],
    ).toMatchObject({ speaker: 'She', cue: ':' });
    expect(
      quotes('Ever since the vote, the mayor has said the same thing at every diner: “Unity is a two-way street.”')[0]
        ?.speaker ?? null,
    ).not.toBe('Ever');
  });

  it('splits a quotation that a second reporting verb introduces: `“A,” X sings before asking her, “B”`', () => {
    const found = quotes(
      '“Keep your hands in sight,” Vega sings to the mayor before asking her, “Where do we go from here?”',
    );
    expect(found.map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['Keep your hands in sight,', 'sings', 'Vega'],
      ['Where do we go from here', 'asking', 'Vega'],
    ]);
  });

  it('joins a quote that runs over paragraphs, each opening a mark and only the last closing it', () => {
    const text =
      '“We knew the river would rise,” said Ines Caro, the harbor master.\n\n“We did not know it would rise this fast.\n\n“Nobody did.”';
    // The quotation of two paragraphs is one quote; it continues the harbor master's.
    const result = quotes(text);
    expect(result).toHaveLength(2);
    expect(result[1]?.content).toBe('We did not know it would rise this fast. | Nobody did.');
    expect(result[1]?.source).toBe('Ines Caro');
  });

  it('continues a speaker into the next quote paragraph without a new attribution', () => {
    const text =
      '“Rents doubled,” said tenant Joe Marsh.\n\n“I cannot stay another year, and neither can my neighbors.”';
    // Each paragraph's quotation is its own quote, with the speaker carried over.
    expect(quotes(text).map((q) => [q.content, q.source])).toEqual([
      ['Rents doubled,', 'Joe Marsh'],
      ['I cannot stay another year, and neither can my neighbors.', 'Joe Marsh'],
    ]);
  });

  it('reads a quotation signed with a dash, as in collected comments', () => {
    const text = '“The bus never comes on time.” ― Ana Ruiz\n“Nobody asked us first.” — Tom Reyes';
    expect(quotes(text).map((q) => [q.content, q.source])).toEqual([
      ['The bus never comes on time.', 'Ana Ruiz'],
      ['Nobody asked us first.', 'Tom Reyes'],
    ]);
  });

  it('keeps the listener in the attribution: "Merkel told reporters after the meeting"', () => {
    expect(
      quotes('"We are in a critical situation," Chancellor Anna Berg told reporters after the meeting.')[0],
    ).toMatchObject({
      kind: 'direct',
      speaker: 'Chancellor Anna Berg',
    });
  });

  it('attributes a quote introduced by a colon or a comma', () => {
    expect(quotes('Lopez added: “We will appeal.”')[0]).toMatchObject({
      cue: 'added',
      speaker: 'Lopez',
      content: 'We will appeal.',
    });
    expect(quotes('In a statement, the company said: “Service is restored.”')[0]).toMatchObject({
      speaker: 'the company',
    });
  });

  it('never crashes on unbalanced marks and degrades to the paragraph', () => {
    const text = '“This quote never closes, said nobody.\n\nThe next paragraph is plain.';
    expect(() => analyze(text)).not.toThrow();
    expect(quotes(text).every((q) => !q.content.includes('next paragraph'))).toBe(true);
  });

  it('does not mistake apostrophes, titles or nicknames for speech', () => {
    expect(quotes("The mayor's plan isn't popular, and O'Neill's team knows it.")).toEqual([]);
    expect(quotes('Fans lined up for “Dune: Part Two” on Friday.')).toEqual([]);
    expect(quotes('Rep. Robert “Bobby” Tate toured the plant.')).toEqual([]);
    // (Nor a nickname right before the speaker's surname and cue.)
    expect(quotes('Sen. Charles “Chuck” Tate said no.')).toEqual([
      expect.objectContaining({ kind: 'indirect', speaker: 'Tate', content: 'no' }),
    ]);
  });
});

describe('mixed and indirect quotes', () => {
  it('marks reported speech with a quoted fragment as mixed', () => {
    const [q] = quotes('The minister said support would remain “steady and strong” after the vote.');
    expect(q).toMatchObject({ kind: 'mixed', speaker: 'The minister' });
  });

  it('reads the common patterns of indirect speech', () => {
    expect(quotes('The senator said that the bill would pass.')[0]).toMatchObject({
      kind: 'indirect',
      content: 'the bill would pass',
    });
    expect(quotes('The bill will pass, the senator said on Friday.')[0]).toMatchObject({
      content: 'The bill will pass',
      speaker: 'the senator',
    });
    expect(quotes('The bill will pass, said Senator Ana Ruiz.')[0]).toMatchObject({
      speaker: 'Senator Ana Ruiz',
      source: 'Ana Ruiz',
    });
    expect(quotes('Ruiz told reporters the bill was dead.')[0]).toMatchObject({
      cue: 'told',
      content: 'the bill was dead',
    });
    expect(quotes('Ruiz wrote on social media that she would run again.')[0]).toMatchObject({
      cue: 'wrote',
      content: 'she would run again',
    });
    expect(quotes('According to the county clerk, turnout was the highest in decades.')[0]).toMatchObject({
      cue: 'According to',
      content: 'turnout was the highest in decades',
    });
    expect(quotes('Turnout was the highest in decades, according to the county clerk.')[0]).toMatchObject({
      content: 'Turnout was the highest in decades',
    });
    expect(quotes('Ruiz was quoted as saying that the deal was dead.')[0]).toMatchObject({
      cue: 'as saying',
      speaker: 'Ruiz',
    });
  });

  it('handles a parenthetical attribution in the middle of the reported clause', () => {
    const [q] = quotes('The new levee, the engineer said, will hold back a hundred-year flood.');
    expect(q).toMatchObject({
      content: 'The new levee | will hold back a hundred-year flood',
      speaker: 'the engineer',
    });
  });

  it('finds several attributions in one sentence and stops each content where the next begins', () => {
    const result = quotes('Critics warned the fees would hurt families, while supporters insisted they would not.');
    expect(result.map((q) => [q.speaker, q.content])).toEqual([
      ['Critics', 'the fees would hurt families'],
      ['supporters', 'they would not'],
    ]);
  });

  it('gives a participle the subject of its clause', () => {
    const [first, second] = quotes('The mayor praised the crews, saying they had worked through the night.');
    expect(second ?? first).toMatchObject({ cue: 'saying', speaker: 'The mayor' });
  });

  it('ignores cues inside quotation marks and nouns that look like verbs', () => {
    expect(quotes('The state budget report arrived late.')).toEqual([]);
    expect(quotes('“I think we will win,” Alvarez said.').map((q) => q.cue)).toEqual(['said']);
  });
});

describe('a paragraph that introduces the next one: "X said:"', () => {
  it('attributes the next paragraph’s quotation, with or without quote marks', () => {
    expect(
      quotes('Ruiz continued:\n\n“You look at the numbers. Are the tolls going up, or are they not?”')[0],
    ).toMatchObject({ kind: 'direct', speaker: 'Ruiz', cue: 'continued' });
    const block = quotes(
      'In a speech last July, the mayor said:\n\nLet no one be mistaken, this levy is a burden on renters, and it must be repealed.\n\nThe crowd cheered.',
    );
    expect(block[0]).toMatchObject({
      kind: 'direct',
      speaker: 'the mayor',
      content: 'Let no one be mistaken, this levy is a burden on renters, and it must be repealed.',
    });
    expect(quotes('Here is the schedule:\n\nThe ferry leaves at nine and returns at noon on weekdays only.')).toEqual(
      [],
    );
  });
});

describe('headlines and transcripts: "Name: what they said"', () => {
  it('reads a transcript whose speakers open several paragraphs, and a Q-and-A', () => {
    const text = [
      'The panel met on Monday.',
      'Okafor: The levee will hold through the spring.',
      'Lindqvist: Nobody has checked the pumps since March.',
      'Okafor: The pumps were checked twice.',
      'Q: When will the road reopen to traffic?',
      'A: Not before the end of the month.',
      'Q: And the ferry, will it keep running?',
      'A: Yes, on the winter timetable.',
    ].join('\n\n');
    const found = quotes(text);
    expect(found.map((q) => q.speaker)).toEqual(['Okafor', 'Lindqvist', 'Okafor', 'Q', 'A', 'Q', 'A']);
    expect(found[0]).toMatchObject({ cue: ':', content: 'The levee will hold through the spring.' });
  });

  it('reads a transcript quoted whole, one opening mark per turn, turn by turn', () => {
    const text = [
      'Part of the exchange:',
      '"OKAFOR: Will the levee hold through the spring?',
      '"LINDQVIST: Nobody has checked the pumps since March. I asked twice.',
      '"OKAFOR: Then we will check them ourselves."',
    ].join('\n\n');
    const found = quotes(text);
    expect(found.map((q) => q.speaker)).toEqual(['OKAFOR', 'LINDQVIST', 'OKAFOR']);
    expect(found[1]).toMatchObject({ cue: ':', content: 'Nobody has checked the pumps since March. I asked twice.' });
    expect(found[2]).toMatchObject({ content: 'Then we will check them ourselves.' });
  });

  it('reads a title-case headline inside the text, but not a column label or a one-off label', () => {
    expect(quotes('Our picks.\n\nLena Ortiz: The Port Will Stay Open Through Winter\n\nMore below.')[0]).toMatchObject({
      speaker: 'Lena Ortiz',
      content: 'The Port Will Stay Open Through Winter',
    });
    expect(quotes('The Latest: Ferry service resumes after the storm.')).toEqual([]);
    expect(quotes('The council met.\n\nOkafor: the levee will hold through the spring.')).toEqual([]);
  });
});

describe('speakers', () => {
  it('separates a title from the name and keeps it', () => {
    const text = 'Harbor Commissioner Lena Ortiz said the port would stay open.';
    const analysis = analyze(text);
    expect(analysis.sources[0]).toMatchObject({
      name: 'Lena Ortiz',
      title: 'Harbor Commissioner',
      type: 'named-person',
    });
  });

  it('resolves short names, pronouns and relative clauses to the earlier source', () => {
    const text = [
      'Lena Ortiz, the harbor commissioner, said the port would stay open.',
      'Ortiz said repairs would take a month.',
      'She added that crews were already working.',
      'The work is funded, said Ortiz, who oversees the budget.',
    ].join('\n\n');
    const result = quotes(text);
    expect(result.map((q) => q.source)).toEqual(['Lena Ortiz', 'Lena Ortiz', 'Lena Ortiz', 'Lena Ortiz']);
  });

  it('reads a pronoun with a contracted auxiliary, and keeps the speaker to the pronoun', () => {
    expect(quotes('He’s predicting he will do “very, very well” in the runoff.')[0]).toMatchObject({
      kind: 'mixed',
      cue: 'predicting',
      speaker: 'He',
    });
    expect(quotes('They’ve said the ferry plan is dead.')[0]).toMatchObject({ speaker: 'They' });
  });

  it('takes subjects without a plain noun head: quantifiers, polled groups, one-word names that look like verbs', () => {
    expect(quotes('Some say the library should stay open late.')[0]).toMatchObject({ speaker: 'Some' });
    expect(quotes('Again, those surveyed said the economy was their first worry.')[0]).toMatchObject({
      speaker: 'those surveyed',
    });
    expect(quotes('Keating said the members will still meet on Fridays.')[0]).toMatchObject({ speaker: 'Keating' });
    expect(quotes('Reached by phone, Keating said the plan was dead.')[0]).toMatchObject({ speaker: 'Keating' });
  });

  it('takes partitive and counted subjects: "most of them", "one in four", "another"', () => {
    expect(quotes('Most of them said they had loved working at the mill.')[0]).toMatchObject({
      speaker: 'Most of them',
    });
    expect(quotes('One in four said the county was doing too little.')[0]).toMatchObject({ speaker: 'One in four' });
    const found = quotes('One count says there are about 1,800, another says there are about 2,000.');
    expect(found.map((q) => [q.speaker, q.content])).toEqual([
      ['One count', 'there are about 1,800'],
      ['another', 'there are about 2,000'],
    ]);
  });

  it('does not take a prepositional lead without a verb for what was said', () => {
    expect(quotes('By 43 to 40, voters said the same for the governor.')[0]).toMatchObject({
      speaker: 'voters',
      content: 'the same for the governor',
    });
  });

  it('finds the subject across relative clauses: "whose …", "that has …", and after "that"', () => {
    expect(quotes('The county clerks whose offices were flooded say the count will be late.')[0]).toMatchObject({
      speaker: 'The county clerks',
      content: 'the count will be late',
    });
    expect(
      quotes(
        'Ana Ruiz, the director of Open Ledger, a watchdog group that has sued the county twice, said the audit was overdue.',
      )[0],
    ).toMatchObject({ speaker: 'Ana Ruiz', content: 'the audit was overdue' });
    expect(
      quotes(
        'It was two years ago that Ana Ruiz, who is weighing a run for mayor, said a bid was “out of the question.”',
      )[0],
    ).toMatchObject({ kind: 'mixed', speaker: 'Ana Ruiz' });
  });

  it('joins coordinated modifiers of one head: "current and former officials"', () => {
    expect(
      quotes('Inspectors plan to visit the plant next month, current and former officials said.')[0],
    ).toMatchObject({
      speaker: 'current and former officials',
      content: 'Inspectors plan to visit the plant next month',
    });
  });

  it('reads "that" after a noun as a relative pronoun that can report: "a video that said …"', () => {
    expect(quotes('The campaign passed out flyers that said, “The county deserves better roads.”')[0]).toMatchObject({
      kind: 'direct',
      speaker: 'flyers',
      content: 'The county deserves better roads',
    });
    expect(quotes('That said, the plan will go ahead next spring.')).toEqual([]);
  });

  it('takes a participle’s speaker from the verb it hangs on, past leading places and times', () => {
    expect(
      quotes(
        'At a rally in Portsmouth, N.H., on Tuesday, Senator Ana Ruiz of Vermont endorsed the mayor, saying that he would “serve the city well.”',
      ).find((q) => q.cue === 'saying'),
    ).toMatchObject({ speaker: 'Senator Ana Ruiz of Vermont', content: 'he would “serve the city well' });
  });

  it('gives a direct quote after ", saying," the subject of the verb before it', () => {
    expect(
      quotes('At the debate, Ruiz compared herself to the mayor, saying, “I do not take fees from developers.”')[0],
    ).toMatchObject({ kind: 'direct', speaker: 'Ruiz', cue: 'saying' });
    expect(
      quotes('In a speech on Tuesday, Mr. Okafor struck a measured tone, saying he understood the stakes.')[0],
    ).toMatchObject({ speaker: 'Mr. Okafor' });
  });

  it('does not hand a participle’s quote to the previous paragraph’s speaker', () => {
    const found = quotes(
      'Okafor said, “The levee will hold.”\n\nIn Columbia, Ruiz stepped up her attack, saying, “The levee is failing.”',
    );
    expect(found.map((q) => q.speaker)).toEqual(['Okafor', 'Ruiz']);
  });

  it('leaves a time phrase out of the speaker: "The mayor last week said", "who last year threatened"', () => {
    expect(quotes('The mayor last week said the ferry would run all winter.')[0]).toMatchObject({
      speaker: 'The mayor',
    });
    expect(
      quotes('Ruiz, who last year threatened to close the clinic, said the budget was fine.').find(
        (q) => q.cue === 'threatened',
      ),
    ).toMatchObject({ speaker: 'who' });
  });

  it('does not invert verbs that take an object, nor read a passive with an adverb as active', () => {
    expect(quotes('Ortiz, the former governor, stressed her executive experience.')).toEqual([]);
    expect(quotes('Then DuPont, only two months later, announced plans to merge with a rival.')[0]).toMatchObject({
      speaker: 'DuPont',
      content: 'plans to merge with a rival',
    });
    expect(quotes('His comments were widely derided by the council.')).toEqual([]);
    expect(quotes('The levy is dead, said his spokesman.')[0]).toMatchObject({ speaker: 'his spokesman' });
  });

  it('reads "adding to" as adding up, not as words', () => {
    expect(quotes('Ruiz won Ohio on Tuesday, adding to her run of victories in the south.')).toEqual([]);
  });

  it('reads "think tank" as a noun, "advised X on" as no statement, and never inverts "X accused"', () => {
    expect(
      quotes('“We may see budgets balanced,” said Dean Ruiz, co-director of the Center, a liberal think tank.').map(
        (q) => q.speaker,
      ),
    ).toEqual(['Dean Ruiz']);
    expect(quotes('Ortiz said she would advise the mayor on dealing with the strike.').map((q) => q.cue)).toEqual([
      'said',
    ]);
    expect(
      quotes('Kicking off the day in Salem, Ruiz accused Okafor of being “politically correct” on crime.')[0]?.content,
    ).toBe('Okafor of being “politically correct” on crime');
  });

  it('inverts only speech verbs: in "X, who …, criticized Y" Y is the object', () => {
    const found = quotes('Ruiz, who had said she would debate the mayor, criticized Okafor on two fronts.');
    expect(found.find((q) => q.cue === 'criticized')).toMatchObject({ speaker: 'Ruiz' });
  });

  it('reads a description with a short quotation between a speaker and the verb', () => {
    const found = quotes('Ortiz, who called the levy “dead on arrival,” said the vote would fail in March.');
    expect(found.find((q) => q.cue === 'said')).toMatchObject({
      speaker: 'Ortiz',
      content: 'the vote would fail in March',
    });
    expect(found.find((q) => q.cue === 'called')).toMatchObject({ speaker: 'who' });
  });

  it('reads "referred to X as “…”" as naming, and a plain reference as whom the speaker meant', () => {
    expect(quotes('The candidate referred to the protesters as “thugs” at the rally.')[0]).toMatchObject({
      cue: 'referred to',
      content: 'the protesters as “thugs',
    });
    expect(quotes('He referred to the plan in his speech.')).toMatchObject([
      { cue: 'referred to', speaker: 'He', content: 'the plan in his speech', kind: 'indirect' },
    ]);
  });

  it('reads institutions as speakers, a quoted show as a listener, a second participle after "and"', () => {
    expect(quotes('The network said that the description was “false.”')[0]).toMatchObject({ speaker: 'The network' });
    expect(quotes('“We have to finish the bridge,” the mayor told “Harbor Morning” on Monday.')[0]).toMatchObject({
      kind: 'direct',
      speaker: 'the mayor',
      cue: 'told',
    });
    expect(
      quotes('She defended her father, saying he had promoted women and calling him “a feminist.”').find(
        (q) => q.cue === 'calling',
      ),
    ).toMatchObject({ speaker: 'She', content: 'him “a feminist' });
  });

  it('reads a one-word name ending in -ly as a name, not an adverb', () => {
    expect(quotes('Kelly, a spokeswoman, said the ferry would run all winter.')[0]).toMatchObject({ speaker: 'Kelly' });
    expect(quotes('Kelly, a spokeswoman, sent an email saying, “It is done.”')[0]).toMatchObject({ speaker: 'Kelly' });
  });

  it('does not take a sentence adverb or a contracted auxiliary for a speaker', () => {
    expect(
      quotes('However, Jill Martin, counsel for the company, said in a statement that the claims had no substance.')[0],
    ).toMatchObject({ speaker: 'Jill Martin', content: 'the claims had no substance' });
    expect(quotes('Ortiz said that she didn’t want to think about a recount.').map((q) => q.speaker)).not.toContain(
      'didn’t',
    );
  });

  it('reads judges and other roles as speakers, "before adding", and an object "reading" a slogan', () => {
    expect(
      quotes('The justice criticized the bill, saying she did not “want to contemplate” its effects.').find(
        (q) => q.cue === 'saying',
      ),
    ).toMatchObject({ speaker: 'The justice', kind: 'mixed' });
    expect(
      quotes('“Thank you,” Ruiz replied, before adding that she thinks “children should speak with respect.”').find(
        (q) => q.cue === 'adding',
      ),
    ).toMatchObject({ speaker: 'Ruiz' });
    expect(quotes('He wore a campaign hat reading, “Make the County Great Again.”')[0]).toMatchObject({
      cue: 'reading',
      speaker: 'a campaign hat',
    });
    expect(quotes('He was reading “War and Peace” all night.')).toEqual([]);
    // (What the object reads ends with its quotation.)
    expect(
      quotes('He wore a campaign hat reading “Make the County Great Again” on Wednesday night before the speech.')[0],
    ).toMatchObject({ kind: 'direct', content: 'Make the County Great Again' });
  });

  it('reads "as X put it" as an attribution', () => {
    expect(quotes('As Professor Lind put it: “The county does a better job than most.”')[0]).toMatchObject({
      kind: 'direct',
      cue: 'put it',
      speaker: 'Professor Lind',
    });
    expect(quotes('She put it on the table.')).toEqual([]);
  });

  it('takes the sentence’s subject for a participle, past a leading time adverbial', () => {
    expect(quotes('Minutes later, she sent an email saying, “It is done.”')[0]).toMatchObject({ speaker: 'she' });
    expect(quotes('Lena Ortiz, the mayor, sent an email saying, “It is done.”')[0]).toMatchObject({
      speaker: 'Lena Ortiz',
    });
  });

  it('reads long appositives after a quotation, state abbreviations and percentages', () => {
    expect(
      quotes(
        '“The permits are late,” Ana M. Ruiz Jr., the director of the Regional Office of Planning and Zoning, said at a news conference.',
      )[0],
    ).toMatchObject({ speaker: 'Ana M. Ruiz Jr.' });
    expect(
      quotes('“We were never told,” Lena Ortiz, 67, a retired nurse in Allentown, Pa., said in an interview.')[0],
    ).toMatchObject({ speaker: 'Lena Ortiz' });
    expect(
      quotes('Rep. Dan Okafor (Mich.), a member of the panel, said he has spoken with the mayor.')[0],
    ).toMatchObject({ speaker: 'Rep. Dan Okafor (Mich.)' });
    expect(quotes('On taxes, 42% say the county should cut the levy.')[0]).toMatchObject({ speaker: '42%' });
    expect(quotes('The Times said the mayor provided a written statement.')[0]).toMatchObject({
      speaker: 'The Times',
    });
  });

  it('finds names that look like other words, and a name after a description', () => {
    expect(quotes('Yin Myint May, 60, a doctor, said she was elated but still afraid.')[0]).toMatchObject({
      speaker: 'Yin Myint May',
    });
    expect(
      quotes('Rep. Lena Ortiz (D-Md.), chair of the drafting committee, said the platform was finished.')[0],
    ).toMatchObject({ speaker: 'Rep. Lena Ortiz (D-Md.)' });
    expect(
      quotes('One pastor backing the levy, Dan Whiting of Grace Church in Marion, said he had made 150 calls.')[0],
    ).toMatchObject({ speaker: 'Dan Whiting of Grace Church in Marion' });
  });

  it('ends an inverted attribution at a semicolon, and reads an infinitive lead as content', () => {
    expect(
      quotes(
        'To win the county, candidates need about 40 percent of the rural vote, analysts say; in 2020, Ruiz got 31.',
      )[0],
    ).toMatchObject({
      speaker: 'analysts',
      content: 'To win the county, candidates need about 40 percent of the rural vote',
    });
  });

  it('takes the name when a description comes first: "A spokesman, John Ruiz, said"', () => {
    const text = 'A spokesman, John Ruiz, said the ferry would run all winter.';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'John Ruiz' });
    expect(analyze(text).sources[0]).toMatchObject({ name: 'John Ruiz', type: 'named-person' });
  });

  it('reads a participle right after its own subject, and a name after a dash', () => {
    expect(
      quotes('Voters shrugged, with three in 10 saying the running mate would have no effect on their vote.')[0],
    ).toMatchObject({ speaker: 'three in 10', content: 'the running mate would have no effect on their vote' });
    expect(quotes('Trump was heard on a microphone telling Christie to get on a plane.')).toEqual([]);
    expect(
      quotes('It was no accident — Dan Buck, a spokesman for the mayor, told the Ledger that she had been warned.')[0],
    ).toMatchObject({ speaker: 'Dan Buck', content: 'she had been warned' });
  });

  it('reads "the No. 2 Republican", fractions, and a speaker after "after" with a relative clause', () => {
    expect(
      quotes(
        'Senator Lena Ortiz of Ohio, the No. 2 Republican in the Senate, said the chamber would vote on Monday.',
      )[0],
    ).toMatchObject({ speaker: 'Senator Lena Ortiz of Ohio' });
    expect(quotes('And three-fourths say the county should require body cameras.')[0]).toMatchObject({
      speaker: 'three-fourths',
    });
    expect(
      quotes(
        'It came days after the Ledger, which first said it would ignore the race, said it would cover the campaign as news.',
      ).find((q) => q.content === 'it would cover the campaign as news'),
    ).toMatchObject({ speaker: 'the Ledger' });
  });

  it('takes an appositive subject: "NAME, DESCRIPTION, said"', () => {
    const [q] = quotes('Amir Haddad, a hydrologist at the state university, said the river crested overnight.');
    expect(q).toMatchObject({ speaker: 'Amir Haddad', content: 'the river crested overnight' });
  });
});

describe('what is not a statement', () => {
  it('needs a subject that can speak', () => {
    expect(quotes('Rising steel prices have already added $3 million to the cost.')).toEqual([]);
    expect(quotes('The top of the soil feels dry to the touch in the morning.')).toEqual([]);
  });

  it('does not list a refusal to comment as a statement', () => {
    expect(quotes('The Army Corps of Engineers declined to comment on Friday.')).toEqual([]);
  });

  it('never reads a relative clause as an inverted attribution', () => {
    const result = quotes('The mayor, who called for the delay, left early.');
    expect(result.every((q) => !q.content.includes('The mayor'))).toBe(true);
  });

  it('reads "repairs expected to take a year" as a description, not a forecast', () => {
    expect(quotes('The library will close on July 1 for repairs expected to take a year.')).toEqual([]);
  });
});

describe('pronouns and nearby names', () => {
  it('resolves "she" to the person just named in the text, even outside an attribution', () => {
    const text = [
      '“We will appeal,” said Council President Maria Okafor.',
      '“The numbers are wrong,” said one engineer who reviewed the plan.',
      'Okafor was blunt about the stakes. “If we build it wrong, we will be back here in ten years,” she said.',
    ].join('\n\n');
    expect(quotes(text).map((q) => q.source)).toEqual(['Maria Okafor', 'one engineer', 'Maria Okafor']);
  });
});

describe('statements reported through a noun', () => {
  it('reads "X’s claim that …" and "her call for …" with the possessor as speaker', () => {
    expect(
      quotes('The mayor rejected Councilman Tom Reyes’s claim that the budget was padded.').find(
        (q) => q.cue === 'claim',
      ),
    ).toMatchObject({
      kind: 'indirect',
      cue: 'claim',
      speaker: 'Councilman Tom Reyes',
      content: 'the budget was padded',
    });
    expect(quotes('Voters ignored her call for a recount of the ballots.').find((q) => q.cue === 'call')).toMatchObject(
      {
        speaker: 'her',
        content: 'a recount of the ballots',
      },
    );
  });

  it('looks past several modifiers for the possessor: "Reyes’s recent evidence-free assertion that …"', () => {
    expect(
      quotes('Reyes’s recent evidence-free assertion that “thousands” of ballots were lost went unchallenged.').find(
        (q) => q.cue === 'assertion',
      ),
    ).toMatchObject({ speaker: 'Reyes' });
  });

  it('does not read nouns inside a quotation as statements of their own', () => {
    const found = quotes(
      '“The ruling granting our request for discovery is a victory for the public,” said Tom Ruiz, the group’s president.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'direct', speaker: 'Tom Ruiz' });
  });

  it('leaves stances and plans alone: "his support for the bill"', () => {
    expect(quotes('His support for the bill surprised colleagues.')).toEqual([]);
  });
});

describe('where an attribution ends and the writer’s words begin', () => {
  it('reads a quoted show after "told" as the listener, not as a quote', () => {
    const found = quotes(
      '“The ferry is safe. It was inspected in March,” Lindqvist told “Harbor Morning,” reminding viewers that the route reopens on Monday.',
    );
    expect(found[0]).toMatchObject({ kind: 'direct', content: 'The ferry is safe. It was inspected in March,' });
    expect(found.find((q) => q.cue === 'reminding')).toMatchObject({
      speaker: 'Lindqvist',
      content: 'the route reopens on Monday',
    });
    expect(found.some((q) => q.content.includes('Harbor Morning'))).toBe(false);
    expect(quotes('Lindqvist told “Harbor Morning” that the route reopens on Monday.')[0]).toMatchObject({
      kind: 'indirect',
      content: 'the route reopens on Monday',
    });
  });

  it('reports nothing after a listener alone, and starts at a pronoun after one', () => {
    expect(quotes('One B&R Logistics driver told the Valley Courier.')).toEqual([]);
    expect(quotes('The driver told the Valley Courier she would quit.')[0]).toMatchObject({
      content: 'she would quit',
      speaker: 'The driver',
    });
  });

  it('keeps names with "&" and numbers with thousands separators whole', () => {
    expect(quotes('“We lost the contract,” one B&R Logistics driver said.')[0]).toMatchObject({
      speaker: 'one B&R Logistics driver',
    });
    expect(
      quotes('Okafor wrote to her 12,000 followers, “The count is not over,” and posted a photo.')[0],
    ).toMatchObject({
      kind: 'direct',
      content: 'The count is not over,',
      speaker: 'Okafor',
    });
  });

  it('does not join two quotes across a relative clause that reports on its own', () => {
    const found = quotes('“We will not wait,” said Beck, who said, “There were too many delays.”');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ content: 'We will not wait,', speaker: 'Beck' });
    expect(found[1]).toMatchObject({ content: 'There were too many delays.', speaker: 'who' });
  });

  it('leaves the question that prompted an answer out of the answer', () => {
    const found = quotes('Asked about the delay, Tyler said, the county had no money left.');
    expect(found.find((q) => q.cue === 'said')).toMatchObject({
      kind: 'indirect',
      content: 'the county had no money left',
      speaker: 'Tyler',
    });
    // The question is a statement of its own, by an interviewer the sentence does not name.
    expect(found.find((q) => q.cue === 'Asked')).toMatchObject({ content: 'about the delay', speaker: null });
  });

  it('reads an inverted parenthetical attribution, with or without a relative clause on the speaker', () => {
    for (const text of [
      'The levy, said Ortiz, was dead on arrival.',
      'The levy, said Ortiz, who chairs the board, was dead on arrival.',
    ]) {
      expect(quotes(text)[0]).toMatchObject({ content: 'The levy | was dead on arrival', speaker: 'Ortiz' });
    }
  });

  it('reads a short parenthetical attribution around a predicate: "This plan, he says, is different."', () => {
    expect(quotes('The solution, the partner told them, was simple.')[0]).toMatchObject({
      kind: 'indirect',
      content: 'The solution | was simple',
      speaker: 'the partner',
    });
  });

  it('lets a quoted verb phrase keep its complement, but ends a quoted label before an adverbial of time', () => {
    expect(quotes('She vowed to “take the fight” to every county in the state.')[0]).toMatchObject({
      content: 'to “take the fight” to every county in the state',
    });
    expect(quotes('He faulted the board for “turning its back” on renters.')[0]).toMatchObject({
      content: 'the board for “turning its back” on renters',
    });
    expect(quotes('The host called the mayor a “clown” during his radio show.')[0]).toMatchObject({
      content: 'the mayor a “clown',
    });
    expect(quotes('The host called the levy “a scam” in a radio interview Tuesday.')[0]).toMatchObject({
      content: 'the levy “a scam',
    });
    // (Any other prepositional phrase after the label is more often part of it than a place or an occasion.)
    expect(quotes('The mayor called the deal “a historic step forward” in the fight against floods.')[0]).toMatchObject(
      {
        content: 'the deal “a historic step forward” in the fight against floods',
      },
    );
  });

  it('ends a reported clause at ", but" and a new subject, not at ", but" and a noun phrase', () => {
    expect(
      quotes('Ortiz has said she will not ask the board to resign, but she has bristled at questions about it.')[0],
    ).toMatchObject({ content: 'she will not ask the board to resign' });
    expect(
      quotes('Officials said the move was not a retreat, but a calculated attempt to keep the allies together.')[0],
    ).toMatchObject({ content: 'the move was not a retreat, but a calculated attempt to keep the allies together' });
  });

  it('reads a bare clause after "reported" to its end', () => {
    expect(
      quotes('The Ledger reported the letter arrived hours after the mayor announced the closures.')[0],
    ).toMatchObject({ content: 'the letter arrived hours after the mayor announced the closures' });
  });

  it('keeps the last word before ", saying"', () => {
    const found = quotes('Okafor acknowledged Reyes’ success, saying she welcomed the result.');
    expect(found[0]).toMatchObject({ cue: 'acknowledged', content: 'Reyes’ success' });
    expect(found[1]).toMatchObject({ cue: 'saying', speaker: 'Okafor', content: 'she welcomed the result' });
  });

  it('ends a quoted name before an adverbial only after a naming verb, and keeps infinitives and relative clauses', () => {
    expect(quotes('She offered to grant an “exception” to the ban on night flights.')[0]?.content).toBe(
      'to grant an “exception” to the ban on night flights',
    );
    expect(quotes('Reyes called the plan a “no-brainer” to pass in the spring.')[0]?.content).toBe(
      'the plan a “no-brainer” to pass in the spring',
    );
    expect(quotes('Reyes called the landlords “free riders” who pay too little.')[0]?.content).toBe(
      'the landlords “free riders” who pay too little',
    );
    expect(quotes('Reyes called the plan a “mess” during her radio show.')[0]?.content).toBe('the plan a “mess');
  });

  it('ends a leading clause at a quotation closed on a comma: `After X said … “…,” Y said`', () => {
    const found = quotes('After Okafor said the levy was “a tax on renters,” Reyes said: “It is not.”');
    expect(found[0]).toMatchObject({ speaker: 'Okafor', content: 'the levy was “a tax on renters' });
    expect(found[1]).toMatchObject({ speaker: 'Reyes', content: 'It is not.' });
  });

  it('carries a phrase past "if", "when" or "as" when a quotation lies ahead', () => {
    expect(
      quotes('Ruiz promised to close the depot by summer if the council did not pass “serious” reform.')[0],
    ).toMatchObject({
      kind: 'mixed',
      content: 'to close the depot by summer if the council did not pass “serious” reform',
    });
    expect(quotes('Okafor defended her deputy as a “very decent man” on Tuesday.')[0]?.content).toContain(
      'as a “very decent man',
    );
    // A promise keeps its condition (PolNeAR's annotators include it); an object phrase does not.
    expect(quotes('Ruiz promised to close the depot by summer if the council agreed.')[0]?.content).toBe(
      'to close the depot by summer if the council agreed',
    );
    expect(quotes('Ruiz praised the depot plan if only for its cost.')[0]?.content).toBe('the depot plan');
  });

  it('reads short quoted complements, quotations after long adverbials, and "it read"', () => {
    expect(
      quotes('Ruiz blasted the levy on Wednesday, calling it “absurd.”').find((q) => q.cue === 'calling'),
    ).toMatchObject({ speaker: 'Ruiz', content: 'it “absurd' });
    expect(
      quotes('Okafor acknowledged at a forum on Monday night “it will be very hard to win” without the north.')[0],
    ).toMatchObject({ speaker: 'Okafor', content: 'it will be very hard to win” without the north' });
    expect(quotes('“The council has failed the children of this city,” it read.')[0]).toMatchObject({
      kind: 'direct',
      cue: 'read',
    });
  });

  it('reads "in a statement provided to …" as an adverbial, and a show as a show', () => {
    expect(
      quotes('Jones, chair of the PAC, said in a statement provided to the Ledger that the race was over.')[0],
    ).toMatchObject({ speaker: 'Jones', content: 'the race was over' });
    expect(quotes('Ortiz, chair of the PAC, said in a statement provided to the Ledger.')).toEqual([]);
    expect(quotes('He was the star of the reality show “Harbor Kings” for years.')).toEqual([]);
  });

  it('keeps a time clause inside a phrase complement', () => {
    expect(
      quotes('Several council members have called for an audit of the depot before the board votes on the budget.')[0]
        ?.content,
    ).toBe('an audit of the depot before the board votes on the budget');
  });

  it('ends a content where a named speaker’s own attribution begins after "and"', () => {
    const cruz = quotes('Ruiz accuses the mayor of “leading from behind” and Okafor says she is “losing the city.”');
    expect(cruz.map((q) => [q.speaker, q.content])).toEqual([
      ['Ruiz', 'the mayor of “leading from behind'],
      ['Okafor', 'she is “losing the city'],
    ]);
    const poll = quotes('Asked about it, 21 percent said “not too likely” and 14 percent said “not at all likely.”');
    expect(poll.map((q) => [q.speaker, q.content])).toEqual([
      [null, 'about it'],
      ['21 percent', 'not too likely'],
      ['14 percent', 'not at all likely.'],
    ]);
  });

  it('keeps "he said" inside a reported clause, and a thought verb from introducing a distant quotation', () => {
    expect(
      quotes(
        'Ortiz said Ruiz was “absolutely right” when he said that under the mayor, “the docks have been ruined.”',
      )[0]?.content,
    ).toBe('Ruiz was “absolutely right” when he said that under the mayor, “the docks have been ruined');
    const found = quotes('She acknowledged there are still “some people” who feel that way, “but not most of them.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: 'She', cue: 'acknowledged' });
  });

  it('ends a phrase at a conjunction that starts a new clause', () => {
    expect(quotes('Ruiz endorsed Okafor in early June, but the party stayed neutral.')[0]?.content).toBe(
      'Okafor in early June',
    );
    expect(quotes('Ruiz has not endorsed the new county plan and Lind withdrew her support.')[0]?.content).toBe(
      'the new county plan',
    );
  });

  it('keeps a bare verb after "and" inside the reported clause', () => {
    const found = quotes(
      'Ruiz says she’d sit the board down and tell them “no more delays” and tells the crowd she will win.',
    );
    expect(found[0]).toMatchObject({ cue: 'says', content: 'she’d sit the board down and tell them “no more delays' });
    expect(found[1]).toMatchObject({ cue: 'tells', speaker: 'Ruiz', content: 'she will win' });
  });

  it('reads a quoted show inside an adverbial, and ends a reported quotation at ",” but"', () => {
    expect(quotes('Ruiz said on WXYZ’s “Morning Desk” that she would “take a look” at the bill.')[0]).toMatchObject({
      speaker: 'Ruiz',
      content: 'she would “take a look” at the bill',
    });
    expect(
      quotes('Okafor said: “I have said many times that the audit was a mistake,” but in fact she defended it.')[0]
        ?.content,
    ).toBe('I have said many times that the audit was a mistake');
  });

  it('ends a reported clause at ", which" after the speaker’s quoted words', () => {
    expect(
      quotes('Ruiz later said she was being “sarcastic” in her remarks, which alarmed the council.')[0]?.content,
    ).toBe('she was being “sarcastic” in her remarks');
    expect(
      quotes('Ruiz told the Ledger she was “not quite there yet” on backing Okafor, who faces a primary in May.')[0]
        ?.content,
    ).toBe('she was “not quite there yet” on backing Okafor');
  });

  it('reads every placement of "according to"', () => {
    const content = (text: string) => quotes(text)[0]?.content;
    const speaker = (text: string) => quotes(text)[0]?.speaker;
    expect(content('It has not gone unnoticed: According to recent polls, the mayor trails by ten points.')).toBe(
      'the mayor trails by ten points',
    );
    expect(content('In addition, according to the department, nine thousand more workers will be covered.')).toBe(
      'nine thousand more workers will be covered',
    );
    expect(content('He left the paper after, according to him, the owners spiked his first story.')).toBe(
      'the owners spiked his first story',
    );
    const titled = 'The plan would cost $1 billion a year, according to the “Housing for all” paper she released.';
    expect(content(titled)).toBe('The plan would cost $1 billion a year');
    expect(speaker(titled)).toBe('the “Housing for all” paper she released');
  });

  it('ends a quoted phrase before a clause about the speaker’s circumstances', () => {
    expect(quotes('Okafor says she is “excited where we stand” as she faces the runoff.')[0]).toMatchObject({
      content: 'she is “excited where we stand',
    });
  });

  it('lets a relative clause between commas sit between a quote and its speaker', () => {
    expect(
      quotes(
        '“The numbers do not add up,” a budget analyst, who was not allowed to speak on the record, told the paper.',
      )[0],
    ).toMatchObject({ kind: 'direct', speaker: 'a budget analyst' });
    expect(
      quotes(
        'The county will close two clinics, three officials, who were not allowed to speak publicly, told the paper.',
      )[0],
    ).toMatchObject({ kind: 'indirect', speaker: 'three officials', content: 'The county will close two clinics' });
  });

  it('stops a reported clause at the writer’s gloss or the speaker’s next action', () => {
    expect(
      quotes('Reyes said the talks “could be done by June,” referring to the state budget deadline.')[0],
    ).toMatchObject({ kind: 'mixed', content: 'the talks “could be done by June' });
    expect(
      quotes('The senator denounced the “reckless” cuts and promised to restore the funding next year.')[0],
    ).toMatchObject({ content: 'the “reckless” cuts' });
    expect(quotes('He said the ban would “not be enforced” at the fair, a jab at the county board.')[0]).toMatchObject({
      content: 'the ban would “not be enforced” at the fair',
    });
  });

  it('keeps adjectives and passives after "and" inside the complement', () => {
    expect(
      quotes('The company called the claims “baseless” and fabricated by a former contractor.')[0]?.content,
    ).toContain('fabricated by a former contractor');
  });
});
