import { describe, expect, it } from 'vitest';
import { quotesIn } from '../../support/quotes';

/** Which attribution a direct quotation takes when more than one clause stands next to it (our own sentences). */
const quotes = quotesIn;

describe('an attribution followed by more of the speaker’s doings', () => {
  it('keeps a quotation whose speaker’s description ends in ", who added that … “…”"', () => {
    const found = quotes(
      '“We are ready for the vote,” said Dana Ruiz, the union’s chief political organizer, who added that her members would knock on doors “like it was the last week of a race.”',
    );
    expect(found[0]).toMatchObject({ kind: 'direct', speaker: 'Dana Ruiz', content: 'We are ready for the vote,' });
    expect(found[1]).toMatchObject({ kind: 'mixed', speaker: 'who', cue: 'added' });
  });

  it('reads a party tag in brackets as part of the name before ", who …"', () => {
    const found = quotes(
      '“It is the start of real change,” said Sen. Maria Ortiz (D-Ore.), who has pushed for the bill for years. “It will not be the end.”',
    );
    // (The relative clause is a stance of its own: "who has pushed for the bill".)
    expect(found.filter((q) => q.kind === 'direct')).toHaveLength(1);
    expect(found[0]).toMatchObject({
      speaker: 'Sen. Maria Ortiz',
      content: 'It is the start of real change, | It will not be the end.',
    });
  });
});

describe('a new statement after a finished quotation', () => {
  it('does not give a closed quotation to the next sentence’s speaker when that sentence reports words of its own', () => {
    const found = quotes(
      '“I think the plan is the worst I have seen,” the council leader said. “It shows poor judgment.” Ruiz said both proposals are “dead on arrival,” but he gave the mayor a compliment: “He never hides from a fight.”',
    );
    expect(found[0]).toMatchObject({
      speaker: 'the council leader',
      content: 'I think the plan is the worst I have seen, | It shows poor judgment.',
    });
    expect(found[1]).toMatchObject({ kind: 'mixed', speaker: 'Ruiz', cue: 'said' });
  });

  it('still reads a closed quotation’s attribution with a listener after it', () => {
    expect(quotes('“Did you know that?” Ruiz asked the mayor. “Nobody told me.”')[0]).toMatchObject({
      speaker: 'Ruiz',
      cue: 'asked',
    });
  });
});

describe('what stands around a quotation', () => {
  it('reads a month abbreviation and day after the cue as part of the attribution', () => {
    expect(quotes('“The depot is a loss,” Ruiz said Dec. 6 on the city’s morning show.')[0]).toMatchObject({
      kind: 'direct',
      speaker: 'Ruiz',
      content: 'The depot is a loss,',
    });
  });

  it('reads a quotation after an opening participle as that participle’s object', () => {
    const found = quotes(
      'Citing “obligations at home,” the mayor’s spokeswoman told reporters that Ruiz would skip the vote.',
    );
    expect(found.find((q) => q.cue === 'Citing')).toMatchObject({ content: 'obligations at home' });
    expect(found.find((q) => q.cue === 'told')).toMatchObject({
      kind: 'indirect',
      content: 'Ruiz would skip the vote',
    });
  });
});

describe('attributions before a quotation', () => {
  it('gives "He laughed and said, “…”" the subject of the first verb', () => {
    expect(quotes('Ortiz laughed and said, “We’ll see.”')[0]).toMatchObject({
      speaker: 'Ortiz',
      content: 'We’ll see.',
    });
    expect(quotes('Ruiz paused, then said: “The depot stays.”')[0]).toMatchObject({ speaker: 'Ruiz' });
  });

  it('reads an opening "Said NAME, who …," with a long description', () => {
    expect(
      quotes('Said Dana Ruiz, who grew up near the depot in the harbor district, “We were all so proud of it.”')[0],
    ).toMatchObject({ speaker: 'Dana Ruiz', content: 'We were all so proud of it.' });
  });

  it('gives "footage of Ruiz asking, “…”" to Ruiz, while "a video of the rally shows …" stays the video’s', () => {
    expect(quotes('The ad uses footage of Ruiz asking, “Why is the depot closed?”')[0]).toMatchObject({
      speaker: 'Ruiz',
    });
    expect(quotes('A video of the rally shows the mayor leaving early.')[0]).toMatchObject({
      speaker: 'A video of the rally',
    });
  });

  it('reads "the mayor asking, “…”" as the mayor’s question, also inside what a video shows', () => {
    expect(quotes('The video shows the mayor asking, “Who approved this?”')[0]).toMatchObject({
      kind: 'direct',
      speaker: 'the mayor',
      cue: 'asking',
    });
  });

  it('keeps an introducing "X said:" for the quotation when ", adding that …" follows it', () => {
    const found = quotes(
      'In a statement, the port said: "The depot was a success for a decade," adding that its value had doubled.',
    );
    expect(found[0]).toMatchObject({ kind: 'direct', speaker: 'the port', cue: 'said' });
    expect(found[1]).toMatchObject({ speaker: 'the port', cue: 'adding', content: 'its value had doubled' });
  });

  it('reads a whole utterance followed by an adverbial or a next action as a direct quote', () => {
    expect(quotes('A councilman yelled “Shame on you!” at the mayor during the vote.')[0]).toMatchObject({
      kind: 'direct',
      speaker: 'A councilman',
      content: 'Shame on you!',
    });
    expect(quotes('Protesters marching past the depot chanted “Who runs the port?”')[0]).toMatchObject({
      kind: 'direct',
      speaker: 'Protesters',
    });
    expect(quotes('Dock workers chanted “Who runs the port?” and kept marching until dawn.')[0]).toMatchObject({
      kind: 'direct',
      speaker: 'Dock workers',
      content: 'Who runs the port?',
    });
  });
});

describe('speakers of coordinated and progressive cues', () => {
  it('finds the subject across "and officially endorsed", ", and added:" and "is also asking"', () => {
    expect(
      quotes('Ruiz appeared with the mayor and officially endorsed Ortiz, saying, “She is ready for the job.”')[0],
    ).toMatchObject({ speaker: 'Ruiz' });
    expect(
      quotes('The judge noted that she taught law, and added: “I know a little about this.”').find(
        (q) => q.cue === 'added',
      )?.speaker,
    ).toBe('The judge');
    expect(quotes('Ruiz is also asking the board to release the full file.')[0]).toMatchObject({
      speaker: 'Ruiz',
      content: 'to release the full file',
    });
  });

  it('gives a verb coordinated after a reported clause the reporter, not the clause’s subject', () => {
    const found = quotes('Ortiz confirmed she had been and said, “The city has a problem it tries to overlook.”');
    expect(found.find((q) => q.kind === 'direct')?.speaker).toBe('Ortiz');
    // ("when" and "after" clauses keep their own subject: the nested verb is as often the coordinated one.)
    expect(
      quotes('The crowd cheered when Ruiz spotted a sign and said, “Bring it up here.”').find(
        (q) => q.kind === 'direct',
      )?.speaker,
    ).toBe('Ruiz');
  });

  it('gives a quotation after "X asked for … and Y said," to Y alone', () => {
    const found = quotes('A woman asked for a photo and Ruiz said, “Sure, we can do that.”');
    expect(found.filter((q) => q.content === 'Sure, we can do that')).toEqual([
      expect.objectContaining({ speaker: 'Ruiz', cue: 'said' }),
    ]);
    expect(quotes('Ruiz told reporters and donors that the plan was dead.')[0]?.content).toBe('the plan was dead');
  });

  it('reads "…, with X yelling: “…”" as X speaking', () => {
    expect(
      quotes('Some of the fans pushed a steward, with Ruiz reportedly yelling: “Get him out of here!”')[0],
    ).toMatchObject({ kind: 'direct', speaker: 'Ruiz', cue: 'yelling' });
    expect(quotes('He met with reporters waiting outside.')).toEqual([]);
  });

  it('finds the head of a long "who" clause that ends in a verb’s object', () => {
    expect(
      quotes('The judges who ruled that the county could not enforce its rule said the problem was the fee.')[0],
    ).toMatchObject({ speaker: 'The judges', content: 'the problem was the fee' });
  });

  it('keeps "but with …" inside a speaker’s description', () => {
    expect(
      quotes('Pilots with no stake in the case but with years on the river said the channel was safe.')[0],
    ).toMatchObject({ speaker: 'Pilots with no stake in the case but with years on the river' });
  });

  it('gives a participle after a reported clause the reporter: "told them that she believes …, saying …"', () => {
    const found = quotes(
      'Ruiz told the audience that she believes the city must keep investing, saying that “the harbor still decides too much” here.',
    );
    expect(found.find((q) => q.cue === 'saying')?.speaker).toBe('Ruiz');
  });

  it('gives ", adding, “…”" after a reported clause with a quotation in it the clause’s subject', () => {
    const found = quotes(
      'Ruiz told the Ledger that the mayor “had a plan that was doomed from the start,” adding, “He lost the harbor vote.”',
    );
    expect(found.find((q) => q.cue === 'adding')).toMatchObject({ kind: 'direct', speaker: 'Ruiz' });
  });

  it('finds the subject of a perfect with an irregular participle before ", saying"', () => {
    expect(
      quotes(
        'BOSTON (AP) – Mayor Ruiz has taken a swipe at the harbor board, saying that “empty promises” cost jobs.',
      )[0],
    ).toMatchObject({ speaker: 'Mayor Ruiz', cue: 'saying' });
  });

  it('never takes a dateline for the speaker', () => {
    const found = quotes(
      'BOSTON (AP) — Under pressure from the board over the harbor budget for many weeks now, and saying the cuts were “a mistake.”',
    );
    expect(found[0]?.speaker ?? null).not.toBe('BOSTON');
  });

  it('does not take the listener after "telling" for the speaker', () => {
    expect(
      quotes('Weaver didn’t seem impressed with the mayor’s comments, telling reporters, “Nobody asked for this.”')[0],
    ).toMatchObject({ speaker: 'Weaver', cue: 'telling' });
  });

  it('finds the subject of a list of verbs: "looked up, frowned and said"', () => {
    const found = quotes(
      'When I asked the coach about the loss, he looked straight into the camera, furrowed his brow and said, “I will be back.”',
    );
    expect(found.find((q) => q.kind === 'direct')?.speaker).toBe('he');
  });

  it('leaves a time word out of the speaker: "For weeks the campaign had …"', () => {
    expect(
      quotes('For weeks the campaign had placed newspaper ads calling the merger a "$25 billion mistake."')[0],
    ).toMatchObject({ speaker: 'the campaign' });
  });
});
