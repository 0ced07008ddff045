import type { TextDoc } from '../../text/document';
import { quotedNameEnd } from '../../text/quoted-name';
import type { Token } from '../../text/tokens';
import { looksLikeVerb, wordClass } from '../../text/word-class';
import { wordSet } from '../../text/word-list';
import { type Cue, cueAt } from '../cue';
import { isSpeechVerb, needsThat, takesBareClause } from '../lexicon';
import { THAT_NOUNS } from '../nominal';
import type { Subject } from '../subject';
import { type Candidate, contentWords, isPunct, MIN_CONTENT_WORDS, spanOf } from './candidate';
import {
  ADVERBIAL_PREPOSITIONS,
  afterAdverbial,
  clauseEnd,
  hasFiniteVerbSoon,
  looksLikePresentInS,
  presentAfterSingular,
} from './clause-ends';
import { phraseEnd } from './phrase-ends';
import { insideQuote, NAMING } from './quoted-spans';
import { canSpeak, evidenceSubject, leadsSubordinateClause } from './speakers';

/** Forward attributions: "X said (that) CONTENT", "X told reporters CONTENT", "X wants to CONTENT". */

/** Words that open an adverbial between a cue and its content: "said on Friday that …". */
export const ADVERBIAL_START = wordSet(`
  during in on at after before while when last this earlier later yesterday today tonight monday tuesday
  wednesday thursday friday saturday sunday recently previously repeatedly privately publicly separately again
  also then through via over from in per according citing
`);

export const SUBJECT_PRONOUN = /^(?:he|she|they|we|it|i)$/i;

/** Word classes that open a noun-phrase object of an intent verb. */
const INTENT_OBJECT_CLASSES = new Set(['det', 'cap', 'word', 'num']);

/** Things one tells (rather than people one tells something to). */
const TOLD_THINGS = wordSet('joke jokes story stories tale tales lie lies truth anecdote anecdotes');

/** Whether a noun phrase of something told starts at tokens[i]: "a joke", "one slightly different tale". */
function toldObjectAt(tokens: Token[], i: number): boolean {
  if (!['det', 'num'].includes(wordClass(tokens[i])) && !TOLD_THINGS.has(tokens[i]?.text.toLowerCase() ?? ''))
    return false;
  for (let k = i; k < tokens.length && k - i <= 3; k++) {
    if (TOLD_THINGS.has(tokens[k]?.text.toLowerCase() ?? '')) return true;
    if (!tokens[k]?.word) return false;
  }
  return false;
}

/**
 * The index just past a short listener at `i`: a name with or without "the" ("the Dayton Ledger", "CNN"), or
 * "the"/"a" and one noun ("the newspaper"). -1 when none.
 */
function shortListenerEnd(tokens: Token[], i: number): number {
  let k = /^(?:the|a|an)$/i.test(tokens[i]?.text ?? '') ? i + 1 : i;
  if (wordClass(tokens[k]) === 'cap') {
    while (wordClass(tokens[k]) === 'cap') k++;
    return k;
  }
  return k > i && wordClass(tokens[k]) === 'word' && !looksLikeVerb(tokens[k]) ? k + 1 : -1;
}

function opensNounPhrase(t: Token | undefined): boolean {
  return ['det', 'cap', 'num'].includes(wordClass(t));
}

/** How many tokens a listener before "that" or "to" may take. */
const MAX_LISTENER_TOKENS = 10;

/**
 * "and" or "but" with a speaker and a speech verb of their own after it: in "asked for a photo and Clinton
 * said, “…”" what follows the comma is Clinton's, not what was asked.
 */
function newSpeakerAfter(tokens: Token[], j: number): boolean {
  if (!/^(?:and|but)$/i.test(tokens[j]?.text ?? '')) return false;
  for (let k = j + 2; k <= j + 4 && tokens[k]?.word; k++) {
    const cue = cueAt(tokens, k);
    if (cue && (cue.cls === 'speech' || cue.cls === 'listener')) return true;
  }
  return false;
}

/** Index of the first content token after a forward cue: skips listener, object before "to", "that". */
export function complementStart(tokens: Token[], cue: Cue): number {
  let i = cue.lastIndex + 1;
  if (cue.lemma === 'ask' || cue.lemma === 'wonder' || cue.lemma === 'question') {
    // "asked (reporters) whether …", "asked why …": the question is the content.
    for (let j = i; j < tokens.length && j - i <= 6; j++) {
      if (/^(?:whether|if|why|how|what|when|where|who|which)$/i.test(tokens[j]?.text ?? '')) return j;
      if (!tokens[j]?.word) break;
    }
  }
  // "told a joke", "tells one joke about Trump", "told a slightly different tale": what was told, no listener.
  if (cue.lemma === 'tell' && toldObjectAt(tokens, i)) return i;
  const quotedListener = cue.cls === 'listener' ? quotedNameEnd(tokens, i) : -1;
  if (quotedListener >= 0)
    i = quotedListener + 1; // told "Meet the Press" that …
  else if (cue.cls === 'listener' || cue.lemma === 'ask' || cue.lemma === 'urge') {
    // Skip a short object: "told reporters", "told The Associated Press", "urged voters to".
    let j = i;
    while (
      j < tokens.length &&
      j - i < MAX_LISTENER_TOKENS &&
      !/^(?:that|to)$/i.test(tokens[j]?.text ?? '') &&
      !newSpeakerAfter(tokens, j)
    ) {
      // (A listener may name a show in quotation marks: `told MSNBC's "Morning Joe" that …`.)
      const show = cue.cls === 'listener' && /['’]s$/.test(tokens[j - 1]?.text ?? '') ? quotedNameEnd(tokens, j) : -1;
      if (show >= 0) j = show + 1;
      else if (tokens[j]?.word || /^['’]s$/.test(tokens[j]?.text ?? '')) j++;
      else break;
    }
    const stop = tokens[j]?.text.toLowerCase() ?? '';
    const clauseEnds = j >= tokens.length || /^[.!?;]$/.test(stop);
    // "told Reuters he would resign": a subject pronoun after the listener opens the reported clause.
    const pronounSubject = tokens.slice(i + 1, j).findIndex(
      (t, k) =>
        (SUBJECT_PRONOUN.test(t.text) &&
          (wordClass(tokens[i + k + 2]) === 'aux' || looksLikeVerb(tokens[i + k + 2]))) ||
        // ("tells voters she’s with them": the auxiliary contracted onto the pronoun.)
        (wordClass(t) === 'pron' && /['’](?:s|re|ll|d|ve|m)$/i.test(t.text)),
    );
    const listenerEnd = shortListenerEnd(tokens, i);
    if (pronounSubject >= 0) i = i + 1 + pronounSubject;
    // ("told the Ledger the deal was off": a named or one-noun listener, then a clause of its own.)
    else if (
      listenerEnd > i &&
      listenerEnd < j &&
      opensNounPhrase(tokens[listenerEnd]) &&
      hasFiniteVerbSoon(tokens, listenerEnd)
    )
      i = listenerEnd;
    else if (stop === 'that' || stop === 'to' || stop === ',' || stop === ':') i = j;
    // "told French television station BFMTV." names only the listener: nothing is reported after it.
    else if (
      clauseEnds &&
      !tokens
        .slice(i, j)
        .some((t, k) => wordClass(t) === 'aux' || looksLikeVerb(t) || presentAfterSingular(tokens, i + k))
    )
      i = j;
    else if (wordClass(tokens[i]) === 'obj' || /^(?:reporters|journalists)$/i.test(tokens[i]?.text ?? '')) i++;
  }
  // "insists, most recently in an interview with ABC News, that …": an aside between commas before "that".
  if (isPunct(tokens[i], ',')) {
    for (let j = i + 1; j < tokens.length && j - i <= 16; j++) {
      const t = tokens[j];
      if (!t || isPunct(t, '.;:“"”') || wordClass(t) === 'aux' || looksLikeVerb(t)) break;
      if (isPunct(t, ',') && tokens[j + 1]?.text.toLowerCase() === 'that') return j + 2;
    }
  }
  while (isPunct(tokens[i], ',:')) i++;
  const first = tokens[i]?.text.toLowerCase() ?? '';
  // ("called that “beyond preposterous”": after a naming verb, "that" before a quotation is the object.)
  if (first === 'that' && NAMING.has(cue.lemma) && isPunct(tokens[i + 1], '“"')) return i;
  // ("believe that is likely": "that" right before a verb is the clause's subject, not its conjunction.)
  if (first === 'that') return wordClass(tokens[i + 1]) === 'aux' ? i : i + 1;
  if (ADVERBIAL_START.has(first)) {
    // "said during a visit to Kyiv on Friday that …": after an adverbial, content starts at a nearby "that"
    // (but not past a verb: in "said Thursday his biggest worry is that …" the "that" is inside the content).
    for (let j = i; j < tokens.length && j - i <= 12; j++) {
      const t = tokens[j];
      if (!t || isPunct(t, '.;:“"”')) break;
      if (t.text.toLowerCase() === 'that') return j + 1;
      if (wordClass(t) === 'aux' || looksLikeVerb(t)) break;
    }
  }
  return i;
}

/**
 * A finite verb within the first dozen words of a bare clause: an auxiliary, a past tense, or a present tense
 * in -s right after a singular subject ("believe this provides …", "think it helps …").
 */
function clauseVerbSoon(tokens: Token[], from: number): boolean {
  const singularThenS =
    /^(?:this|that|it|he|she)$/i.test(tokens[from]?.text ?? '') && looksLikePresentInS(tokens[from + 1]?.text ?? '');
  return singularThenS || hasFiniteVerbSoon(tokens, from, 12);
}

/**
 * A verb we have no word for that still reports speech: a past-tense verb followed (within a few words) by
 * "that" and a clause with a quotation — "Trump groused to a crowd that CNN “doesn't treat me properly”".
 */
export function implicitCueAt(doc: TextDoc, tokens: Token[], i: number): Cue | null {
  const t = tokens[i];
  if (
    !t?.word ||
    !/^\p{Ll}[\p{Ll}]+ed$/u.test(t.text) ||
    wordClass(tokens[i - 1]) === 'det' ||
    wordClass(tokens[i - 1]) === 'aux'
  )
    return null;
  for (let j = i + 1; j < tokens.length && j - i <= 6; j++) {
    const u = tokens[j];
    if (!u || isPunct(u, '.;:“"”')) return null;
    if (u.text.toLowerCase() !== 'that') continue;
    // "passed out bottles that said “…”": a verb right after "that" makes it a relative pronoun.
    if (looksLikeVerb(tokens[j + 1]) || cueAt(tokens, j + 1)) return null;
    // ("seized on Trump's claim that …": the clause is the claim's, and the nominal reading reports it with
    // its possessor as the speaker.)
    const possessor = tokens[j - 2]?.text ?? '';
    if (THAT_NOUNS.has(tokens[j - 1]?.text.toLowerCase() ?? '') && /['’]s?$|^(?:his|her|their|its)$/i.test(possessor))
      return null;
    if (!quotationSoon(doc, tokens, j + 1)) return null;
    return {
      start: t.start,
      end: t.end,
      index: i,
      lastIndex: i,
      lemma: t.text.toLowerCase(),
      cls: 'speech',
      weight: 0.6,
      participle: false,
    };
  }
  return null;
}

/** A quotation opens within the next few words: the complement reports someone's words. */
export function quotationSoon(doc: TextDoc, tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from <= 12; i++) {
    const t = tokens[i];
    if (t && insideQuote(doc, t.start)) return true;
  }
  return false;
}

/** Speech and thought verbs take a clause ("said he would run"); the others take a phrase unless "that" follows. */
export function takesClause(tokens: Token[], cue: Cue, from: number): boolean {
  if (tokens[from - 1]?.text.toLowerCase() === 'that' || cue.lemma === 'according to') return true;
  return takesBareClause(cue.lemma);
}

/** Words that may open a content shorter than MIN_CONTENT_WORDS: a name, a noun phrase or a pronoun. */
function opensShortContent(t: Token | undefined): boolean {
  const c = wordClass(t);
  if (c === 'cap' || c === 'det' || c === 'pron' || c === 'num' || c === 'obj') return true;
  return (
    c === 'word' &&
    !looksLikeVerb(t) &&
    !/ly$/i.test(t?.text ?? '') &&
    !ADVERBIAL_START.has(t?.text.toLowerCase() ?? '')
  );
}

/** "Clinton to win", "the plan to fail": a short object, then "to" and a verb. */
function infinitiveSoon(tokens: Token[], from: number): boolean {
  for (let i = from + 1; i < tokens.length && i - from <= 4; i++) {
    const t = tokens[i];
    if (!t?.word) return false;
    if (t.text.toLowerCase() === 'to') return wordClass(tokens[i + 1]) === 'word';
  }
  return false;
}

/** How far into a shown content a speaking participle is looked for: "shows the governor saying". */
const SHOWN_SPEAKER_WORDS = 5;

/** "shows Trump saying …", "showed the mayor telling …": the content opens with someone speaking. */
function showsSomeoneSpeaking(tokens: Token[], from: number): boolean {
  for (let i = from + 1; i < tokens.length && i - from <= SHOWN_SPEAKER_WORDS; i++) {
    const t = tokens[i];
    if (!t?.word) return false;
    if (/ing$/.test(t.text) && (isSpeechVerb(t.text) || t.text === 'asking')) return true;
  }
  return false;
}

export function forwardCandidate(doc: TextDoc, tokens: Token[], cue: Cue, subject: Subject | null): Candidate | null {
  let from = complementStart(tokens, cue);
  // ("stated there are conflicting stories": an existential clause needs no "that" to be one.)
  const existential = /^there$/i.test(tokens[from]?.text ?? '') && wordClass(tokens[from + 1]) === 'aux';
  if (
    needsThat(cue.lemma) &&
    tokens[from - 1]?.text.toLowerCase() !== 'that' &&
    !isPunct(tokens[from], '“"') &&
    !existential
  )
    return null;
  // "did not respond to requests for comment" reports that nothing was said: a no-comment fact, not a quote.
  if (
    /^(?:not|n't|never)$/i.test(tokens[cue.index - 1]?.text ?? '') &&
    /^(?:respond|reply|comment|return)$/.test(cue.lemma)
  )
    return null;
  const question = /^(?:whether|if|why|how|what|when|where|who|which)$/i.test(tokens[from]?.text ?? '');
  // Intent verbs take "to …", or a clause when it carries a quotation ("promises the government will help "up-skill" workers").
  // ("want a continuation of his policies", "proposed barring …": a noun phrase or a gerund is what was wanted.)
  // ("pledged that in the year 2000 it would lift …": after "that" a clause follows.)
  if (
    cue.cls === 'intent' &&
    tokens[from]?.text.toLowerCase() !== 'to' &&
    tokens[from - 1]?.text.toLowerCase() !== 'that' &&
    !question &&
    !quotationSoon(doc, tokens, from) &&
    !INTENT_OBJECT_CLASSES.has(wordClass(tokens[from]))
  )
    return null;
  if (cue.cls === 'thought' && !subject) return null;
  // "believes the plan will fail" is a clause; "feels dry to the touch" is not: without "that", a thought
  // verb needs a subject-like word and a verb soon after.
  if (
    cue.cls === 'thought' &&
    tokens[from - 1]?.text.toLowerCase() !== 'that' &&
    tokens[from]?.text.toLowerCase() !== 'to'
  ) {
    const c = wordClass(tokens[from]);
    // ("voters expect Clinton to win": an expectation takes an object and an infinitive.)
    const expectsTo = cue.lemma === 'expect' && infinitiveSoon(tokens, from);
    // ("believes there are no good options": an existential "there" opens a clause too.)
    // ("believe that is likely": "that" as a pronoun subject.)
    const opensClause =
      c === 'pron' || c === 'det' || c === 'cap' || c === 'num' || /^(?:there|that)$/i.test(tokens[from]?.text ?? '');
    if (!opensClause || !(clauseVerbSoon(tokens, from) || expectsTo)) return null;
  }
  // "nobody has told us", "no one said": a negated subject reports nothing.
  if (subject && /^(?:nobody|no one|none|nothing)$/i.test(tokens[subject.first]?.text ?? '')) return null;
  // "declined to comment" says nothing: it is a no-comment fact, not a statement.
  if (
    (cue.lemma === 'decline' || cue.lemma === 'refuse') &&
    /^to (?:comment|discuss|elaborate|be interviewed|speak|respond|answer)\b/i.test(
      `${tokens[from]?.text ?? ''} ${tokens[from + 1]?.text ?? ''}`,
    )
  )
    return null;
  // Someone must speak: "Rising steel prices have already added $3 million" is not a statement.
  if (
    subject &&
    subject.first >= 0 &&
    (cue.cls === 'speech' || cue.cls === 'listener' || cue.cls === 'thought' || cue.cls === 'intent') &&
    !canSpeak(tokens, subject)
  )
    return null;
  // "a poll shows", "the study found", "data showed", "an arbitration panel found": evidence verbs need a
  // document-like or named subject, or one that can speak.
  if (cue.cls === 'evidence' && subject && !evidenceSubject(tokens, subject) && !canSpeak(tokens, subject)) return null;
  // ("The ad shows Trump saying, “…”": what is shown is someone speaking; that quotation is theirs.)
  if (cue.cls === 'evidence' && showsSomeoneSpeaking(tokens, from)) return null;
  // "said on Friday the plan would …": skip a leading adverbial; "said during a discussion …" or
  // "said about Latinos" has no reported clause after it.
  const opening = tokens[from];
  const afterThat = tokens[from - 1]?.text.toLowerCase() === 'that';
  if (!afterThat && ADVERBIAL_PREPOSITIONS.test(opening?.text ?? '')) {
    const clauseStart = afterAdverbial(tokens, from);
    if (clauseStart < 0) return null;
    from = clauseStart;
  }
  // A relative clause ("Sanders, who had said he would debate, criticized …") or a leading subordinate clause
  // ("While Ramos said that …, he appears …") ends at its comma.
  const subordinate =
    subject !== null && (wordClass(tokens[subject.first]) === 'rel' || leadsSubordinateClause(tokens, subject.first));
  const phrase = !takesClause(tokens, cue, from);
  const quoted = (pos: number) => insideQuote(doc, pos);
  const to =
    subordinate || phrase ? phraseEnd(tokens, from, cue, quoted, !phrase) : clauseEnd(tokens, from, quoted, cue);
  // A short content is a named thing or a clause ("praised Trump", "said he would"); a lone adverb,
  // preposition or relative word after the cue is no content at all.
  const words = contentWords(tokens, from, to);
  if (words === 0 || (words < MIN_CONTENT_WORDS && !opensShortContent(tokens[from]))) return null;
  const content = spanOf(tokens, from, to);
  if (!content) return null;
  const boundary = subject && subject.first < cue.index ? subject.first : cue.index;
  return { cue, subject, content: [content], boundary, weight: cue.weight * (subject ? 1 : 0.6), phrase };
}
