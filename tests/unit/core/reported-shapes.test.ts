import { describe, expect, it } from 'vitest';
import { quotesIn } from '../../support/quotes';

/** Reported statements the engine used to miss, each written as our own sentences. */
const quotes = quotesIn;

describe('short reported contents', () => {
  it('keeps a short clause or a named object after the cue', () => {
    expect(quotes('Dana Ruiz said she would.')[0]).toMatchObject({ speaker: 'Dana Ruiz', content: 'she would' });
    expect(quotes('Asked about the levy, most council members said yes.')).toContainEqual(
      expect.objectContaining({ speaker: 'most council members', content: 'yes' }),
    );
    expect(quotes('At the debate, Vega praised Ortiz.')[0]).toMatchObject({ speaker: 'Vega', content: 'Ortiz' });
  });

  it('does not take a lone adverb or preposition after the cue as what was said', () => {
    expect(quotes('Vega spoke briefly and praised recently.').map((q) => q.content)).not.toContain('recently');
    expect(quotes('The mayor said on Friday.')).toHaveLength(0);
  });
});

describe('"referring to" and "referred to"', () => {
  it('reads whom the speaker meant as what the speaker referred to', () => {
    const found = quotes('At the rally, Vega attacked the council, referring to its members as cowards.');
    expect(found.find((q) => q.cue === 'referring to')).toMatchObject({
      speaker: 'Vega',
      content: 'its members as cowards',
    });
    expect(
      quotes('“We have to wake the base up,” Ruiz said, referring to rural voters.').find(
        (q) => q.cue === 'referring to',
      ),
    ).toMatchObject({ speaker: 'Ruiz', content: 'rural voters' });
  });

  it('does not read a case referred to an agency as a statement', () => {
    expect(quotes('The complaint was referred to the state attorney general in July.')).toHaveLength(0);
  });
});

describe('speakers before a reported clause', () => {
  it('reads a coordinated subject inside a relative clause’s reported clause', () => {
    expect(
      quotes('The loudest cheer came from a girl who said she and her father drove six hours to be there.')[0],
    ).toMatchObject({ speaker: 'who', content: 'she and her father drove six hours to be there' });
  });

  it('does not take an "As part of …" lead for the speaker when a name and an age follow', () => {
    expect(
      quotes('As a part of his plea deal, Tomas Ruiz, 44, said that he had taken money from the fund.')[0],
    ).toMatchObject({ speaker: 'Tomas Ruiz', content: 'he had taken money from the fund' });
  });
});

describe('questions put to a speaker', () => {
  it('reads the question as a statement by its asker, or by no stated speaker', () => {
    const named = quotes('When asked by a reporter whether the plan differed from the old one, Vega smiled.');
    expect(named[0]).toMatchObject({
      cue: 'asked',
      speaker: 'a reporter',
      content: 'whether the plan differed from the old one',
    });
    const unnamed = quotes(
      '“I will be fine,” she said, when asked whether she wanted the governor to campaign for her.',
    );
    expect(unnamed.find((q) => q.cue === 'asked')).toMatchObject({
      speaker: null,
      content: 'whether she wanted the governor to campaign for her',
    });
  });

  it('does not read "asked" inside a sentence as a question framing', () => {
    expect(quotes('The mayor asked the council to delay the vote.').map((q) => q.speaker)).toEqual(['The mayor']);
  });
});

describe('cues and speakers in less common shapes', () => {
  it('reads a first name in -ed as part of the name', () => {
    expect(quotes('Jared Ortiz, a member of the caucus, said he had heard that account.')[0]).toMatchObject({
      speaker: 'Jared Ortiz',
      content: 'he had heard that account',
    });
  });

  it('reads a present-tense "claims" before a clause as the verb, not the noun', () => {
    expect(quotes('Vega claims she is owed $10,000 by the city.')[0]).toMatchObject({
      speaker: 'Vega',
      content: 'she is owed $10,000 by the city',
    });
    expect(quotes('The phone calls this week were about the harbor vote.')).toHaveLength(0);
  });

  it('reads "went on to say" as the reporting verb', () => {
    expect(quotes('Ruiz went on to say the council had misread the vote.')[0]).toMatchObject({
      speaker: 'Ruiz',
      cue: 'went on to say',
      content: 'the council had misread the vote',
    });
    expect(quotes('Ruiz went on to win the seat in 2019.')).toHaveLength(0);
  });

  it('keeps a time span that opens an inverted statement when a clause follows its comma', () => {
    expect(quotes('A day earlier, six protesters were arrested outside the depot, police said.')[0]).toMatchObject({
      speaker: 'police',
      content: 'A day earlier, six protesters were arrested outside the depot',
    });
  });

  it('reads past an aside on the place of speaking to the reported clause', () => {
    expect(
      quotes('Ruiz said on CNN, where she is now a paid contributor, that Vega should be held to account.')[0],
    ).toMatchObject({ speaker: 'Ruiz', content: 'Vega should be held to account' });
  });

  it('reads a reason clause inside the speaker’s description as part of it', () => {
    expect(
      quotes(
        'Two officials, speaking on condition of anonymity because they were not allowed to discuss the audit, said that the depot had lost money.',
      )[0],
    ).toMatchObject({ speaker: 'Two officials', content: 'the depot had lost money' });
  });
});

describe('where one statement ends and the next begins', () => {
  it('ends a reported clause at "and" with the speaker’s next reporting verb', () => {
    const found = quotes('Ruiz said that she was stepping down and vowed to focus on her family.');
    expect(found.find((q) => q.cue === 'said')).toMatchObject({ content: 'she was stepping down' });
    expect(found.find((q) => q.cue === 'vowed')).toMatchObject({ speaker: 'Ruiz', content: 'to focus on her family' });
  });

  it('ends a reported clause where a new speaker and speech verb follow "and"', () => {
    const found = quotes(
      'Vega said the depot had been sold too cheaply and she accused the mayor of hiding the price.',
    );
    expect(found.find((q) => q.cue === 'said')).toMatchObject({ content: 'the depot had been sold too cheaply' });
  });

  it('ends a reported clause where the same subject’s next verb follows "but" and says what it did', () => {
    // (With a pronoun subject too: only a pronoun right before the second verb may be the clause's own.)
    const found = quotes(
      'She said she had met the developers twice but said neither of them played a role in the deal.',
    );
    expect(found.find((q) => q.content.startsWith('she'))).toMatchObject({
      speaker: 'She',
      content: 'she had met the developers twice',
    });
    expect(found.find((q) => q.content.startsWith('neither'))).toMatchObject({ speaker: 'She' });
  });

  it('ends a reported clause where a compared count speaks next: ", and more than 4 in 10 said"', () => {
    const found = quotes(
      'Most voters said they were worried about the economy, and more than 4 in 10 said Ruiz would handle it best.',
    );
    expect(found[0]).toMatchObject({ speaker: 'Most voters', content: 'they were worried about the economy' });
    expect(found[1]).toMatchObject({ speaker: 'more than 4 in 10', content: 'Ruiz would handle it best' });
    expect(quotes('At least 30 percent said they had decided.')[0]?.speaker).toBe('At least 30 percent');
  });

  it('reads "shootings and protests demands" as one subject inside the reported clause (a plural noun and a verb in -s)', () => {
    expect(
      quotes('Ryan said the spate of shootings and protests demands that all residents listen more.')[0],
    ).toMatchObject({
      speaker: 'Ryan',
      content: 'the spate of shootings and protests demands that all residents listen more',
    });
  });

  it('keeps "but" and a bare verb inside the reported clause', () => {
    expect(
      quotes(
        'The paper said officials shared the assessment of the auditors but acknowledged that the depot was popular.',
      )[0],
    ).toMatchObject({
      content: 'officials shared the assessment of the auditors but acknowledged that the depot was popular',
    });
  });
});

describe('topics and feelings put into words', () => {
  it('reads "talked about X" as a statement whose content is its topic', () => {
    expect(quotes('At the rally, Vega talked about the depot and its debts.')[0]).toMatchObject({
      speaker: 'Vega',
      cue: 'talked about',
      content: 'the depot and its debts',
    });
    expect(quotes('There was a lot of talk about the depot this year.')).toHaveLength(0);
  });

  it('reads "expressed X" without a "that" clause as what was expressed', () => {
    expect(quotes('Ruiz expressed admiration for the mayor’s budget work.')[0]).toMatchObject({
      speaker: 'Ruiz',
      cue: 'expressed',
      content: 'admiration for the mayor’s budget work',
    });
    expect(quotes('The view expressed in the letter was not shared by the board.')).toHaveLength(0);
  });
});

describe('stances', () => {
  it('reads a stated stance as the speaker’s position, with or without a quotation', () => {
    expect(quotes('Vega opposed the levy on harbor fees.')[0]).toMatchObject({
      speaker: 'Vega',
      cue: 'opposed',
      content: 'the levy on harbor fees',
    });
    expect(quotes('The levy was opposed by most of the board.')).toHaveLength(0);
  });
});

describe('intentions with a noun-phrase object', () => {
  it('reads what someone wants or proposes when it is a noun phrase or a gerund', () => {
    expect(quotes('About four in 10 voters want a continuation of the mayor’s policies.')[0]).toMatchObject({
      speaker: 'four in 10 voters',
      cue: 'want',
      content: 'a continuation of the mayor’s policies',
    });
    expect(quotes('Ruiz proposed selling the depot to the county.')[0]).toMatchObject({
      speaker: 'Ruiz',
      content: 'selling the depot to the county',
    });
  });

  it('still needs a subject that can speak', () => {
    expect(quotes('The rising prices want a closer look.')).toHaveLength(0);
  });
});

describe('noun-like verb forms', () => {
  it('reads "plans to" and a plural subject’s "hope" before a clause as verbs', () => {
    expect(quotes('The council candidate plans to be back in the harbor district on Saturday.')[0]).toMatchObject({
      speaker: 'The council candidate',
      cue: 'plans',
    });
    expect(quotes('City officials hope the new ferry can ease traffic on the bridge.')[0]).toMatchObject({
      speaker: 'City officials',
      content: 'the new ferry can ease traffic on the bridge',
    });
    expect(quotes('The plans to build the depot were dropped.')).toHaveLength(0);
  });

  it('reads "plans to" after a name set off by commas as the verb', () => {
    expect(quotes('The harbor chief, Dana Ruiz, plans to close the depot in June.')[0]).toMatchObject({
      speaker: 'Dana Ruiz',
      cue: 'plans',
      content: 'to close the depot in June',
    });
  });

  it('reads "order", "request" and "voice" as nouns unless a subject pronoun comes first', () => {
    expect(quotes('An executive order on the depot was signed in May.')).toHaveLength(0);
    expect(quotes('The court heard a request from the city.')).toHaveLength(0);
    expect(quotes('The plan involves creating pollution credits by planting trees.')).toHaveLength(0);
    expect(quotes('The ad concludes with a shot of the empty depot at dawn.')).toHaveLength(0);
    expect(quotes('Ana Vega, a harbor pilot, calls the new crane “a disaster waiting to happen.”')[0]).toMatchObject({
      kind: 'mixed',
      speaker: 'Ana Vega',
      cue: 'calls',
    });
    expect(quotes('The union chief called that “beyond absurd.”')[0]).toMatchObject({
      speaker: 'The union chief',
      content: 'that “beyond absurd',
    });
    expect(quotes('Ruiz called Vega, his rival for the seat, a “harbor profiteer.”')[0]).toMatchObject({
      content: 'Vega, his rival for the seat, a “harbor profiteer',
    });
    expect(quotes('Ruiz called the dockworkers to the stage, singing “Our Time.”')[0]).toMatchObject({
      content: 'the dockworkers to the stage',
    });
    expect(quotes('The debate moderators will demand more details.')[0]).toMatchObject({
      speaker: 'The debate moderators',
      cue: 'demand',
      content: 'more details',
    });
    expect(quotes('The judge ordered the county to reopen the polls.')[0]).toMatchObject({
      speaker: 'The judge',
      content: 'the county to reopen the polls',
    });
  });
});

describe('stance verbs with a particle', () => {
  it('reads "sided with", "lashed out at", "weighed in on" and "balked at" as cues, and the bare verbs as none', () => {
    const cases: Array<[string, string, string]> = [
      ['Ruiz sided with the union on the fare.', 'sided with', 'the union on the fare'],
      ['The mayor lashed out at the board.', 'lashed out at', 'the board'],
      ['Vega weighed in on the depot vote.', 'weighed in on', 'the depot vote'],
      ['The board balked at the price.', 'balked at', 'the price'],
      ['Vega pushed for a new ferry.', 'pushed for', 'a new ferry'],
      ['The board apologized for the delay.', 'apologized for', 'the delay'],
    ];
    for (const [sentence, cue, content] of cases) expect(quotes(sentence)[0]).toMatchObject({ cue, content });
    expect(quotes('The crane weighed ten tons.')).toHaveLength(0);
    expect(quotes('The other side of the river was flooded.')).toHaveLength(0);
  });
});

describe('adjectives of stance', () => {
  it('reads "was eager to", "is critical of" and "remains convinced that" as cues, and other adjectives as none', () => {
    expect(quotes('The mayor was eager to reopen the depot.')[0]).toMatchObject({
      speaker: 'The mayor',
      cue: 'eager to',
      content: 'reopen the depot',
    });
    expect(quotes('Vega is critical of the plan.')[0]).toMatchObject({ speaker: 'Vega', content: 'the plan' });
    expect(quotes('The union remains convinced that the depot will close.')[0]).toMatchObject({
      speaker: 'The union',
      content: 'the depot will close',
    });
    expect(quotes('The crane was quick.')).toHaveLength(0);
    // (Words that name Object.prototype members are words like any other.)
    expect(() => quotes('The constructor was toString to __proto__ the valueOf hasOwnProperty.')).not.toThrow();
    expect(quotes('The depot is ready to reopen.')).toHaveLength(0);
    expect(quotes('Voters who support the levy turned out early.')).toHaveLength(0);
    expect(quotes('Some 23 percent of voters favored the ferry plan.')).toHaveLength(0);
  });
});

describe('perceptions with "as"', () => {
  it('reads "sees X as Y" as a cue and leaves "saw" without "as", and "is seen as", alone', () => {
    expect(quotes('Ruiz sees the deal as a betrayal of the union.')[0]).toMatchObject({
      speaker: 'Ruiz',
      cue: 'sees',
      content: 'the deal as a betrayal of the union',
    });
    expect(quotes('Most dock workers view the new crane as a threat.')[0]).toMatchObject({
      speaker: 'Most dock workers',
    });
    expect(quotes('I saw the crane yesterday.')).toHaveLength(0);
    expect(quotes('The deal is seen as a betrayal.')).toHaveLength(0);
  });
});

describe('participles of hope, praise and threat after a comma', () => {
  it('gives ", hoping to …", ", praising …" and ", threatening to …" the main clause’s subject', () => {
    const cases: Array<[string, string, string, string]> = [
      ['Ruiz flew to Boston, hoping to win over donors.', 'Ruiz', 'hoping', 'to win over donors'],
      [
        'Vega spoke for an hour, praising the dock workers for their patience.',
        'Vega',
        'praising',
        'the dock workers for their patience',
      ],
      ['The mayor left the meeting, threatening to veto the budget.', 'The mayor', 'threatening', 'to veto the budget'],
    ];
    for (const [sentence, speaker, cue, content] of cases)
      expect(quotes(sentence)[0]).toMatchObject({ speaker, cue, content });
  });
});

describe('findings and pledges in less common shapes', () => {
  it('lets people and panels find things, and reads "pledged that in 2000 it would …" as a clause', () => {
    expect(quotes('An arbitration panel found the county was in breach of the contract.')[0]).toMatchObject({
      speaker: 'An arbitration panel',
      content: 'the county was in breach of the contract',
    });
    expect(
      quotes('Back then, the city pledged that in the year 2000 it would lift the cargo limits.')[0],
    ).toMatchObject({ speaker: 'the city', content: 'in the year 2000 it would lift the cargo limits' });
    expect(quotes('A majority of voters expect Ruiz to win the runoff.')[0]).toMatchObject({
      speaker: 'A majority of voters',
      content: 'Ruiz to win the runoff',
    });
    // (What an ad shows of someone speaking is that person's quotation.)
    expect(quotes('The ad shows Ruiz saying, “The depot stays open.”')[0]).toMatchObject({ speaker: 'Ruiz' });
  });
});

describe('progressives with an adverb inside', () => {
  it('reads "is once again questioning" and "is also encouraging" as cues', () => {
    expect(quotes('The mayor is once again questioning the count in Ward 3.')[0]).toMatchObject({
      speaker: 'The mayor',
      content: 'the count in Ward 3',
    });
    expect(quotes('Ruiz is also encouraging his supporters to vote early.')[0]).toMatchObject({
      speaker: 'Ruiz',
      cue: 'encouraging',
    });
  });
});

describe('names joined by "and" inside a reported clause', () => {
  it('keeps a list of quotations in one phrase: citing her “long experience,” “firm grasp” and calm', () => {
    expect(
      quotes('The union endorsed Vega, citing her “long experience,” “firm grasp of the port” and calm.')[1],
    ).toMatchObject({
      cue: 'citing',
      content: 'her “long experience,” “firm grasp of the port” and calm',
    });
  });

  it('does not end the clause at "and" between two names before their verb', () => {
    expect(quotes('Ruiz said that only people such as Dana and Lee Vega wanted the depot closed.')[0]).toMatchObject({
      speaker: 'Ruiz',
      content: 'only people such as Dana and Lee Vega wanted the depot closed',
    });
  });
});

describe('a parenthetical attribution followed by "and"', () => {
  it('continues the content over "and" with a clause of its own, not over "and" with a verb', () => {
    expect(
      quotes(
        'The top fifth paid 69 percent, the agency said in a June report, and those in the bottom fifth paid 1 percent.',
      )[0],
    ).toMatchObject({ content: 'The top fifth paid 69 percent | and those in the bottom fifth paid 1 percent' });
    expect(quotes('The depot will close, Ruiz said, and added that the crane would stay.')[0]).toMatchObject({
      content: 'The depot will close',
    });
  });
});

describe('verbs that characterize, compare or amplify', () => {
  it('reads "assailed", "likened", "voiced", "highlighted" and "retweeted" as cues with an object', () => {
    const cases: Array<[string, string, string]> = [
      ['Ortiz assailed the budget as reckless.', 'assailed', 'the budget as reckless'],
      ['The mayor likened the plan to a trap.', 'likened', 'the plan to a trap'],
      ['Vega voiced concern about the depot.', 'voiced', 'concern about the depot'],
      ['She highlighted the cost of the bridge.', 'highlighted', 'the cost of the bridge'],
      ['Ruiz retweeted a post calling the council corrupt.', 'retweeted', 'a post calling the council corrupt'],
      ['The union portrayed the deal as a betrayal.', 'portrayed', 'the deal as a betrayal'],
    ];
    for (const [sentence, cue, content] of cases) expect(quotes(sentence)[0]).toMatchObject({ cue, content });
  });

  it('reads verbs of discussing, outlining, playing down and rebuffing as cues with an object', () => {
    const cases: Array<[string, string, string]> = [
      ['The council discussed a new fare for the ferry.', 'discussed', 'a new fare for the ferry'],
      ['Ruiz outlined a plan to reopen the depot.', 'outlined', 'a plan to reopen the depot'],
      ['Vega downplayed the risk of a strike.', 'downplayed', 'the risk of a strike'],
      ['The harbor board rebuffed the offer.', 'rebuffed', 'the offer'],
      ['The union is mulling a strike in June.', 'mulling', 'a strike in June'],
      ['Most voters in the poll prefer the harbor plan.', 'prefer', 'the harbor plan'],
      ["Vega embraced the union's demands.", 'embraced', "the union's demands"],
      ['Ruiz laid out a plan to reopen the depot.', 'laid out', 'a plan to reopen the depot'],
      ['The mayor was talking about the new ferry.', 'talking about', 'the new ferry'],
      ['She talked openly about her plans.', 'talked openly about', 'her plans'],
      ['He spoke of his faith in the voters.', 'spoke of', 'his faith in the voters'],
    ];
    for (const [sentence, cue, content] of cases) expect(quotes(sentence)[0]).toMatchObject({ cue, content });
  });
});

describe('questions put in the passive or mid-sentence', () => {
  it('reads "was asked whether …" as a question put to the subject, by no stated speaker', () => {
    expect(quotes('During the forum, the mayor was asked whether the depot would be sold.')[0]).toMatchObject({
      cue: 'asked',
      speaker: null,
      content: 'whether the depot would be sold',
    });
    expect(quotes('The mayor was asked by a reporter whether the depot would be sold.')[0]).toMatchObject({
      speaker: 'a reporter',
    });
  });

  it('ends what was said where "when asked" begins', () => {
    const found = quotes(
      'Ruiz told the radio station she would not sell the depot when asked how the budget would balance.',
    );
    expect(found.find((q) => q.cue === 'told')).toMatchObject({ content: 'she would not sell the depot' });
    expect(found.find((q) => q.cue === 'asked')).toMatchObject({ content: 'how the budget would balance' });
  });
});

describe('"that" as the reported clause’s subject, and clauses that need no "that"', () => {
  it('keeps "that" in "believe that is likely" and "said that was a mistake"', () => {
    expect(quotes('But few engineers believe that is likely.')[0]).toMatchObject({
      speaker: 'few engineers',
      content: 'that is likely',
    });
    expect(quotes('Ruiz said that was a mistake.')[0]?.content).toBe('that was a mistake');
    expect(quotes('Ruiz said that the plan was a mistake.')[0]?.content).toBe('the plan was a mistake');
  });

  it('reads an existential clause after a that-only verb: "stated there are conflicting stories"', () => {
    expect(quotes('The harbor report stated there are conflicting accounts of the fire.')[0]).toMatchObject({
      content: 'there are conflicting accounts of the fire',
    });
  });
});

describe('a verb before a reported noun', () => {
  it('gives "seized on Ruiz’s claim that …" to Ruiz alone', () => {
    const found = quotes('The paper seized on Ruiz’s claim that there have been “thousands of complaints” this year.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: 'Ruiz', cue: 'claim' });
  });
});

describe('past forms used as adjectives', () => {
  it('reads "the party’s last contested primary" and "her alleged ties" as adjectives, not cues', () => {
    expect(quotes('Turnout fell 30 percent from the party’s last contested primary, in 2008.')).toEqual([]);
    expect(quotes('Voters heard a critique of her alleged ties to the developers.')).toEqual([]);
    expect(quotes('Ruiz has long dismissed attempts to close the pier.')[0]).toMatchObject({ cue: 'dismissed' });
  });
});

describe('participles used as adjectives', () => {
  it('does not read "pledged delegates" as a pledge', () => {
    expect(quotes('There are 384 pledged delegates at stake, and Ruiz has a lead in pledged delegates.')).toHaveLength(
      0,
    );
    expect(quotes('Ruiz has pledged support for the depot.')[0]).toMatchObject({ speaker: 'Ruiz', cue: 'pledged' });
  });
});

describe('verbs that name, find or are done to someone', () => {
  it('does not read "a group called …", "found himself" or "was also endorsed" as statements', () => {
    expect(quotes('A new group called Harbor Votes Matter is running ads.')).toHaveLength(0);
    expect(quotes('Once again Ruiz found himself at the center of the depot fight.')).toHaveLength(0);
    expect(quotes('Ruiz was also endorsed by the harbor union on Friday.')).toHaveLength(0);
    expect(quotes('A spokesman called Vega a liar.')[0]).toMatchObject({
      speaker: 'A spokesman',
      content: 'Vega a liar',
    });
  });
});

describe('a phrase complement before the speaker’s next action', () => {
  it('ends at "and" with an auxiliary and a verb', () => {
    expect(quotes('Ruiz endorsed Vega last week and has appeared at her side at every rally since.')[0]).toMatchObject({
      speaker: 'Ruiz',
      content: 'Vega last week',
    });
  });
});

describe('reporting verbs after a verb of continuing', () => {
  it('reads "continues to insist, …, that …" with the sentence subject as speaker', () => {
    expect(
      quotes(
        'The mayor continues to insist, most recently in an interview with the Harbor Gazette, that the depot will stay open.',
      )[0],
    ).toMatchObject({
      speaker: 'The mayor',
      cue: 'continues to insist',
      content: 'the depot will stay open',
    });
    expect(quotes('Ruiz began to argue the levy was unfair.')[0]).toMatchObject({
      speaker: 'Ruiz',
      content: 'the levy was unfair',
    });
  });
});

describe('examples inside a phrase complement', () => {
  it('runs on past ", such as", ", including" and ", especially"', () => {
    expect(quotes('Ruiz opposed the cuts, including those to the harbor schools.')[0]).toMatchObject({
      content: 'the cuts, including those to the harbor schools',
    });
    expect(quotes('Ruiz praised the new piers, especially the one on Front Street.')[0]).toMatchObject({
      content: 'the new piers, especially the one on Front Street',
    });
  });
});

describe('participles after a document', () => {
  it('gives "sent an email Wednesday saying …" the sender', () => {
    expect(
      quotes('The Ruiz campaign sent a fundraising email Wednesday saying that the depot vote was a turning point.')[0],
    ).toMatchObject({ speaker: 'The Ruiz campaign', content: 'the depot vote was a turning point' });
  });
});

describe('a poll named in an opening phrase', () => {
  it('reads "In a … poll released Sunday, CONTENT" with the poll as the source', () => {
    const found = quotes('In a Harbor Gazette poll released Sunday, 40 percent of residents backed the depot sale.');
    expect(found[0]).toMatchObject({
      cue: 'In',
      speaker: 'a Harbor Gazette poll released Sunday',
      content: '40 percent of residents backed the depot sale',
    });
    expect(quotes('In the morning, the mayor left for the harbor.')).toHaveLength(0);
  });
});

describe('framing clauses before a statement', () => {
  it('does not read an opening "While …" clause as what the speaker after its comma said', () => {
    expect(quotes('While most residents backed the sale, 43 said the same of the levy.')[0]).toMatchObject({
      speaker: '43',
      content: 'the same of the levy',
    });
    expect(quotes('If the vote fails, the mayor said, the depot will close.')[0]).toMatchObject({
      content: 'If the vote fails | the depot will close',
    });
  });

  it('reads an answer after a quoted question framing, and "and then said"', () => {
    const found = quotes(
      'Asked whether Vega “has the votes to win,” 75 percent of members said yes, but 20 percent said no.',
    );
    expect(found.find((q) => q.cue === 'said')).toMatchObject({ speaker: '75 percent of members', content: 'yes' });
    expect(found.find((q) => q.cue === 'Asked')).toMatchObject({ speaker: null });
    expect(quotes('The judge rubbed his chin, and then said something very strange.')[0]).toMatchObject({
      speaker: 'The judge',
      content: 'something very strange',
    });
  });

  it('reads a contact clause with a time phrase as part of the speaker', () => {
    expect(
      quotes(
        'Several people I have spoken with over the last couple of weeks said Ruiz had lobbied hard for the sale.',
      )[0],
    ).toMatchObject({ speaker: 'Several people I have spoken with over the last couple of weeks' });
  });
});

describe('groups and crowds as speakers', () => {
  it('lets "the group" and "the crowd" speak', () => {
    expect(quotes('The group said it would protest on Friday.')[0]).toMatchObject({ speaker: 'The group' });
    expect(quotes('The crowd chanted that the mayor must go.')[0]).toMatchObject({
      speaker: 'The crowd',
      type: 'unnamed-group',
    });
  });
});

describe('collective speakers', () => {
  it('lets women, unions and countries speak as unnamed groups', () => {
    expect(quotes('Many women said they would vote for Vega.')[0]).toMatchObject({
      speaker: 'Many women',
      type: 'unnamed-group',
    });
    expect(quotes('Several countries said they would send aid to the harbor.')[0]).toMatchObject({
      speaker: 'Several countries',
      type: 'unnamed-group',
    });
  });
});

describe('where a reported clause meets someone else’s quotation or the writer’s framing', () => {
  it('ends at ", a man yelled “…”"', () => {
    const found = quotes('When Ruiz said it was good to be home, a man yelled “Stay there!”');
    expect(found.find((q) => q.cue === 'said')).toMatchObject({ content: 'it was good to be home' });
    expect(found.find((q) => q.cue === 'yelled')).toMatchObject({ speaker: 'a man', kind: 'direct' });
  });

  it('ends after a quotation closed on a comma when only where and when it was said follow', () => {
    expect(
      quotes('Ruiz said the levy was “a mistake,” in an interview with the Harbor Gazette on Sunday.')[0],
    ).toMatchObject({ content: 'the levy was “a mistake' });
  });
});

describe('what "tell" tells', () => {
  it('reads "told a joke" as what was told, and a contracted pronoun after the listener as the clause', () => {
    expect(quotes('Ruiz told a joke about the harbor vote.')[0]).toMatchObject({
      speaker: 'Ruiz',
      content: 'a joke about the harbor vote',
    });
    expect(quotes('Vega tells voters she’s with them.')[0]).toMatchObject({
      speaker: 'Vega',
      content: 'she’s with them',
    });
  });

  it('reads a clause in the present tense after the listener: "told me the photo violates the rules"', () => {
    expect(quotes('Weaver told me the photo violates the debate rules.')[0]).toMatchObject({
      speaker: 'Weaver',
      content: 'the photo violates the debate rules',
    });
    expect(quotes('Ruiz told French television station BFMTV.')).toEqual([]);
  });

  it('reads a show named in quotation marks after a possessive as the listener, not as a quotation', () => {
    expect(quotes('Ruiz told WKRN’s “Morning Edition” on Sunday that the levy would pass.')[0]).toMatchObject({
      kind: 'indirect',
      speaker: 'Ruiz',
      content: 'the levy would pass',
    });
  });

  it('reads a count restating a share as the speaker', () => {
    expect(quotes('Just over a quarter, 26 percent, say they will vote for someone else.')[0]).toMatchObject({
      speaker: '26 percent',
      content: 'they will vote for someone else',
    });
  });
});

describe('nouns that look like cues', () => {
  it('reads "states that will …" as a relative clause and "tax credit" as a noun', () => {
    expect(quotes('Most Southern states that will hold contests in March have large harbor towns.')).toHaveLength(0);
    expect(quotes('Workers would get a $500 annual tax credit under the plan.')).toHaveLength(0);
    expect(quotes('The report states that the depot lost money.')[0]).toMatchObject({ speaker: 'The report' });
  });
});

describe('phrase complements with a name in apposition, and attacks in words', () => {
  it('runs past ", NAME," when a preposition continues the phrase', () => {
    expect(quotes('The council accused the port’s director, Ana Vega, of “reckless spending.”')[0]).toMatchObject({
      speaker: 'The council',
      content: 'the port’s director, Ana Vega, of “reckless spending',
    });
  });

  it('reads "has gone after X as “…”" as a statement about X', () => {
    expect(quotes('Ruiz has gone after Vega as a “harbor profiteer.”')[0]).toMatchObject({
      speaker: 'Ruiz',
      cue: 'gone after',
      kind: 'mixed',
    });
    expect(quotes('He went after dinner.')).toHaveLength(0);
  });
});

describe('the writer’s words right after a quotation', () => {
  it('ends a content before "until" after a quotation closed on a comma, and before a time word', () => {
    // (A whole utterance: it stands alone as a direct quote, comma and all.)
    expect(quotes('She repeatedly says, “Don’t do it,” until the sirens are heard.')[0]).toMatchObject({
      kind: 'direct',
      content: 'Don’t do it,',
    });
    expect(quotes('Ruiz blasted Vega as a “disgrace” Wednesday on a harbor radio show.')[0]).toMatchObject({
      content: 'Vega as a “disgrace',
    });
  });
});

describe('documents and time words before a participle', () => {
  it('gives "a series of tweets early Friday saying …" the sender', () => {
    expect(
      quotes('Ruiz unleashed a series of tweets early Friday saying that Vega had misled the council.')[0],
    ).toMatchObject({
      speaker: 'Ruiz',
      content: 'Vega had misled the council',
    });
  });

  it('does not read "In the wake of the report," as a poll lead', () => {
    expect(quotes('In the wake of the harbor report, Ruiz has rebuilt the old crane.')).toHaveLength(0);
  });
});

describe('calls for, and expectations', () => {
  it('reads "NAME calls for …" as a demand', () => {
    expect(quotes('Ruiz calls for an audit of the harbor depot.')[0]).toMatchObject({
      speaker: 'Ruiz',
      cue: 'calls for',
      content: 'an audit of the harbor depot',
    });
  });

  it('reads "is widely expected to …" as an expectation with no stated speaker, not as the subject’s words', () => {
    expect(quotes('Vega is widely expected to win the harbor seat.')[0]).toMatchObject({
      cue: 'expected',
      speaker: null,
      content: 'to win the harbor seat',
    });
    expect(quotes('Repairs expected to take a year will close the bridge.')).toHaveLength(0);
  });
});

describe('possessive apostrophes in a speaker’s description', () => {
  it('reads "NAME, Sanders’ senior adviser, said" with a straight apostrophe as a description', () => {
    expect(
      quotes("Tad Ruiz, the Owens' senior media adviser, said the council is engaged in mischief.")[0],
    ).toMatchObject({
      speaker: 'Tad Ruiz',
      content: 'the council is engaged in mischief',
    });
  });
});

describe('a quoted title in a speaker’s description', () => {
  it('reads past a straight-quoted title closed on a comma', () => {
    expect(
      quotes('Ruiz, the author of "Harbor Days," about the depot strike, said the town has changed.')[0],
    ).toMatchObject({ speaker: 'Ruiz', content: 'the town has changed' });
  });
});

describe('short inverted answers', () => {
  it('reads "Sorry, Ruiz said." when the attribution closes the sentence', () => {
    expect(quotes('Vega offered to debate on Monday. Sorry, Ruiz said.')).toContainEqual(
      expect.objectContaining({ speaker: 'Ruiz', content: 'Sorry' }),
    );
  });
});

describe('writing a work', () => {
  it('does not read "wrote a book" as what was written in it', () => {
    expect(quotes('She wrote a children’s book about the harbor.')).toHaveLength(0);
    expect(quotes('Ruiz wrote in a letter that the depot was a loss.')[0]).toMatchObject({
      speaker: 'Ruiz',
      content: 'the depot was a loss',
    });
  });
});

describe('a cue with an object after the comma', () => {
  it('does not read the clause before "X emailed her condolences" as what X emailed', () => {
    const found = quotes('In May, after the senator fell ill, Ortiz emailed her condolences, wishing her well.');
    expect(found.map((q) => q.content)).not.toContainEqual(expect.stringContaining('after the senator fell ill'));
    // A time phrase after the cue is still an inverted attribution.
    expect(quotes('The plant will close in March, the company said the next day.')[0]).toMatchObject({
      speaker: 'the company',
      content: 'The plant will close in March',
    });
  });
});

describe('a passive report with its reporter after "by"', () => {
  it('reads "The meeting was first reported by the Ledger" as the Ledger reporting the meeting', () => {
    expect(quotes('The meeting was first reported by the Dayton Ledger.')[0]).toMatchObject({
      speaker: 'the Dayton Ledger',
      content: 'The meeting',
      cue: 'reported',
    });
    expect(quotes('Her death was confirmed on Friday by the Eagle Forum.')[0]).toMatchObject({
      speaker: 'the Eagle Forum',
      content: 'Her death',
    });
  });

  it('leaves passives without a reporter alone', () => {
    expect(quotes('The meeting was reported in several papers.')).toHaveLength(0);
    expect(quotes('The results were announced late.')).toHaveLength(0);
  });
});

describe('"That’s according to X"', () => {
  it('attributes the sentence before, or the demonstrative when that sentence has its own attribution', () => {
    expect(
      quotes('The plant will close in March. That’s according to two people familiar with the plans.')[0],
    ).toMatchObject({ speaker: 'two people familiar with the plans', content: 'The plant will close in March' });
    const found = quotes('“We will win,” Ruiz said. That is according to early results of exit polls.');
    expect(found.map((q) => q.content)).toEqual(['We will win,', 'That']);
  });
});

describe('a stance noun after a preposition', () => {
  it('gives "in favor of" the subject of the clause as its speaker', () => {
    expect(
      quotes('In 2012, Ortiz donated $500 to the campaign, and has spoken out in favor of the levy.').find(
        (q) => q.cue === 'favor',
      ),
    ).toMatchObject({ speaker: 'Ortiz', content: 'of the levy' });
  });
});

describe('a participle after a copula clause', () => {
  it('takes the subject of "was" as the speaker', () => {
    expect(
      quotes('It is a long shot, but Ortiz was in Dayton on Tuesday night, emphasizing the port’s importance.').find(
        (q) => q.cue === 'emphasizing',
      ),
    ).toMatchObject({ speaker: 'Ortiz' });
  });
});

describe('a second verb after "and"', () => {
  it('takes the subject of the verb before the conjunction, not the sentence opener', () => {
    expect(
      quotes(
        'There have been sharper jabs, such as when Ortiz knocked Ruiz on trade and called him a “moderate.”',
      ).find((q) => q.cue === 'called'),
    ).toMatchObject({ speaker: 'Ortiz' });
  });
});

describe('a participle after a comma and a time phrase', () => {
  it('reads ", at one point calling" as the main subject’s participle', () => {
    expect(
      quotes('He has battled with the council over the budget, at one point calling the mayor a “liar.”').find(
        (q) => q.cue === 'calling',
      ),
    ).toMatchObject({ speaker: 'He' });
  });
});

describe('"by" and a participle after a modal clause', () => {
  it('takes the subject of the modal, unless a past-tense verb carries the clause', () => {
    expect(
      quotes('She can still make trouble for the board by pushing for a “minority report.”').find(
        (q) => q.cue === 'pushing for',
      ),
    ).toMatchObject({ speaker: 'She' });
    expect(
      quotes('Ortiz has indicated he would curb critics, vowing to “open up” libel laws.').find(
        (q) => q.cue === 'vowing',
      ),
    ).toMatchObject({ speaker: 'Ortiz' });
  });
});

describe('bare clauses after a thought verb', () => {
  it('reads "believes there are …", "believe this provides …" and a long subject before its auxiliary', () => {
    expect(quotes('Ruiz believes there are no good options.')[0]).toMatchObject({
      content: 'there are no good options',
    });
    expect(quotes('Economists believe this provides an incentive to hire.')[0]).toMatchObject({
      content: 'this provides an incentive to hire',
    });
    expect(
      quotes('Campaign aides believe her record as a county judge for eight years will offset his lead.')[0],
    ).toMatchObject({ speaker: 'Campaign aides' });
    expect(quotes('The milk feels dry to the touch.')).toHaveLength(0);
  });
});

describe('an inverted attribution followed by a time clause', () => {
  it('reads "CONTENT, X told his aides as he …" as X telling CONTENT', () => {
    expect(
      quotes('This is not about me, the mayor told her closest aides as she worked on the speech.')[0],
    ).toMatchObject({ speaker: 'the mayor', content: 'This is not about me' });
  });
});

describe('a participle after an aside between dashes', () => {
  it('hangs on the verb before the aside, not on one inside it', () => {
    expect(
      quotes(
        'Protesters marched past the stadium - where the home team played the visitors - while chanting, “Open the port.”',
      )[0],
    ).toMatchObject({ speaker: 'Protesters' });
  });
});

describe('a reported clause inside a description', () => {
  it('ends at ", said" where the outer attribution starts', () => {
    const found = quotes(
      'A third clerk, whom the Ledger is not naming because she said she fears reprisals, said she had not seen the files.',
    );
    expect(found.map((q) => [q.speaker, q.content])).toEqual([
      ['she', 'she fears reprisals'],
      ['A third clerk', 'she had not seen the files'],
    ]);
  });
});
