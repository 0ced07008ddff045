import { isSpeakerNoun } from '../sources/speaker-nouns';
import type { Token } from '../text/tokens';
import { isIrregularPast, wordClass } from '../text/word-class';
import { wordSet } from '../text/word-list';

/**
 * The closed word lists and word-level tests the subject chunkers share (subject.ts, subject-after.ts): words
 * between a subject and its verb, time words, sentence adverbs, and the shapes that keep a phrase going
 * ("people interviewed", "sources privy to", "the experts I interviewed").
 */

/** Adverbs and auxiliaries between a subject and its verb: "Smith also said", "he has repeatedly argued". */
const BETWEEN_SUBJECT_AND_VERB = wordSet(`
  also later then has had have once previously repeatedly recently again publicly privately separately
  similarly simply just flatly further first initially subsequently quickly often frequently reportedly allegedly
  would will could might may did does do is was were are been be even still never always only now already
  angrily bluntly candidly quietly openly emphatically firmly yesterday today tonight not n't earlier
  remain remains remained
  explicitly directly long widely correctly rightly wrongly falsely sharply strongly bitterly jokingly loudly
  softly calmly immediately eventually finally ultimately clearly plainly essentially basically generally
  particularly specifically likewise meanwhile accurately recently formally informally personally herself
  himself themselves itself however too quoted cited
`);

export const IRREGULAR_VERB = /^(?:told|said|says|wrote|thought|knew|found|made|took|gave|sent)$/i;

/** "Smith also said", "it proudly declared": auxiliaries and adverbs (most end in -ly) before the verb. */
export function isBetweenSubjectAndVerb(t: Token | undefined): boolean {
  if (!t?.word) return false;
  const lower = t.text.toLowerCase();
  return BETWEEN_SUBJECT_AND_VERB.has(lower) || (/^\p{Ll}{3,}ly$/u.test(t.text) && !LY_NOUNS.has(lower));
}

/** Words ending in -ly that are not adverbs. */
const LY_NOUNS = wordSet(
  'family rally ally reply supply apply assembly monopoly anomaly belly bully jelly lily butterfly',
);

/** Prepositions that attach inside a speaker's description ("director of the Institute at NYU"). */
export const NP_PREPOSITIONS = wordSet('of for at in from with on to by around across throughout');

/** "those surveyed", "people interviewed": a participle naming who was asked is part of the phrase. */
export function isPolledGroup(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.text ?? '';
  return (
    /^\p{Ll}+ed$/u.test(tokens[i]?.text ?? '') &&
    (/^(?:those|people|voters|respondents|adults|americans|residents)$/i.test(before) ||
      // "56 percent of Cuban-Americans polled": a plural after "of" with a polling participle.
      (/^(?:polled|surveyed|interviewed|questioned|sampled|asked|contacted)$/.test(tokens[i]?.text ?? '') &&
        /s$/.test(before) &&
        tokens[i - 2]?.text.toLowerCase() === 'of'))
  );
}

/**
 * "veterans interviewed at the rallies", "officials briefed on the talks", "a report released Tuesday": a past
 * participle after a noun for people or documents, before a preposition or a time word, is a reduced relative
 * clause inside the phrase.
 */
export function isReducedRelative(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  return (
    /^\p{Ll}+ed$/u.test(tokens[i]?.text ?? '') &&
    isSpeakerNoun(tokens[i - 1]?.text ?? '') &&
    (wordClass(tokens[i + 1]) === 'prep' || TIME_HEADS.has(next) || TIME_MODIFIERS.test(next))
  );
}

/** "Cruz’s thinking", "his spending": an -ing form after a possessive is a noun. */
export function isPossessedNoun(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.text.toLowerCase() ?? '';
  return (
    /ing$/.test(tokens[i]?.text ?? '') && (/['’]s$/.test(before) || /^(?:his|her|their|its|our|my|your)$/.test(before))
  );
}

/** "I interviewed", "we spoke with", "I've talked to": the writer's contact clause after a noun for people. */
export function isContactClause(tokens: Token[], i: number, end: number): boolean {
  if (!/^(?:i|we|i've|we've)$/i.test((tokens[i]?.text ?? '').replace('’', "'"))) return false;
  if (!isSpeakerNoun(tokens[i - 1]?.text ?? '')) return false;
  const rest = tokens
    .slice(i + 1, end + 1)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  // ("… I've spoken with over the last couple of weeks": a time phrase may close the clause.)
  return /^(?:(?:have |had )?(?:interviewed|surveyed|contacted|consulted|reached|asked)|(?:have |had )?(?:spoken|talked|spoke) (?:with|to))(?: (?:over|in|during|for) the (?:last|past) (?:[a-z]+ ){0,3}(?:days?|weeks?|months?|years?))?$/.test(
    rest,
  );
}

/** Adverbs that sit before a verb, never inside a noun phrase. */
export const VERB_ADVERBS = wordSet('also never always already repeatedly reportedly allegedly previously still');

/** Adjectives that take "to" as a preposition: "sources privy to the talks", "people close to him". */
export const TO_ADJECTIVES = wordSet(
  'privy close loyal friendly sympathetic allied connected linked related opposed near',
);

/** Quantifiers that stand for people on their own: "Some say …", "Many argue …". */
const QUANTIFIER_HEADS = wordSet(
  'some many most both few several others another one two three four five six seven eight nine ten half all none',
);

/** "Some say", "those surveyed said", "those close to him said": words that stand for people without a noun. */
export function standsForPeople(tokens: Token[], i: number, last: number): boolean {
  const lower = tokens[i]?.text.toLowerCase() ?? '';
  // ("three-fourths say", "two-thirds of voters said": a fraction is a share of people.)
  const fraction =
    /^(?:one|two|three|four|five|six|seven|eight|nine)-(?:half|halves|thirds?|fourths?|quarters?|fifths?|tenths?)$/.test(
      lower,
    );
  return (i === last && (QUANTIFIER_HEADS.has(lower) || fraction)) || (lower === 'those' && i < last);
}

/**
 * Sentence adverbs that open a sentence before its subject. Listed, not matched by "-ly": "Kelly, a
 * spokeswoman, said" is a name.
 */
const SENTENCE_ADVERBS =
  /^(?:however|meanwhile|still|instead|moreover|furthermore|nonetheless|nevertheless|also|then|now|yet|indeed|again|today|yesterday|separately|similarly|additionally|finally|ultimately|notably|importantly|interestingly|initially|originally|currently|recently|previously|subsequently|consequently|accordingly|frankly|clearly|apparently|reportedly|privately|publicly|specifically|generally|overall|earlier|later)$/i;

export function isSentenceAdverb(word: string): boolean {
  return SENTENCE_ADVERBS.test(word);
}

/** Words that open a time phrase: "last year", "this week", "earlier this month". */
export const TIME_MODIFIERS = /^(?:last|this|next|early|earlier|late|later|each|every|several|few)$/i;

/** A stretch ending in a time word is an adverbial ("Just last week, …"), not a speaker. */
export const TIME_HEADS = wordSet(`
  week weeks month months year years day days today yesterday tonight morning afternoon evening night weekend
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august
  september october november december spring summer fall autumn winter time times moment hour hours
`);

/** "him", "it", "her" right after a preposition: an object inside a phrase ("a person close to her"). */
export function isObjectAfterPreposition(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || wordClass(tokens[i - 1]) !== 'prep') return false;
  return wordClass(t) === 'obj' || /^(?:it|you|her)$/i.test(t.text);
}

/** "close to" after a noun is an adjective ("a source close to the mayor"), not the verb "close". */
export function isCloseTo(tokens: Token[], i: number): boolean {
  return /^close$/i.test(tokens[i]?.text ?? '') && /^to$/i.test(tokens[i + 1]?.text ?? '');
}

/** An -ing word after a determiner is a noun: "the restructuring", "his thinking". */
export function isGerundNoun(tokens: Token[], i: number): boolean {
  return /ing$/i.test(tokens[i]?.text ?? '') && wordClass(tokens[i - 1]) === 'det';
}

/** A past-tense form: "said", "wrote", "declared". */
export function isPastForm(text: string): boolean {
  return isIrregularPast(text.toLowerCase()) || /^\p{Ll}+ed$/u.test(text);
}
