import { WITHHOLDING_REQUEST } from '../sources/lexicon';
import type { Token } from '../text/tokens';
import { isModal, looksLikeVerb, wordClass } from '../text/word-class';
import { wordSet } from '../text/word-list';
import { BE, type Cue, closingMarkWithin, isPassiveAt, makeCue, NOUN_BEFORE, passiveReportBy } from './cue-base';
import { DOCUMENT_NOUNS, documentBefore, opensClause, ruledOutByContext } from './cue-context';
import { type CueClass, cueWord, reportsAsParticiple } from './lexicon';
import { phrasalCueAt } from './phrasal-cues';
import { isObjectAfterPreposition, TIME_HEADS } from './subject-words';

export type { Cue } from './cue-base';

const SUBJECT_LIKE = wordSet('he she they it we i you who which');
/**
 * Forms that are more often nouns than verbs in news ("the state", "a tweet", "his remarks"): cues only right
 * after a subject pronoun or right before "that".
 */
const NOUN_LIKE = wordSet(`
  state states attack attacks contest contests email emails tweet tweets comment comments question questions
  remark remarks report reports call calls plan plans note notes message messages reason reasons claim claims
  charge charges answer answers post posts text texts hope hopes fear fears offer offers demand demands promise
  promises thanks thank estimate estimates guess counter counters record records cite blast blasts quip quips
  joke jokes boast boasts protest protests object objects concern concerns signal signals hint hints
  support supports back backs figure figures pledge pledges vow vows credit credits order orders request requests
  reference references
`);
/** Past participles that are not past tenses: a cue only after "has/have/had". */
const PARTICIPLES = wordSet('known shown written thrown given');
const HAVE = wordSet('has have had');

/** Particles that complete a cue: "pointed out", "called for", "called on". */
const PARTICLES: Record<string, string[]> = { point: ['out', 'to'], call: ['for', 'on'], speak: ['about'] };

/** Nouns that end an adverbial "at" phrase before a participle: "at one point calling …", "at times saying …". */
const AT_NOUNS = wordSet('point times');

/** Adverbs that may stand inside a progressive: "is also telling", "is once again questioning". */
const PROGRESSIVE_ADVERBS = wordSet('also again once now still already even increasingly repeatedly openly publicly');

/** "is once again questioning", "is also encouraging": "is" and one or two adverbs before the -ing form. */
function progressiveAcrossAdverbs(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= i - 2 && PROGRESSIVE_ADVERBS.has(tokens[k]?.text.toLowerCase() ?? '')) k--;
  const be = tokens[k]?.text.toLowerCase() ?? '';
  return k < i - 1 && BE.has(be) && be !== 'being' && be !== 'be';
}

/** Whether an opening quotation mark stands within the next `reach` tokens, before any sentence stop. */
function openingMarkWithin(tokens: Token[], i: number, reach: number): boolean {
  for (let k = i + 1; k < tokens.length && k - i <= reach; k++) {
    const text = tokens[k]?.text ?? '';
    if (/^[“"]$/.test(text)) return true;
    if (/^[.;:!?]$/.test(text)) return false;
  }
  return false;
}

/** A headline in title case: most words capitalized. */
function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let capitalized = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length <= 3) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) capitalized++;
  }
  return words >= 3 && capitalized / words >= 0.8;
}

/**
 * "…, with Trump reportedly yelling: “…”": a speech verb's participle after "with" and its own subject (a
 * short noun phrase, perhaps an adverb after it).
 */
function withSubjectBefore(tokens: Token[], i: number, cls: CueClass): boolean {
  if (cls !== 'speech') return false;
  let k = i - 1;
  while (k > 0 && /^\p{Ll}+ly$/u.test(tokens[k]?.text ?? '')) k--;
  const last = k;
  while (k > 0 && last - k < 4 && ['word', 'cap', 'num', 'det'].includes(wordClass(tokens[k]))) k--;
  return k < last && /^with$/i.test(tokens[k]?.text ?? '') && !looksLikeVerb(tokens[last]);
}

/**
 * A reporting cue at token i: a finite reporting verb ("said", "tells"), "as saying", a participle after a
 * comma ("…, adding that"), "according to", "pointed out". Nouns ("the report", "a tweet") and
 * infinitives ("to say") are not cues.
 */
export function cueAt(tokens: Token[], i: number): Cue | null {
  const t = tokens[i];
  if (!t?.word) return null;
  const lower = t.text.toLowerCase();
  const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
  // Multi-word and context-bound cues ("according to", "pointed out", "shot back", "put it", "read").
  const phrasal = phrasalCueAt(tokens, i, lower, prev);
  if (phrasal !== undefined) return phrasal;
  const word = cueWord(lower);
  if (!word) return null;
  // (Measured on PolNeAR: the plain "support" and "favored" mark a stance readers rarely take as a source's.)
  if (lower === 'support' || lower === 'favored') return null;
  // "All told, up to 5 million people …": an idiom for "in total".
  if (lower === 'told' && prev === 'all' && tokens[i + 1]?.text === ',') return null;
  // "adding to her run of victories": adding up, not adding words.
  if (word.lemma === 'add' && tokens[i + 1]?.text.toLowerCase() === 'to') return null;
  // "who asked not to be named", "requested anonymity": the terms of anonymity, not a statement.
  if (
    /^(?:ask|request|decline|refuse|want)$/.test(word.lemma) &&
    WITHHOLDING_REQUEST.test(
      tokens
        .slice(i, i + 7)
        .map((w) => w.text)
        .join(' '),
    )
  )
    return null;
  // "a liberal think tank": a noun.
  if ((lower === 'think' || lower === 'thinks') && tokens[i + 1]?.text.toLowerCase().startsWith('tank')) return null;
  // Capitalized forms are names or nouns ("the United States", "The Post"), except at sentence start and in
  // title-case headlines ("Trump Says He Will Win").
  if (i > 0 && /^\p{Lu}/u.test(t.text) && /[\p{L}\p{N}]/u.test(prev) && !isTitleCase(tokens)) return null;
  // A pronoun with its auxiliary contracted onto it ("he’s predicting", "they’ve said", "who’d argued",
  // "that’s wanted"): the word class reads it as the pronoun.
  const contractedAuxiliary =
    /['’](?:s|re|m|ve|d)$/.test(prev) && (['pron', 'rel'].includes(wordClass(tokens[i - 1])) || /^that['’]/.test(prev));
  // "water bottles that said …", "a video that says …": "that" after a noun is a relative pronoun, not the
  // determiner of "that statement" or the "That said," of a sentence start.
  const relativeThat =
    prev === 'that' && i >= 2 && wordClass(tokens[i - 2]) === 'word' && !looksLikeVerb(tokens[i - 2]);
  // ("a source close to her said": "her" after a preposition is an object pronoun; a verb may follow it, though
  // a noun-like form stays a noun: "responded to her claims".)
  const objectHer = prev === 'her' && isObjectAfterPreposition(tokens, i - 1) && !NOUN_LIKE.has(lower);
  if (
    (NOUN_BEFORE.test(prev) && !relativeThat && !objectHer) ||
    prev === 'to' ||
    (/['’]s$/.test(prev) && !contractedAuxiliary)
  )
    return null;
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  // ("the party's last contested primary", "a contested race": after an article, a possessive determiner or
  // "last/most", a past form right before a noun is an adjective; "have both supported implementation" is
  // a verb.)
  if (
    /ed$/.test(lower) &&
    wordClass(tokens[i + 1]) === 'word' &&
    !looksLikeVerb(tokens[i + 1]) &&
    /^(?:the|a|an|his|her|its|their|our|my|your|last|most)$/.test(prev)
  )
    return null;
  // (`,” Conway notes.`: a name right after a quotation is a subject, so the noun-like form is a verb.)
  // (`,” a voice-over in the ad states.`: a short subject between a closing mark and the sentence end, too.)
  const nameAfterQuote =
    /^[.,;:!?]$/.test(next) &&
    ((wordClass(tokens[i - 1]) === 'cap' && /^[”",]$/.test(tokens[i - 2]?.text ?? '')) ||
      (i + 2 >= tokens.length && closingMarkWithin(tokens, i, 6)));
  // ("Sanders calls Clinton unqualified", "calls himself a socialist": "calls" with an object after a name.)
  // ("Trump calls for bringing back …": a demand after a name.)
  const namingVerb =
    (lower === 'calls' || lower === 'call') &&
    wordClass(tokens[i - 1]) === 'cap' &&
    (/^(?:him|her|them|himself|herself|themselves|itself|this|it|for|on)$/.test(next) ||
      wordClass(tokens[i + 1]) === 'cap');
  // ("Clinton supports “appropriate pay raises”": after a name and before a quotation it is the verb.)
  // ("Rivera calls a screaming Santilli a “fascist”", "…, a speechwriter, calls Cruz “a conviction candidate”":
  // "calls" with a quotation soon after names something.)
  // ("The New York Times reports:": a name, the form and a colon introduce what follows.)
  const beforeQuotation =
    (wordClass(tokens[i - 1]) === 'cap' && /^[“":]$/.test(next)) ||
    (lower === 'calls' && openingMarkWithin(tokens, i, 8));
  // ("Trump claims he's worth $10 billion", "The ad claims “Jeb is …”": a present-tense form after a name or
  // a noun, before a clause of its own, is the verb.)
  // ("The candidate plans to be back", "American officials hope the technology can …": a third-person form,
  // or a plain form after a plural subject, then "to" or a clause.)
  // ("The governor, Mike Pence, plans to …": the same after an appositive name closed by a comma.)
  const afterAppositive = prev === ',' && /s$/.test(lower) && wordClass(tokens[i - 2]) === 'cap';
  const presentBeforeClause =
    (((/s$/.test(lower) || /[^s]s$/i.test(prev)) &&
      ['cap', 'word'].includes(wordClass(tokens[i - 1])) &&
      !looksLikeVerb(tokens[i - 1])) ||
      afterAppositive) &&
    (opensClause(tokens, i + 1) || (next === 'to' && ['word', 'aux'].includes(wordClass(tokens[i + 2]))));
  // ("Southern states that will hold contests": "that" and a verb open a relative clause on the noun.)
  const relativeAfter = next === 'that' && (wordClass(tokens[i + 2]) === 'aux' || looksLikeVerb(tokens[i + 2]));
  if (
    NOUN_LIKE.has(lower) &&
    !SUBJECT_LIKE.has(prev) &&
    // ("will demand more details", "could call on …": a plain form after a modal is the verb.)
    !isModal(prev) &&
    (next !== 'that' || relativeAfter) &&
    !nameAfterQuote &&
    !namingVerb &&
    !beforeQuotation &&
    !presentBeforeClause
  )
    return null;
  // "the reality TV show", "a talk show": a show, not showing.
  if (
    (lower === 'show' || lower === 'shows') &&
    /^(?:tv|talk|game|reality|radio|news|morning|road|trade|cooking|comedy|late-night|variety|quiz)$/i.test(prev)
  )
    return null;
  if (ruledOutByContext(tokens, i, word.lemma)) return null;
  // "the 35 states that …": after a number it is a counted noun.
  if (NOUN_LIKE.has(lower) && /^\d/.test(prev)) return null;
  if (PARTICIPLES.has(lower) && !HAVE.has(prev)) return null;
  // "repairs expected to take a year": "expected" right after a common noun and before "to" is a reduced
  // relative clause, not a cue ("is expected to" is).
  if (
    lower === 'expected' &&
    next === 'to' &&
    /^\p{Ll}/u.test(prev) &&
    !SUBJECT_LIKE.has(prev) &&
    !BE.has(prev) &&
    // ("is widely expected to", "is not expected to": an adverb after the auxiliary.)
    !BE.has(tokens[i - 2]?.text.toLowerCase() ?? '') &&
    tokens[i - 1]?.word
  ) {
    return null;
  }
  // Passives ("was asked", "is known", "were widely derided") attribute nothing to the subject, except
  // "is expected to".
  const passive = isPassiveAt(tokens, i);
  // ("was asked whether …" reports the question put to the subject: the question pass reads it.)
  const askedQuestion =
    lower === 'asked' && /^(?:whether|if|why|how|what|who|which|when|where|about|to|by)$/.test(next);
  // ("was first reported by Politico": a passive report names its reporter after "by".)
  const reportedBy = passive && passiveReportBy(tokens, i, word.lemma) >= 0;
  if (passive && word.lemma !== 'expect' && !lower.endsWith('ing') && !askedQuestion && !reportedBy) return null;
  let lastIndex = i;
  const particle = tokens[i + 1]?.text.toLowerCase() ?? '';
  if (PARTICLES[word.lemma]?.includes(particle)) lastIndex = i + 1;
  const isIng = lower.endsWith('ing') && word.lemma !== 'bring';
  if (isIng) {
    // "as saying", ", adding that", "by saying", "while insisting"
    // The progressive: "Trump is telling a veterans group that …", "she was insisting …".
    if (
      (BE.has(prev) && prev !== 'being' && prev !== 'be') ||
      (/['’](?:s|re|m)$/.test(prev) && contractedAuxiliary) ||
      progressiveAcrossAdverbs(tokens, i)
    ) {
      return makeCue(tokens, i, lastIndex, word.lemma, word.cls, word.weight * 0.9);
    }
    if (prev === 'as' || prev === 'by' || prev === 'before' || prev === 'after' || prev === 'while') {
      // ("replied, before adding that …": the participle reports on its own; "as saying" keeps "as".)
      const withPreposition = prev === 'as' || prev === 'by';
      if (!withPreposition && !reportsAsParticiple(word.lemma, word.cls)) return null;
      const first = withPreposition ? i - 1 : i;
      return makeCue(tokens, first, lastIndex, word.lemma, word.cls, word.weight, true);
    }
    // "with 22 percent saying they would not support him", "voters saying they want …": a participle right
    // after its own subject (whether that subject can speak is checked with the content).
    const ownSubject =
      /^(?:say|tell|write|note|add|claim|argue|warn|predict|suggest|call|ask)$/.test(word.lemma) &&
      tokens[i - 1]?.word === true &&
      ['word', 'cap', 'num'].includes(wordClass(tokens[i - 1])) &&
      !looksLikeVerb(tokens[i - 1]) &&
      !/ly$/.test(prev) &&
      // ("sent an email saying …": the sender speaks, see below; so in "sent an email Wednesday saying …".)
      !DOCUMENT_NOUNS.test(prev) &&
      !documentBefore(tokens, i) &&
      // ("at one point calling the mayor a liar", "at times saying": an adverbial is no subject; but "a post
      // last week saying" is the post's.)
      !AT_NOUNS.has(prev);
    if (ownSubject || withSubjectBefore(tokens, i, word.cls))
      return makeCue(tokens, i, lastIndex, word.lemma, word.cls, word.weight * 0.8);
    // ", saying …", or right after a document: "issued a statement calling the test a violation".
    const afterDocument = DOCUMENT_NOUNS.test(prev) || documentBefore(tokens, i);
    // American style puts the comma inside the closing mark: `told "Fox and Friends," reminding …`.
    const afterQuotedComma = /^["”]$/.test(prev) && tokens[i - 2]?.text === ',';
    // "…, saying he has been a pioneer and calling him “a feminist”": a second participle after "and".
    // ("Saying the plan was dead, Ruiz left the room": a participle opening the sentence.)
    const opening = i === 0 || /^[“"(]$/.test(prev);
    // (", at one point calling the mayor a liar": a short time phrase may stand between the comma and it.)
    const afterTimePhrase =
      (TIME_HEADS.has(prev) || AT_NOUNS.has(prev)) &&
      [2, 3, 4].some((k) => tokens[i - k]?.text === ',' && tokens.slice(i - k + 1, i).every((t) => t.word));
    if (
      (prev === ',' ||
        afterTimePhrase ||
        prev === '—' ||
        prev === '–' ||
        prev === 'and' ||
        afterDocument ||
        afterQuotedComma ||
        opening) &&
      reportsAsParticiple(word.lemma, word.cls)
    ) {
      return makeCue(tokens, i, lastIndex, word.lemma, word.cls, word.weight * 0.9, true);
    }
    return null;
  }
  return makeCue(tokens, i, lastIndex, word.lemma, word.cls, word.weight);
}
