import { describe, expect, it } from 'vitest';
import { quotesIn } from '../../support/quotes';

/** Attribution shapes and nesting, each written as our own sentences. */
const quotes = quotesIn;

describe('attributions inside another attribution', () => {
  it('keeps only the outer statement when a second cue sits inside its content', () => {
    const found = quotes('Rep. Ana Ortiz said the governor called on members to be “closely coordinated.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: 'Rep. Ana Ortiz', cue: 'said' });
    expect(
      quotes('The clerk told the board that he believed the vote count had been “rushed.”').map((q) => q.cue),
    ).toEqual(['told']);
  });

  it('keeps a coordinated statement after "and" or "but" as a statement of its own', () => {
    const found = quotes('Lee said the hearing was over, but she suggested the panel would meet again in the spring.');
    expect(found.map((q) => q.cue)).toEqual(['said', 'suggested']);
  });

  it('reads two quoted phrases joined by "and" in one reported clause once', () => {
    const found = quotes('On the march, they chanted "no more cuts" and "fund our schools now."');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'mixed', speaker: 'they' });
    expect(quotes('Ruiz said he was "ready to serve" because "the town needs a voice."')).toHaveLength(1);
  });

  it('keeps "according to" inside another attribution: it names the outer speaker’s source', () => {
    const found = quotes(
      'The two firms are in talks to merge, according to three people familiar with the matter, the Harbor Gazette reported.',
    );
    expect(found.find((q) => q.cue === 'according to')).toMatchObject({
      speaker: 'three people familiar with the matter',
      type: 'anonymous',
    });
    expect(found.find((q) => q.cue === 'reported')).toMatchObject({ speaker: 'the Harbor Gazette' });
  });

  it('keeps a statement reported through its speaker’s noun inside another', () => {
    expect(
      quotes('The mayor rejected Councilman Tom Reyes’s claim that the budget was padded.').find(
        (q) => q.cue === 'claim',
      ),
    ).toMatchObject({ speaker: 'Councilman Tom Reyes', content: 'the budget was padded' });
  });
});

describe('speakers with long descriptions', () => {
  it('keeps an inverted attribution followed by ", speaking on condition of anonymity"', () => {
    for (const text of [
      'The man taken into custody was Tom Lee, a police official said, speaking on the condition of anonymity.',
      'The port will find ways to keep revenue flowing, the official told the Gazette, speaking on condition of anonymity.',
      'The deal lets the city drop the fines against the firm once run by Ana Vega, a source close to the matter said.',
    ]) {
      expect(quotes(text)[0]?.type, text).toBe('anonymous');
    }
  });

  it('leaves "on the condition of anonymity" out of what was said', () => {
    expect(
      quotes(
        'A person familiar with the plan said the vote would slip on the condition of anonymity because talks continue.',
      )[0]?.content,
    ).toBe('the vote would slip');
  });

  it('does not read the idiom "All told," as a statement', () => {
    expect(quotes('All told, up to 5,000 renters could be eligible for the program.')).toEqual([]);
  });

  it('does not read "who asked not to be named" as a statement', () => {
    const found = quotes('A nurse who asked not to be named said the ward had been short of staff for months.');
    expect(found.map((q) => q.cue)).toEqual(['said']);
  });

  it('gives the quote to the name when the comma after its description is missing', () => {
    expect(
      quotes('“We have not been briefed,” Tom Lee, a spokesman for the harbor board told the Gazette.')[0],
    ).toMatchObject({
      speaker: 'Tom Lee',
      source: 'Tom Lee',
    });
  });

  it('reads a bare apostrophe after a name in -s as a possessive inside the speaker', () => {
    expect(quotes("People with direct knowledge of Gates' work said the fund had been moved twice.")[0]).toMatchObject({
      speaker: "People with direct knowledge of Gates' work",
      content: 'the fund had been moved twice',
    });
  });

  it('does not take "of nearly four years" after a noun for people as a time phrase', () => {
    expect(
      quotes(
        'The clerk of nearly four years, a registered voter who asked not to be named, said she was told to leave early.',
      )[0],
    ).toMatchObject({ speaker: 'The clerk of nearly four years', content: 'she was told to leave early' });
  });
});

describe('speakers described by a clause', () => {
  it('reads a reduced relative clause after a noun for people as part of the speaker', () => {
    expect(
      quotes('But several nurses interviewed at the clinic on Elm Street said they had not been paid since May.')[0],
    ).toMatchObject({ speaker: 'several nurses interviewed at the clinic on Elm Street' });
  });

  it('reads a document with a participle and a day as the speaker: "a report released Tuesday said"', () => {
    expect(quotes('A report released Tuesday said the county had lost 400 jobs.')[0]).toMatchObject({
      speaker: 'A report released Tuesday',
      content: 'the county had lost 400 jobs',
    });
    expect(quotes('The county lost 400 jobs, a memo issued Friday said.')[0]).toMatchObject({
      speaker: 'a memo issued Friday',
    });
  });

  it('reads slides and analyses "of newly filed reports" as evidence speakers', () => {
    expect(quotes('Another slide shows that eight of 10 avocados sold here are grown in Mexico.')[0]).toMatchObject({
      speaker: 'Another slide',
      content: 'eight of 10 avocados sold here are grown in Mexico',
    });
    expect(
      quotes('Donations hit $1 billion last month, a Harbor Times analysis of newly filed reports shows.')[0],
    ).toMatchObject({ speaker: 'a Harbor Times analysis of newly filed reports' });
  });

  it('ends a speaker before a present-tense verb: "The ad shows Ruiz saying, “…”" is Ruiz’s', () => {
    expect(quotes('The ad shows Ruiz saying, “The depot stays open.”')[0]).toMatchObject({
      kind: 'direct',
      speaker: 'Ruiz',
    });
  });

  it('reads a compound participle as an adjective inside the speaker: "the conservative-leaning paper wrote"', () => {
    expect(quotes('“The mayor must go,” the conservative-leaning paper wrote.')[0]).toMatchObject({
      kind: 'direct',
      speaker: 'the conservative-leaning paper',
    });
  });

  it('reads "in 2010" between a speaker and the verb as a time, not the speaker', () => {
    expect(quotes('Ruiz, who in 2010 said the depot would close, now runs it.')[0]).toMatchObject({
      speaker: 'who',
      content: 'the depot would close',
    });
  });

  it('reads an -ing noun after a possessive inside the speaker: "familiar with Ruiz’s thinking"', () => {
    expect(
      quotes('Another source familiar with Ruiz’s thinking said, “He will try to be friendlier with the board.”')[0],
    ).toMatchObject({ kind: 'direct', speaker: 'Another source familiar with Ruiz’s thinking' });
  });

  it('reads "of Cuban-Americans polled" and "privy to the talks" inside the speaker', () => {
    expect(quotes('Some 56 percent of Cuban-Americans polled said they would stay home in November.')[0]).toMatchObject(
      {
        speaker: 'Some 56 percent of Cuban-Americans polled',
      },
    );
    expect(quotes('In fact, two sources privy to the talks say the union walked away first.')[0]).toMatchObject({
      speaker: 'two sources privy to the talks',
    });
  });

  it('does not take "Cruz also lacks support …" before an inverted cue as the speaker', () => {
    expect(
      quotes(
        'Ruiz also lacks support from his colleagues on the board, whom he has angered with his votes, said Ana Vega, a professor of politics.',
      )[0],
    ).toMatchObject({ speaker: 'Ana Vega', content: expect.stringContaining('Ruiz also lacks support') });
  });

  it('allows a gerund after a preposition in the words after an inverted attribution', () => {
    expect(
      quotes('Many renters found the rule unfair, journalist Ana Vega said in posing the question.')[0],
    ).toMatchObject({ speaker: 'journalist Ana Vega', content: 'Many renters found the rule unfair' });
  });
});

describe('what may follow an attribution', () => {
  it('takes a show title in quotation marks after "he said on" as part of the attribution', () => {
    expect(
      quotes('The harbor plan was dead on arrival, he said Wednesday morning on WXRT’s “Morning Line.”')[0],
    ).toMatchObject({ kind: 'indirect', speaker: 'he', content: 'The harbor plan was dead on arrival' });
  });

  it('still reads a quoted phrase after the cue as content when it is not a title', () => {
    expect(quotes('He said the levy was “a tax on the poor.”')[0]).toMatchObject({ kind: 'mixed' });
  });

  it('finds the cue of a quotation across a long prepositional phrase before the mark', () => {
    expect(
      quotes(
        'Sen. Ruth Hale said in an op-ed piece before the 2019 harbor commission hearing, “The port never asked us.”',
      )[0],
    ).toMatchObject({ kind: 'direct', speaker: 'Sen. Ruth Hale', content: 'The port never asked us.' });
  });

  it('does not jump over a clause to reach a cue before the quotation', () => {
    const found = quotes(
      'Hale said it is unrealistic to think that if the county pulls back, “our savings are going to save us.”',
    );
    expect(found[0]).toMatchObject({ kind: 'mixed', speaker: 'Hale' });
  });
});

describe('where a reported clause ends', () => {
  it('ends at ", and" before the speaker’s next reporting verb, which starts a statement of its own', () => {
    const found = quotes(
      'Union sources believe the mayor has sided with the developers, and admit that the union is powerless if he signs.',
    );
    expect(found.map((q) => [q.cue, q.content])).toEqual([
      ['believe', 'the mayor has sided with the developers'],
      ['admit', 'the union is powerless if he signs'],
    ]);
  });

  it('ends at ", however" when the writer turns to a contrast of their own', () => {
    expect(
      quotes(
        'In May, 47 percent said they would vote for Ruiz, however this time that number has dropped to 35 percent.',
      )[0],
    ).toMatchObject({ content: 'they would vote for Ruiz' });
  });

  it('reads "One month after announcing …, NAME said …" as the name’s, and the time span as no content', () => {
    const found = quotes('One month after announcing the end of his campaign, Ruiz said little about the port.');
    expect(found.find((q) => q.cue === 'announcing')).toMatchObject({
      speaker: 'Ruiz',
      content: 'the end of his campaign',
    });
    expect(found.find((q) => q.cue === 'said')?.content ?? '').not.toContain('One month');
  });

  it('never makes an opening participle its own speaker', () => {
    for (const q of quotes('Recalling “the harm done to families who could not flee,” the statement urged calm.'))
      expect(q.speaker).not.toBe('Recalling');
  });

  it('reads a participle opening the sentence: "Saying the plan was dead, Ruiz left"', () => {
    expect(quotes('Saying the pier was unsafe, Ruiz left the meeting early.')[0]).toMatchObject({
      cue: 'Saying',
      speaker: 'Ruiz',
      content: 'the pier was unsafe',
    });
  });

  it('ends an opening participle clause at its comma and gives it the main clause’s subject', () => {
    expect(
      quotes('After saying he was nervous to ask a question, the man ended up at the front of the hall.')[0],
    ).toMatchObject({ cue: 'saying', speaker: 'the man', content: 'he was nervous to ask a question' });
  });
});

describe('speakers found further away', () => {
  it('gives a participle the subject of a perfect-tense main verb', () => {
    const found = quotes(
      'If he wins, Ruiz has indicated he would curb the board, vowing to “open up” the books, and suggesting he would cut the staff.',
    );
    expect(found.find((q) => q.cue === 'suggesting')).toMatchObject({ speaker: 'Ruiz' });
  });

  it('reads "a Wednesday editorial" after an inverted cue as the speaker', () => {
    expect(
      quotes(
        '“The council has shown less spine than a jellyfish,” reads a Wednesday editorial in The Harbor Gazette.',
      )[0],
    ).toMatchObject({ speaker: 'a Wednesday editorial in The Harbor Gazette' });
  });

  it('reads a noun-like verb at the end of a sentence that follows a quotation as the cue', () => {
    expect(
      quotes('“Only she is strong enough to stand up to the banks,” a voice-over in the ad states.')[0],
    ).toMatchObject({
      cue: 'states',
      speaker: 'a voice-over in the ad',
    });
  });

  it('keeps a party and state tag and a list of names inside an object phrase', () => {
    expect(
      quotes(
        'Ruiz on Friday endorsed the re-election of Sen. Ana Vega (D-Ore.), Sen. Tom Reyes (R-Ida.), and Sen. Kay Lin (D-Wash.), reversing course.',
      )[0],
    ).toMatchObject({
      speaker: 'Ruiz',
      content: 'the re-election of Sen. Ana Vega (D-Ore.), Sen. Tom Reyes (R-Ida.), and Sen. Kay Lin (D-Wash.)',
    });
  });

  it('reads "expressed concern that" and "made it clear that" as cues', () => {
    expect(quotes('On Monday, he expressed concern that the mayor was encouraging the protests.')[0]).toMatchObject({
      cue: 'expressed concern',
      content: 'the mayor was encouraging the protests',
    });
    expect(quotes('The mayor made it clear that the budget would not pass.')[0]).toMatchObject({
      cue: 'made it clear',
    });
    expect(quotes('The mayor made a deal that the budget would pass.')).toEqual([]);
  });
});

describe('headlines that name a speaker before a colon', () => {
  it('keeps the colon line’s speaker when another reading sits inside its content', () => {
    const text = 'Ruiz: I Still Believe Vega Can’t Be Trusted with the Port.\n\nThe story begins here and goes on.';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'Ruiz', cue: ':' });
  });

  const withBody = (headline: string) => `${headline}\n\nThe story begins here and goes on for a while.`;

  it('reads "Poll:" and "Report:" headlines as statements of evidence', () => {
    expect(quotes(withBody('Poll: Ruiz and Vega in a dead heat before the first debate.'))[0]).toMatchObject({
      speaker: 'Poll',
      content: 'Ruiz and Vega in a dead heat before the first debate.',
    });
  });

  it('cuts a longer headline name at its preposition or verb', () => {
    expect(quotes(withBody('Ruiz to Harbor Workers: The port will stay open.'))[0]).toMatchObject({ speaker: 'Ruiz' });
    expect(quotes(withBody('Ana Vega Grills Port CEO: ‘You Should Be Ashamed.’'))[0]).toMatchObject({
      speaker: 'Ana Vega',
      kind: 'direct',
    });
  });

  it('does not read a section label or a "Poll:" line inside the story as a speaker', () => {
    expect(quotes(withBody('Analysis Of The Week: Why the vote was close.'))).toEqual([]);
    expect(quotes('The story begins here.\n\nPoll: Ruiz and Vega in a dead heat before the debate.')).toEqual([]);
  });
});

describe('more ways to introduce a quotation', () => {
  it('reads a signature line under a quotation: `"…"` then `- Name`', () => {
    const text =
      'The room went quiet.\n\n"We went to the port before the crash and warned them."\n\n- Ana Vega\n\nMore follows.';
    expect(quotes(text)[0]).toMatchObject({ kind: 'direct', speaker: 'Ana Vega', source: 'Ana Vega' });
  });

  it('reads a signature with a place or a short description after the name', () => {
    const text = 'Readers wrote in.\n\n"The new bridge is a waste of money."\n\n-Ana Vega, Dayton.\n\nMore follows.';
    expect(quotes(text)[0]).toMatchObject({ kind: 'direct', speaker: 'Ana Vega' });
    const tweet = 'Readers wrote in.\n\n"Great speech. She is ready."\n\n-Mayor Ruiz, tweeting after the vote.';
    expect(quotes(tweet)[0]).toMatchObject({ kind: 'direct', speaker: 'Mayor Ruiz' });
  });

  it('does not read a subheading wrapped in dashes as a signature', () => {
    const text =
      'He spoke last.\n\n“People resist seeing their town change.”\n\n– A harbor man himself –.\n\nMore follows.';
    for (const q of quotes(text)) expect(q.speaker).not.toBe('A harbor man himself');
  });

  it('reads "makes that clear:" and "echoed:" before a quotation, and "undecided voter" after "said"', () => {
    expect(
      quotes('A footnote in the report makes that clear: "These rules do not apply to the board."')[0],
    ).toMatchObject({ speaker: 'A footnote in the report', kind: 'direct' });
    expect(
      quotes('17-year-old Tom Lee echoed:\n\n“He speaks his mind, and that is what the port needs.”')[0],
    ).toMatchObject({
      cue: 'echoed',
      speaker: '17-year-old Tom Lee',
    });
    expect(quotes('"I do not know where he stands," said undecided voter Ana Vega of Derry.')[0]).toMatchObject({
      speaker: 'undecided voter Ana Vega of Derry',
    });
  });
});

describe('"As X said," leads', () => {
  it('reads the clause before a closing ", as X noted." as what was noted, but not ", as he explained how …"', () => {
    expect(quotes('The depot lost money for a decade, as the harbor board noted last year.')[0]).toMatchObject({
      speaker: 'the harbor board',
      content: 'The depot lost money for a decade',
    });
    expect(quotes('The crane stopped, as Ruiz explained how the motor had failed.')[0]).toMatchObject({
      content: 'how the motor had failed',
    });
    // (The comma may sit inside a closing quotation mark.)
    expect(quotes('The depot plan is “dead on arrival,” as the harbor board noted.')[0]).toMatchObject({
      kind: 'mixed',
      speaker: 'the harbor board',
      content: 'The depot plan is “dead on arrival',
    });
  });

  it('reads the clause after the comma of "As X reported in …," as what was reported', () => {
    expect(
      quotes('As Ana Vega reported in her book, the old board members had lavish offices downtown.')[0],
    ).toMatchObject({
      speaker: 'Ana Vega',
      cue: 'reported',
      content: 'the old board members had lavish offices downtown',
    });
  });

  it('takes the agent of "As reported by X," as the speaker', () => {
    expect(
      quotes('As reported by the Harbor Gazette, last year the port became the first to ban diesel trucks.')[0],
    ).toMatchObject({
      speaker: 'the Harbor Gazette',
      content: 'last year the port became the first to ban diesel trucks',
    });
  });

  it('reads "…, as X reported on Saturday, CONTENT" after a comma too', () => {
    expect(
      quotes(
        'He is no stranger here, given that, as the Gazette reported on Saturday, he has become a close adviser.',
      )[0],
    ).toMatchObject({ speaker: 'the Gazette', content: 'he has become a close adviser' });
  });

  it('reads "Sen. Ana Vega (D-Ore.), said" with a stray comma after the party tag', () => {
    expect(
      quotes('Sen. Ana Vega (D-Ore.), said after a lunch on Tuesday that she had not read the plan.')[0],
    ).toMatchObject({
      speaker: 'Sen. Ana Vega (D-Ore.)',
      content: 'she had not read the plan',
    });
  });

  it('leaves "as" inside a sentence alone', () => {
    expect(quotes('The plan failed as Ruiz predicted in March, and the port closed.').map((q) => q.cue)).not.toContain(
      'predicted',
    );
  });
});

describe('the writer’s gloss after an inverted attribution', () => {
  it('ends the attribution at a dash and leaves "a move that …" out of the content', () => {
    expect(
      quotes(
        'The deficit will grow again this year, the budget office reported on Tuesday — a change that could matter.',
      )[0],
    ).toMatchObject({ speaker: 'the budget office', content: 'The deficit will grow again this year' });
    const found = quotes('The port will close in May, the mayor said, a move that angered the union.');
    expect(found[0]?.content).toBe('The port will close in May');
    expect(quotes('Any attempt to fix the pier, he said, becomes hopeless.')[0]?.content).toBe(
      'Any attempt to fix the pier | becomes hopeless',
    );
    expect(quotes('The port, the mayor said, is a drain on the city.')[0]?.content).toBe(
      'The port | is a drain on the city',
    );
  });
});

describe('anonymity formulas', () => {
  it('reads "who declined to be named" and "who asked to remain anonymous" as descriptions, not statements', () => {
    const spokesperson = quotes(
      'A port spokesperson who declined to be named said there is no tie between the two firms.',
    );
    expect(spokesperson.map((q) => [q.cue, q.speaker, q.type])).toEqual([['said', 'A port spokesperson', 'anonymous']]);
    const official = quotes(
      'A city official who asked to remain anonymous also confirmed that the review will take a year.',
    );
    expect(official.map((q) => [q.cue, q.type])).toEqual([['confirmed', 'anonymous']]);
    expect(quotes('The person declined to be identified because the talks are confidential.')).toEqual([]);
  });

  it('keeps a slash between words in an "according to" source', () => {
    expect(quotes('Renters are tired, according to the latest Harbor Times/Channel 5 poll.')[0]).toMatchObject({
      speaker: 'the latest Harbor Times/Channel 5 poll',
    });
  });

  it('reads the clause after a relative clause on an "according to" source', () => {
    expect(
      quotes(
        'According to a person close to the coach, who asked not to be named, two programs are interested in him.',
      )[0],
    ).toMatchObject({
      content: 'two programs are interested in him',
      speaker: 'a person close to the coach',
      type: 'anonymous',
    });
  });

  it('prefers "…, said the person, who asked not to be named" over a subject whose relative clause is followed by a verb', () => {
    expect(
      quotes(
        'Ana Vega, who has led the firm since May, will leave on Thursday, said the person, who asked not to be named because the matter is private.',
      )[0],
    ).toMatchObject({
      speaker: 'the person',
      content: 'Ana Vega, who has led the firm since May, will leave on Thursday',
    });
  });

  it('reads "remain" as a verb, so the speaker comes after it', () => {
    expect(
      quotes('But funds remain scarce, one clinic supervisor, who declined to be identified, told the Gazette.')[0],
    ).toMatchObject({ speaker: 'one clinic supervisor', content: 'But funds remain scarce' });
  });
});

describe('more ends of a reported clause', () => {
  it('ends at ", a recommendation …" and at ", and" with a new subject and verb', () => {
    expect(
      quotes('The director said she should face no charges, a recommendation the attorney general adopted.')[0]
        ?.content,
    ).toBe('she should face no charges');
    expect(
      quotes('Two others have not said who they would back, and a fifth delegate has not been named.')[0]?.content,
    ).toBe('who they would back');
  });

  it('does not read a participle phrase opening the sentence as what was said', () => {
    const found = quotes('Writing in the Gazette on Monday, Vega said the port, once a jewel, is now a drain.');
    expect(found.map((q) => q.content)).toEqual(['the port, once a jewel, is now a drain']);
    // A participle before a noun is an adjective, and the clause it opens is what was said.
    expect(quotes('Rising taxes leave owners no choice, the Landlords Association said.')[0]).toMatchObject({
      content: 'Rising taxes leave owners no choice',
    });
  });
});

describe('quotations inside a reported clause', () => {
  it('reads `Guns are “A” and “B,” NAME, APPOSITIVE, proclaimed` as one mixed quote', () => {
    const found = quotes(
      'Parks are “the city’s lungs” and “keep children healthy,” Ana Vega, the former mayor, proclaimed to a cheering crowd.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'mixed', speaker: 'Ana Vega' });
    expect(found[0]?.content).toContain('Parks are');
  });

  it('keeps "to be" and what follows a quotation after "called for" in the phrase', () => {
    expect(quotes('Ruiz questioned Vega’s "harbor values" and her readiness to be mayor.')[0]?.content).toBe(
      'Vega’s "harbor values" and her readiness to be mayor',
    );
    expect(quotes('She also called for more “flexibility” for port inspectors at the docks.')[0]?.content).toBe(
      'more “flexibility” for port inspectors at the docks',
    );
  });

  it('adds ", that CLAUSE" after an attribution to the quotation', () => {
    expect(
      quotes('"It is our bad luck," he said, that both ships had docked at the old pier that week.')[0],
    ).toMatchObject({
      kind: 'mixed',
      content: 'It is our bad luck, | that both ships had docked at the old pier that week',
    });
  });

  it('adds ": CLAUSE" after an attribution to the quotation, and keeps a quotation after the colon joined', () => {
    expect(
      quotes('"This is the myth the whole plan rests on," Ruiz said: That the harbor pays for itself.')[0],
    ).toMatchObject({
      kind: 'mixed',
      speaker: 'Ruiz',
      content: 'This is the myth the whole plan rests on, | That the harbor pays for itself',
    });
    expect(quotes('"We will win," Ruiz said: "Believe me."')[0]).toMatchObject({
      kind: 'direct',
      content: 'We will win, | Believe me.',
    });
  });

  it('adds "that CLAUSE:" between the cue and the quotation it introduces', () => {
    expect(quotes('Ruiz adds that the harbor has two choices: “Dredge it or close it.”')[0]).toMatchObject({
      kind: 'mixed',
      speaker: 'Ruiz',
      content: 'the harbor has two choices | Dredge it or close it.',
    });
  });
});

describe('subjects the chunker used to miss', () => {
  it('opens with "NAME, APPOSITIVE, said": the clause after the cue is the content', () => {
    expect(
      quotes('But Ana Vega, a senior fellow at the Harbor Institute, said parents still want local schools.')[0],
    ).toMatchObject({
      speaker: 'Ana Vega',
      content: 'parents still want local schools',
    });
  });

  it('still inverts when the sentence ends right after the inverted subject', () => {
    expect(
      quotes(
        'The Harbor firm, in which the county holds a stake, plans to close its fund soon, said people familiar with the matter.',
      )[0],
    ).toMatchObject({ speaker: 'people familiar with the matter', type: 'anonymous' });
  });

  it('coordinates "but has said" with the subject of the sentence', () => {
    expect(
      quotes(
        'Vega, like the mayor, has backed the port’s plan for years but has said she will not block the expansion.',
      )[0],
    ).toMatchObject({ cue: 'said', speaker: 'Vega', content: 'she will not block the expansion' });
  });

  it('joins two places or topics inside a speaker phrase', () => {
    expect(quotes('Political observers in Ohio and around the country say the seat is safe.')[0]).toMatchObject({
      speaker: 'Political observers in Ohio and around the country',
    });
    expect(quotes('Experts on North Korea and nuclear arms said the test could change that.')[0]).toMatchObject({
      speaker: 'Experts on North Korea and nuclear arms',
    });
  });

  it('reads "who have seen him" as a relative clause on the speaker', () => {
    expect(
      quotes('Friends of the mayor who have seen him on the trail recently say that his energy has matured.')[0],
    ).toMatchObject({ speaker: 'Friends of the mayor', content: 'his energy has matured' });
  });

  it('reads the writer’s contact clause inside the speaker and an aside after an inverted one', () => {
    expect(quotes('All the experts I interviewed said the plan was more detailed.')[0]).toMatchObject({
      speaker: 'All the experts I interviewed',
    });
    expect(quotes('The levy “is a misguided approach,” said Mr. Reyes (a view shared by others).')[0]).toMatchObject({
      speaker: 'Mr. Reyes',
      kind: 'mixed',
    });
  });
});

describe('phrase complements that run on', () => {
  it('keeps a relative or "because" clause on the object', () => {
    expect(
      quotes('“It is not working,” he continued, citing the many workers who had given up looking for jobs.')[1]
        ?.content,
    ).toBe('the many workers who had given up looking for jobs');
    expect(
      quotes('Both senators condemned the program in statements because certain migrants are eligible to apply.')[0]
        ?.content,
    ).toBe('the program in statements because certain migrants are eligible to apply');
  });

  it('keeps a list of lowercase items, a pair of dashes and "as" before a noun phrase', () => {
    expect(
      quotes('“We can win,” he said, citing a platform on wages, opposition to fracking and reforms of the vote.')[1]
        ?.content,
    ).toBe('a platform on wages, opposition to fracking and reforms of the vote');
    expect(
      quotes('She called for all candidates to lay out specifics — including the cost — of their plans.')[0]?.content,
    ).toBe('all candidates to lay out specifics — including the cost — of their plans');
    expect(
      quotes('Vega has accused Ruiz of trying to use his role as board chairman to keep the seat empty.')[0]?.content,
    ).toBe('Ruiz of trying to use his role as board chairman to keep the seat empty');
  });
});

describe('a "which" clause at the end of a sentence', () => {
  it('is the writer’s note on a noun, not part of what was said', () => {
    expect(
      quotes('He said he would close the beaches over fears of the algae bloom, which is spread by warm water.')[0]
        ?.content,
    ).toBe('he would close the beaches over fears of the algae bloom');
    expect(quotes('She said she had met Ana Vega, who runs the harbor board.')[0]?.content).toBe(
      'she had met Ana Vega',
    );
    expect(quotes('She said the plan, which the board passed in May, would fail.')[0]?.content).toBe(
      'the plan, which the board passed in May, would fail',
    );
  });
});

describe('the writer’s asides at the end of a reported clause', () => {
  it('ends before ", as" with a clause and before ", the …" describing a name', () => {
    expect(
      quotes(
        'Officials said the three candidates will speak at the gala, as the other party holds a debate downtown.',
      )[0]?.content,
    ).toBe('the three candidates will speak at the gala');
    expect(
      quotes('He said he would keep funding Harbor Health, the clinic group that the state is investigating.')[0]
        ?.content,
    ).toBe('he would keep funding Harbor Health');
  });
});

describe('participles, dashes and trailing phrases', () => {
  it('ends "by crediting X" at "and urging": the speaker’s next participle', () => {
    expect(quotes('Vega closed the show by crediting Ruiz for his instincts and urging him to run.')[0]?.content).toBe(
      'Ruiz for his instincts',
    );
  });

  it('ends at "and by dismissing" after "by suggesting"', () => {
    expect(
      quotes('He angered them by suggesting the voters got it wrong and by dismissing the board’s judgment.')[0]
        ?.content,
    ).toBe('the voters got it wrong');
  });

  it('ends at "but suggesting" and at "and NAME calling"', () => {
    expect(
      quotes('His aide doubled down, saying she is experienced “on paper” but suggesting that might not be enough.')[0]
        ?.content,
    ).toBe('she is experienced “on paper');
    expect(
      quotes('Both sounded upbeat, Ruiz saying he was “very encouraged” and Vega calling it a “great meeting.”')[0]
        ?.content,
    ).toBe('he was “very encouraged');
  });

  it('ends at a dash before "a …" unless a second dash closes the aside', () => {
    expect(
      quotes('Ruiz said he would meet the “harbor (not) boss” — a play on the nickname his rivals use.')[0]?.content,
    ).toBe('he would meet the “harbor (not) boss');
    expect(quotes('Fowler said he backed Ana Vega — a member of the old guard — to lead the board.')[0]?.content).toBe(
      'he backed Ana Vega — a member of the old guard — to lead the board',
    );
  });

  it('leaves a prepositional phrase after a parenthetical attribution out', () => {
    expect(
      quotes(
        'Vega’s plan would “end the port as we know it,” Ruiz declared Thursday, in the latest round of attacks.',
      )[0]?.content,
    ).toBe('Vega’s plan would “end the port as we know it');
  });
});

describe('attributions after a quotation', () => {
  it('reads "went on" as a cue, but not "went on to win"', () => {
    expect(quotes('“You know, it happens, right?” Ruiz went on, as if he had not heard her.')[0]).toMatchObject({
      cue: 'went on',
      speaker: 'Ruiz',
    });
    expect(quotes('Ruiz went on to win the primary in March by a wide margin.')).toEqual([]);
  });

  it('reads "a message on the website reads." after a quotation', () => {
    expect(quotes('“Welcome, neighbors!” a message on the town website reads.')[0]).toMatchObject({
      cue: 'reads',
      speaker: 'a message on the town website',
    });
  });

  it('takes a long attribution sentence that goes on with an adverbial: `"…?" X said about …`', () => {
    expect(
      quotes(
        '"Why would you try to cozy up to the old board?" Vega said about Ruiz’s effort to win back the union vote.',
      )[0],
    ).toMatchObject({ kind: 'direct', cue: 'said', speaker: 'Vega' });
  });
});

describe('a time word before the verb', () => {
  it('is no speaker: "Ruiz, who …, on Friday described …"', () => {
    expect(
      quotes('Ruiz, who has been feuding with the board this week, on Friday described his plan as a “big tent.”')[0],
    ).toMatchObject({ speaker: 'Ruiz' });
  });
});

describe('naming and stance verbs', () => {
  it('reads "labeling", "deemed" and "bemoaned" with their quoted words', () => {
    expect(quotes('Vega, for her part, is labeling the plan “a reckless abuse of power.”')[0]).toMatchObject({
      cue: 'labeling',
      kind: 'mixed',
    });
    expect(quotes('The bar association deemed him "well qualified," its highest rating.')[0]).toMatchObject({
      cue: 'deemed',
    });
    expect(quotes('Ruiz also bemoaned a climate in which neighbors “literally hate each other.”')[0]).toMatchObject({
      cue: 'bemoaned',
    });
  });

  it('reads a stance verb only where it quotes the speaker', () => {
    expect(quotes('Vega supports “appropriate pay raises” for the harbor crews.')[0]).toMatchObject({
      cue: 'supports',
      speaker: 'Vega',
    });
    expect(quotes('Vega supports the harbor plan and the new pier.')).toEqual([]);
  });
});

describe('a sentence attributed twice', () => {
  it('reads `Vega said A because “B,” she said.` once, ending before the second "she said"', () => {
    const found = quotes(
      'Vega said she chose the pier because “most people don’t know about that loophole,” she said.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      speaker: 'Vega',
      content: 'she chose the pier because “most people don’t know about that loophole',
    });
  });
});

describe('a concession of the writer’s', () => {
  it('ends a reported clause at ", although"', () => {
    expect(
      quotes('Vega said the pier was “a terrible mistake,” although she supports keeping it open for now.')[0]?.content,
    ).toBe('the pier was “a terrible mistake');
  });
});

describe('"calls" as a naming verb', () => {
  it('reads "NAME calls NAME …" and "NAME calls himself …" as naming, but not phone calls', () => {
    expect(quotes('Tensions flare after Vega calls Ruiz unqualified for the job.')[0]).toMatchObject({
      cue: 'calls',
      speaker: 'Vega',
    });
    expect(quotes('Vega calls herself a harbor progressive.')[0]).toMatchObject({
      content: 'herself a harbor progressive',
    });
    expect(quotes('The phone calls this week were about the harbor vote.')).toEqual([]);
    expect(quotes('Others went further, with former mayor Ana Vega calling Ruiz a fraud.')[0]).toMatchObject({
      cue: 'calling',
      content: 'Ruiz a fraud',
    });
  });
});

describe('coordinated object verbs', () => {
  it('gives "… and accused him of …" the sentence subject when nothing before it was a statement', () => {
    expect(
      quotes(
        'In a takedown of the developer, Sen. Ana Vega called him divisive and accused him of keeping tenants from being able to “stand together.”',
      ).find((q) => q.cue === 'accused'),
    ).toMatchObject({ speaker: 'Sen. Ana Vega', kind: 'mixed' });
  });
});

describe('intentions that run on', () => {
  it('carries an infinitive of intention through "if" and through "as" before a noun phrase', () => {
    expect(quotes('Both have promised to pursue the bill if elected to make the port pay its taxes.')[0]?.content).toBe(
      'to pursue the bill if elected to make the port pay its taxes',
    );
    expect(quotes('Still, Ruiz had planned to continue his bid as the lone alternative to Vega.')[0]?.content).toBe(
      'to continue his bid as the lone alternative to Vega',
    );
  });

  it('still ends at "as" before a clause of the writer’s', () => {
    expect(quotes('Ruiz vowed to cut the levy as the city prepared to vote on the budget.')[0]?.content).toBe(
      'to cut the levy',
    );
  });
});

describe('a name after an adverbial lead with commas', () => {
  it('takes the name, not the object of "until", as the speaker', () => {
    const found = quotes(
      'With ten days until the vote, Dana Ruiz, a senior adviser to the mayor, called the plan “a gift.”',
    );
    expect(found[0]).toMatchObject({ speaker: 'Dana Ruiz' });
  });
});

describe('a paragraph that introduces the next one', () => {
  it('reads "The Tribune reports:" as the attribution of the quotation below it', () => {
    const found = quotes(
      'Most donors give little.\n\nThe Tribune reports:\n\n"Only a quarter of the donors gave more than $200 this year."',
    );
    expect(found[0]).toMatchObject({ speaker: 'The Tribune', cue: 'reports' });
  });
});

describe('a subject with a relative clause and an aside', () => {
  it('finds "some voters" before "who …, on television or at rallies, said"', () => {
    const found = quotes(
      "Yet some voters who have listened to Mr. Ruiz's speeches over the years, on television or at rallies, said he had lost his spark.",
    );
    expect(found[0]).toMatchObject({ speaker: 'some voters', content: 'he had lost his spark' });
  });
});

describe('a typed double hyphen', () => {
  it('reads "--" as the dash it stands for around an appositive', () => {
    const found = quotes(
      'The county clerk -- who has clashed with the board over the past few weeks -- said she regretted her remarks.',
    );
    expect(found[0]).toMatchObject({ speaker: 'The county clerk', content: 'she regretted her remarks' });
  });
});

describe('a spaced hyphen and time phrases around the subject', () => {
  it('reads " - " as a dash around an appositive', () => {
    expect(
      quotes('Mr. Ruiz - in a line that seemed aimed at the mayor - declared that the port must stay open.')[0],
    ).toMatchObject({ speaker: 'Mr. Ruiz', content: 'the port must stay open' });
  });

  it('skips a time phrase between the subject and the verb, and a time word before "by"', () => {
    expect(
      quotes(
        'The union has become a presence, and Ortiz during a Sunday rally thanked its members “for their support.”',
      ).find((q) => q.cue === 'thanked'),
    ).toMatchObject({ speaker: 'Ortiz' });
    expect(
      quotes('The page was replaced Thursday by a message that said, “The item is no longer available.”')[0],
    ).toMatchObject({ speaker: 'a message' });
  });
});

describe('a titled name before a description with no closing comma', () => {
  it('takes "Sen. Ana Ortiz (D-Ohio)" as the speaker, not the description', () => {
    expect(
      quotes(
        'On WDTN’s “Morning Show,” Sen. Ana Ortiz (D-Ohio), a supporter of the levy told the host the vote was close.',
      )[0],
    ).toMatchObject({ speaker: 'Sen. Ana Ortiz (D-Ohio)' });
  });
});

describe('a capitalized modal as a name', () => {
  it('reads "Will wrote" as the columnist Will writing', () => {
    expect(quotes('Christie can win the state, Will wrote on Monday.')[0]).toMatchObject({
      speaker: 'Will',
      content: 'Christie can win the state',
    });
  });
});

describe('a document named before a relative "that"', () => {
  it('leaves the time words out of the speaker', () => {
    expect(
      quotes('He released a letter from his doctor Friday afternoon that says he is in “excellent health.”')[0],
    ).toMatchObject({ speaker: 'a letter from his doctor' });
  });
});

describe('"cannot" is a modal', () => {
  it('keeps it out of the speaker after the cue', () => {
    const found = quotes(
      'Ruiz could not be reached, and a clerk, who declined to give her name, said the office cannot comment on the case.',
    );
    expect(found.find((q) => q.cue === 'said')).toMatchObject({
      speaker: 'a clerk',
      content: 'the office cannot comment on the case',
    });
  });
});
