import { ANONYMITY_PATTERNS, PERSON_HEADS } from '../sources/lexicon';
import { isSpeakerNoun } from '../sources/speaker-nouns';
import { isAbbreviationDot, type Token } from '../text/tokens';
import { isModal, looksLikeVerb, withoutContraction, wordClass } from '../text/word-class';
import { wordSet } from '../text/word-list';
import type { Span } from '../types';
import {
  IRREGULAR_VERB,
  isBetweenSubjectAndVerb,
  isCloseTo,
  isContactClause,
  isGerundNoun,
  isObjectAfterPreposition,
  isPastForm,
  isPolledGroup,
  isPossessedNoun,
  isReducedRelative,
  isSentenceAdverb,
  NP_PREPOSITIONS,
  standsForPeople,
  TIME_HEADS,
  TIME_MODIFIERS,
  TO_ADJECTIVES,
  VERB_ADVERBS,
} from './subject-words';

/**
 * The noun phrase that names who is speaking, next to a reporting cue: "she", "Mr. Obama",
 * "a company spokesman", "Those close to him", "Richard Revesz, director of the Institute, said".
 * Works on tokens with closed word lists (no tagger): a backward chunker for "X said" and a forward one for
 * "said X".
 */
export interface Subject extends Span {
  /** Token indexes of the phrase (inclusive). */
  first: number;
  last: number;
  /** "director of the Institute for Policy Integrity": an appositive after a name, kept as the title. */
  appositive?: Span;
}

/** The longest phrase, in tokens, either chunker reads as a speaker. */
export const MAX_PHRASE = 14;

export function phrase(tokens: Token[], first: number, last: number, appositive?: Span): Subject {
  return {
    start: tokens[first]?.start ?? 0,
    end: (last === first && tokens[last] ? withoutContraction(tokens[last]).end : tokens[last]?.end) ?? 0,
    first,
    last,
    ...(appositive ? { appositive } : {}),
  };
}

/** Skips a parenthesised group that ends at token i ("(D-Wis.)"); returns the index before "(". */
function skipParenthesisBack(tokens: Token[], i: number, floor: number): number {
  if (tokens[i]?.text !== ')') return i;
  for (let j = i - 1; j >= floor && i - j <= 8; j--) if (tokens[j]?.text === '(') return j - 1;
  return i;
}

/** True when the phrase holds something that can speak: a name, a pronoun-free noun, a number of people. */
export function hasHead(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const c = wordClass(tokens[i]);
    // ("most of them": an object pronoun inside a subject follows a preposition and heads it.)
    if (c === 'cap' || c === 'word' || c === 'num' || c === 'pron' || c === 'obj') return true;
    // ("Gordon Will", "Will" the columnist: a capitalized modal ending the phrase is a name.)
    if (c === 'aux' && i === last && isModal(tokens[i]?.text ?? '') && /^\p{Lu}/u.test(tokens[i]?.text ?? ''))
      return true;
    // ("a source close to her": "her" closing the phrase after a preposition is an object pronoun.)
    if (i === last && i > first && isObjectAfterPreposition(tokens, i)) return true;
    if (standsForPeople(tokens, i, last)) return true;
  }
  return false;
}

/** An apostrophe right after a word in -s ("Gates' work", "Sanders' adviser"): a possessive, not a quote mark. */
function isPossessiveMark(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return (t?.text === "'" || t?.text === '’') && /s$/i.test(prev?.text ?? '') && prev?.end === t.start;
}

/** Recordings: "footage of X saying" shows X speaking. */
const SHOWING_NOUNS = wordSet(
  'footage video videos clip clips tape tapes recording recordings audio photo photos image images',
);

/** Present-tense verbs that take a clause; inside a walk back they end the phrase ("sources believe the mayor …"). */
const PRESENT_CLAUSE_VERBS = wordSet(`
  say believe think know want feel expect argue insist agree worry doubt fear says believes thinks knows wants feels
  expects argues insists agrees worries doubts suggests shows
`);

/**
 * A noun phrase ending at token `end`, walking backwards: names, determiners, adjectives and nouns, "of"/"at"
 * attachments, possessives, "and" between names, parentheses. Stops at punctuation, clause words and verbs.
 */
function nounPhraseEndingAt(tokens: Token[], end: number, floor: number): { first: number; last: number } | null {
  const last = end;
  let first = end + 1;
  let i = end;
  // "all the experts I interviewed", "voters we spoke with": the writer's own contact clause ends the phrase.
  for (let p = end - 1; p >= Math.max(floor, end - 10); p--) {
    if (wordClass(tokens[p]) !== 'pron') continue;
    if (isContactClause(tokens, p, end)) {
      first = p;
      i = p - 1;
    }
    break;
  }
  while (i >= floor && last - i < MAX_PHRASE) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === ')') {
      const before = skipParenthesisBack(tokens, i, floor);
      if (before === i) break;
      i = before;
      continue;
    }
    const c = wordClass(t);
    if (c === 'punct') {
      // ("42% say": a percentage is a counted group.)
      // ("Gates' work": a bare apostrophe after a plural or a name in -s is a possessive.)
      const possessive = isPossessiveMark(tokens, i) && i < end;
      if (
        (t.text === '’s' ||
          t.text === "'s" ||
          t.text === '-' ||
          t.text === '/' ||
          t.text === '.' ||
          t.text === '%' ||
          possessive) &&
        i > floor
      ) {
        i--;
        continue;
      }
      break;
    }
    // "Yin Myint May", "Gordon Will": a capitalized modal after a name is part of the name.
    // ("In particular, Will wrote": a capitalized modal right before a past tense is a name too.)
    const pastAfter = i === end && isPastForm(tokens[i + 1]?.text ?? '');
    const nameModal =
      c === 'aux' && /^\p{Lu}/u.test(t.text) && (wordClass(tokens[i - 1]) === 'cap' || (pastAfter && isModal(t.text)));
    // "Cruz also lacks support from …": an adverb that stands before verbs ends the phrase.
    if (i < end && VERB_ADVERBS.has(t.text.toLowerCase())) break;
    const objectPronoun = c === 'pron' && i === end && isObjectAfterPreposition(tokens, i);
    if ((c === 'pron' && !objectPronoun) || c === 'rel' || c === 'sub' || (c === 'aux' && !nameModal)) break;
    // "an attempt to ensure Kyiv maintains": "to" + a bare verb is an infinitive, not part of the subject.
    if (
      t.text.toLowerCase() === 'to' &&
      wordClass(tokens[i + 1]) === 'word' &&
      !TO_ADJECTIVES.has(tokens[i - 1]?.text.toLowerCase() ?? '')
    ) {
      first = i + 2;
      break;
    }
    if (c === 'conj') {
      // "Clinton and Trump said": only "and" between two capitalized words joins subjects.
      const lower = t.text.toLowerCase();
      const joinsNouns =
        (wordClass(tokens[i - 1]) === 'cap' || isSpeakerNoun(tokens[i - 1]?.text ?? '')) &&
        ['cap', 'det', 'num'].includes(wordClass(tokens[i + 1]));
      // "current and former officials": two modifiers of one head.
      const joinsModifiers =
        i + 1 < last &&
        wordClass(tokens[i - 1]) === 'word' &&
        wordClass(tokens[i + 1]) === 'word' &&
        !looksLikeVerb(tokens[i - 1]);
      // "observers in Virginia and around the country", "experts on North Korea and nuclear arms": inside a
      // prepositional phrase, "and" joins a second place or topic.
      const inAttachment =
        i + 1 <= last &&
        tokens.slice(Math.max(floor, i - 4), i).some((w) => NP_PREPOSITIONS.has(w.text.toLowerCase())) &&
        (wordClass(tokens[i + 1]) === 'prep' ||
          (wordClass(tokens[i - 1]) === 'cap' && wordClass(tokens[i + 1]) === 'word' && !looksLikeVerb(tokens[i + 1])));
      // ("officers with no direct knowledge of the case but with experience in war zones": "but" and a second
      // attachment.)
      const contrastedAttachment = lower === 'but' && inAttachment && wordClass(tokens[i + 1]) === 'prep';
      if (
        ((lower === 'and' || lower === 'or') &&
          (joinsNouns ||
            joinsModifiers ||
            inAttachment ||
            (wordClass(tokens[i - 1]) === 'cap' && wordClass(tokens[i + 1]) === 'cap'))) ||
        contrastedAttachment
      ) {
        i--;
        continue;
      }
      break;
    }
    if (c === 'prep' && !NP_PREPOSITIONS.has(t.text.toLowerCase())) break;
    // ("footage of Hillary Clinton asking", "a video of the mayor saying": who is shown speaks, not the footage.)
    // ("A video of the rally shows …" is the video's.)
    if (
      t.text.toLowerCase() === 'of' &&
      SHOWING_NOUNS.has(tokens[i - 1]?.text.toLowerCase() ?? '') &&
      /ing$/.test(tokens[end + 1]?.text ?? '')
    )
      break;
    // "Reached by phone on Tuesday, …": a capitalized verb form opening the sentence is not a name.
    // Right before the cue it is a name all the same: "Boreing said"; so is a first name before a surname
    // ("Jared Huffman said").
    if (
      c === 'cap' &&
      i !== end &&
      wordClass(tokens[i + 1]) !== 'cap' &&
      (i === 0 || /^[.!?“"]$/.test(tokens[i - 1]?.text ?? '')) &&
      looksLikeVerb({ ...t, text: t.text.toLowerCase() })
    )
      break;
    if (c === 'obj') {
      // "Those close to him": an object pronoun right after a preposition belongs to the phrase.
      if (wordClass(tokens[i - 1]) !== 'prep') break;
    } else if (c === 'word' && i < end && PRESENT_CLAUSE_VERBS.has(t.text)) {
      // "Union sources believe the mayor has sided with …": a present-tense verb of saying or thinking
      // before the phrase is its own clause's verb.
      break;
    } else if (
      c === 'word' &&
      looksLikeVerb(t) &&
      // ("sources with knowledge of the restructuring", "a source close to her": a noun and an adjective.)
      !isGerundNoun(tokens, i) &&
      !(i < end && isCloseTo(tokens, i)) &&
      !(i === end && isPolledGroup(tokens, i)) &&
      !(i < end && isReducedRelative(tokens, i)) &&
      !isPossessedNoun(tokens, i) &&
      // ("the conservative-leaning newspaper", "a state-owned bank": a compound participle is an adjective.)
      !(i < end && /^\p{L}{4,}-\p{Ll}+(?:ing|ed)$/u.test(t.text)) &&
      // ("newly filed campaign-finance reports": an adverb, a participle and then a noun make an adjective.)
      !(
        i < end &&
        /^\p{Ll}{3,}ly$/u.test(tokens[i - 1]?.text ?? '') &&
        /ed$/.test(t.text) &&
        ['word', 'cap'].includes(wordClass(tokens[i + 1]))
      )
    )
      break;
    first = i;
    i--;
  }
  // A phrase does not start with a preposition, a conjunction or a sentence adverb ("in the Post said" →
  // "the Post", "Then DuPont announced" → "DuPont").
  while (
    first < last &&
    (wordClass(tokens[first]) === 'prep' ||
      wordClass(tokens[first]) === 'conj' ||
      isSentenceAdverb(tokens[first]?.text ?? ''))
  )
    first++;
  if (wordClass(tokens[first]) === 'prep' || wordClass(tokens[first]) === 'conj') first++;
  first = withCountComparison(tokens, first, floor);
  // ("replaced Thursday by a message that said": a time word and a preposition open no noun phrase; nor does
  // the time word of "For weeks the opposition effort had sent …".)
  if (first + 2 <= last && TIME_HEADS.has(tokens[first]?.text.toLowerCase() ?? '')) {
    const next = wordClass(tokens[first + 1]);
    if (next === 'prep') first += 2;
    else if (next === 'det') first += 1;
  }
  if (first > last || !hasHead(tokens, first, last)) return null;
  return { first, last };
}

const COMPARED_COUNT = /^(?:more|fewer|less)$/i;

/** "more than 4 in 10", "fewer than half", "at least 30 percent": a comparison before a count belongs to it. */
function withCountComparison(tokens: Token[], first: number, floor: number): number {
  // ("at" was dropped as a leading preposition: "least 30 percent".)
  if (/^(?:least|most)$/i.test(tokens[first]?.text ?? '') && /^at$/i.test(tokens[first - 1]?.text ?? ''))
    return first - 1 >= floor ? first - 1 : first;
  const count = tokens[first];
  if (!count || !(wordClass(count) === 'num' || /^half$/i.test(count.text)) || first - 2 < floor) return first;
  const [two, one] = [tokens[first - 2]?.text ?? '', tokens[first - 1]?.text ?? ''];
  return COMPARED_COUNT.test(two) && /^than$/i.test(one) ? first - 2 : first;
}

/**
 * The subject of the cue at `cueIndex` when it comes first: "The governor said", ", a spokesman said",
 * "Douglas Brinkley, a historian who attended the session, recalled".
 */
export function subjectBefore(tokens: Token[], cueIndex: number, floor = 0): Subject | null {
  let end = cueIndex - 1;
  // (Not a capitalized modal right before a past tense: "In particular, Will wrote" names the columnist.)
  const name = (t: Token | undefined) =>
    t !== undefined && isModal(t.text) && /^\p{Lu}/u.test(t.text) && isPastForm(tokens[cueIndex]?.text ?? '');
  while (end >= floor && isBetweenSubjectAndVerb(tokens[end]) && !(end === cueIndex - 1 && name(tokens[end]))) end--;
  // "he told" is the common case: a subject pronoun right before the verb.
  if (end < floor) return null;
  // ("a person familiar with it told": "it" after a preposition is an object inside the phrase.)
  const objectIt = wordClass(tokens[end]) === 'pron' && isObjectAfterPreposition(tokens, end);
  if ((wordClass(tokens[end]) === 'pron' && !objectIt) || wordClass(tokens[end]) === 'rel')
    return phrase(tokens, end, end);
  // "water bottles that said": the noun phrase before a relative "that".
  if (tokens[end]?.text.toLowerCase() === 'that' && wordClass(tokens[end - 1]) === 'word' && end - 1 >= floor) {
    const head = nounPhraseEndingAt(tokens, end - 1, floor);
    if (!head) return null;
    // "passed out water bottles that …": a verb particle is not part of the noun phrase.
    let first = head.first;
    while (first < head.last && /^(?:out|up|off|down|over|back|away|around)$/i.test(tokens[first]?.text ?? '')) first++;
    // ("released a letter from his doctor Friday afternoon that says …": the time is the writer's, not the letter's.)
    let last = head.last;
    while (last > first && TIME_HEADS.has(tokens[last]?.text.toLowerCase() ?? '')) last--;
    return phrase(tokens, first, last);
  }
  // "Sen. Jack Reed (D-R.I.), said": a stray comma after a party tag does not start an appositive.
  const tagOpen = tokens[end - 1]?.text === ')' ? skipParenthesisBack(tokens, end - 1, floor) + 1 : -1;
  if (tokens[end]?.text === ',' && tagOpen > floor && /^[RDI]-/.test(tokens[tagOpen + 1]?.text ?? '')) {
    const np = nounPhraseEndingAt(tokens, end - 1, floor);
    if (np) return phrase(tokens, np.first, np.last);
  }
  if (tokens[end]?.text === ',' || tokens[end]?.text === '—' || tokens[end]?.text === '–')
    return appositiveSubject(tokens, end, floor);
  // `Ortiz, who called the plan “dead on arrival,” said`: the appositive's comma sits inside the closing mark.
  if (tokens[end]?.text === '”' && tokens[end - 1]?.text === ',') return appositiveSubject(tokens, end - 1, floor);
  const np = nounPhraseEndingAt(tokens, end, floor);
  // "who last year threatened", "The mayor last week said": a time phrase before the verb is an adverbial.
  // (A bare time word is no time phrase: "The Times said" is a newspaper.)
  // ("who in 2010 said": a year after "in" is a time too.)
  const year =
    np !== null &&
    /^(?:1[89]|20)\d\d$/.test(tokens[np.last]?.text ?? '') &&
    /^in$/i.test(tokens[np.last - 1]?.text ?? '');
  if (np && (TIME_HEADS.has(tokens[np.last]?.text.toLowerCase() ?? '') || year)) {
    let timeFirst = np.last;
    // ("during a Sunday rally": an article opens a time phrase too.)
    while (
      timeFirst > np.first &&
      (TIME_MODIFIERS.test(tokens[timeFirst - 1]?.text ?? '') ||
        (timeFirst - 1 === np.first && /^(?:a|the)$/i.test(tokens[timeFirst - 1]?.text ?? '')))
    )
      timeFirst--;
    // "Trump on Friday endorsed": a preposition before the time word belongs to the time phrase.
    if (timeFirst === np.last && /^(?:on|in)$/i.test(tokens[timeFirst - 1]?.text ?? '') && timeFirst - 1 > np.first)
      timeFirst--;
    if (timeFirst < np.last && timeFirst > np.first && np.last - timeFirst <= 3)
      return phrase(tokens, np.first, timeFirst - 1);
    // The whole phrase is the time ("Trump, who …, on Friday described", "A report published Wednesday said"):
    // the subject stands before it.
    if (timeFirst === np.first && np.first > floor) {
      const lone = np.first === np.last;
      // ("Sanders during a Sunday rally thanked": a preposition before the time phrase belongs to it.)
      const before =
        (lone && /^(?:on|in|last|this|early|late)$/i.test(tokens[np.first - 1]?.text ?? '')) ||
        /^(?:during|at|on|in|since|until|by)$/i.test(tokens[np.first - 1]?.text ?? '')
          ? np.first - 1
          : np.first;
      const subject = before > floor ? subjectBefore(tokens, before, floor) : null;
      if (subject) return subject;
    }
  }
  // ("Sanders during a Sunday rally thanked": the phrase after "during" is an adverbial; the subject is before it.)
  if (np && /^during$/i.test(tokens[np.first - 1]?.text ?? '') && np.first - 1 > floor) {
    const subject = subjectBefore(tokens, np.first - 1, floor);
    if (subject) return subject;
  }
  // "The officials whose laws were struck down say": a relative clause that ends in a verb.
  if (!np) return wordClass(tokens[end]) === 'word' ? relativeClauseHead(tokens, end, end, floor) : null;
  // `“…,” Doug Andres, a spokesman for the speaker told the Post`: a description after a name whose closing
  // comma is missing; the name speaks.
  if (/^(?:a|an)$/i.test(tokens[np.first]?.text ?? '') && tokens[np.first - 1]?.text === ',' && np.first - 2 >= floor) {
    const name = nounPhraseEndingAt(tokens, np.first - 2, floor);
    // (Only a name right after a closing quotation mark: in "… controlled by Oleg Deripaska, a source close to
    // the matter said" the name belongs to the content.)
    // ("“New Day,” Sen. Kristen Gillibrand (D-NY), a supporter of Clinton told": a title and a party tag too.)
    if (
      name &&
      name.last - name.first >= 1 &&
      name.last - name.first <= 8 &&
      isCapitalizedName(tokens, name.first, name.last) &&
      /^[”"]$/.test(tokens[name.first - 1]?.text ?? '')
    ) {
      const description = { start: tokens[np.first]?.start ?? 0, end: tokens[np.last]?.end ?? 0 };
      return phrase(tokens, name.first, name.last, description);
    }
  }
  return (
    relativeClauseHead(tokens, np.first, np.last, floor) ??
    headOfLongRelative(tokens, np, floor) ??
    phrase(tokens, np.first, np.last)
  );
}

/**
 * "The judges who ruled that Texas could not implement its law said": a phrase right after an auxiliary or
 * "not" is a verb's object, not a subject; the speaker heads the "who" clause it ends.
 */
function headOfLongRelative(tokens: Token[], np: { first: number; last: number }, floor: number): Subject | null {
  let k = np.first - 1;
  if (!/^not$/i.test(tokens[k]?.text ?? '') && wordClass(tokens[k]) !== 'aux') return null;
  for (; k > floor && np.first - k <= 20; k--) {
    const t = tokens[k];
    if (!t || (/^[.;:!?“”"]$/.test(t.text) && !isAbbreviationDot(tokens, k))) return null;
    if (!/^who$/i.test(t.text)) continue;
    const head = nounPhraseEndingAt(tokens, tokens[k - 1]?.text === ',' ? k - 2 : k - 1, floor);
    return head ? phrase(tokens, head.first, head.last) : null;
  }
  return null;
}

/**
 * The "because"/"since" at or before token `at` that opens a reason clause inside a relative clause ("who
 * requested anonymity because they were not authorized …"), or -1. Scans back without crossing punctuation.
 */
function reasonInsideRelative(tokens: Token[], at: number, floor: number): number {
  let reason = -1;
  for (let k = at; k >= floor && at - k <= 24; k--) {
    const t = tokens[k];
    if (!t?.word) return -1;
    if (reason < 0 && /^(?:because|since)$/i.test(t.text)) reason = k;
    else if (reason >= 0 && /^(?:who|whom)$/i.test(t.text)) return reason;
  }
  return -1;
}

/**
 * The "who" that opens a relative clause stating the terms of anonymity around token `at` ("who asked not to be
 * identified"), or -1. Scans back without crossing punctuation.
 */
function anonymityInsideRelative(tokens: Token[], at: number, before: number, floor: number): number {
  for (let k = at; k >= floor && at - k <= 24; k--) {
    const t = tokens[k];
    if (!t?.word) return -1;
    if (!/^(?:who|whom)$/i.test(t.text)) continue;
    const clause = tokens
      .slice(k, before)
      .map((w) => w.text)
      .join(' ');
    return ANONYMITY_PATTERNS.some((re) => re.test(clause)) ? k : -1;
  }
  return -1;
}

/**
 * "A city official who spoke on condition of anonymity said": the phrase right before the verb ends a
 * relative clause; the speaker is the noun phrase before "who".
 */
function relativeClauseHead(
  tokens: Token[],
  before: number,
  clauseLast: number,
  floor: number,
  depth = 0,
): Subject | null {
  for (let r = before - 1; r >= floor && before - r <= 16; r--) {
    const t = tokens[r];
    if (!t || (/^[.,;:!?“”"()]$/.test(t.text) && !isAbbreviationDot(tokens, r))) return null;
    // Another verb or "that" on the way back means a different clause ("… told the Ledger that at least …"),
    // unless the clause is a "whose" clause: "The state officials whose laws have been struck down say".
    // ("Friends of Mr. Clinton's who have seen him on the trail say": an auxiliary right after "who" is the
    // relative clause's own.)
    const relativeAuxiliary = wordClass(t) === 'aux' && /^(?:who|that)$/i.test(tokens[r - 1]?.text ?? '');
    if (
      r < before - 1 &&
      !relativeAuxiliary &&
      (wordClass(t) === 'sub' || wordClass(t) === 'aux' || IRREGULAR_VERB.test(t.text))
    ) {
      const whose = tokens.slice(Math.max(floor, r - 4), r).findIndex((w) => /^whose$/i.test(w.text));
      // ("Two officials who requested anonymity because they were not authorized to speak said": a reason
      // clause inside the relative clause is skipped to reach "who".)
      const reason = reasonInsideRelative(tokens, r, floor);
      if (reason >= 0) {
        r = reason;
        continue;
      }
      // ("One official who asked not to be identified discussing its work said": the terms of anonymity in a
      // relative clause are skipped to reach "who".)
      const anonymityWho = anonymityInsideRelative(tokens, r, before, floor);
      if (anonymityWho >= 0) {
        r = anonymityWho + 1;
        continue;
      }
      if (wordClass(t) === 'sub' || whose < 0) return null;
      continue;
    }
    // "who spoke on condition of anonymity", or a participle after a noun: "a source speaking to Fox News"
    // ("people briefed on the matter": an -ed participle after a plural noun works the same way.)
    // ("Protesters marching through the streets": a capitalized noun opening the sentence counts too.)
    // ("one adviser not authorized to speak on the record said": "not" may stand before the participle.)
    const nounAt = /^not$/i.test(tokens[r - 1]?.text ?? '') && /ed$/.test(t.text) ? r - 2 : r - 1;
    const previous = tokens[nounAt];
    const noun =
      wordClass(previous) === 'word' ||
      (wordClass(previous) === 'cap' && nounAt === floor && isSpeakerNoun(previous?.text ?? ''));
    // (Right before the phrase's noun a participle modifies it instead: "internal staffing issues"; before
    // its determiner it is a reduced relative: "a judge handling a lawsuit".)
    const modifier = r === before - 1 && before === clauseLast && wordClass(tokens[before]) === 'word';
    // ("a woman asked for a photo and Clinton said": after "and", a name is a new clause's subject, so the -ed
    // form is the woman's own verb, not a participle on her.)
    const newClauseAfterAnd =
      /^(?:and|but)$/i.test(tokens[before - 1]?.text ?? '') && wordClass(tokens[before]) === 'cap';
    const participle =
      ((/^\p{Ll}+ing$/u.test(t.text) && looksLikeVerb(t) && !modifier) ||
        (/^\p{Ll}+ed$/u.test(t.text) &&
          isSpeakerNoun(previous?.text ?? '') &&
          wordClass(tokens[r + 1]) === 'prep' &&
          !newClauseAfterAnd)) &&
      noun;
    if (!/^(?:who|whom|whose)$/i.test(t.text) && !participle) continue;
    const relative = /^(?:who|whom|whose)$/i.test(t.text);
    // ("Another person, who also declined to give his name said": the comma before a "who" stating the terms of
    // anonymity may have no partner.)
    const unclosed =
      relative &&
      tokens[r - 1]?.text === ',' &&
      /^who$/i.test(t.text) &&
      anonymityInsideRelative(tokens, r, clauseLast + 1, floor) === r;
    const headEnd = relative ? (unclosed ? r - 2 : r - 1) : nounAt;
    const head = nounPhraseEndingAt(tokens, headEnd, floor);
    // (A participle inside the relative clause has no head of its own: "who asked not to be identified
    // discussing its work"; the scan goes on to "who".)
    if (!head && !relative) continue;
    if (!head) return null;
    // ("One employee watching from the ground who declined to give her name said": a phrase after a
    // preposition belongs to an earlier participle; the speaker heads that one.)
    if (wordClass(tokens[head.first - 1]) === 'prep' && depth < 2) {
      const outer = relativeClauseHead(tokens, head.first, clauseLast, floor, depth + 1);
      if (outer) return outer;
    }
    const appositive = { start: t.start, end: tokens[clauseLast]?.end ?? t.end };
    return phrase(tokens, head.first, head.last, appositive);
  }
  return null;
}

/**
 * An appositive describes the name ("a historian who attended the session", "director of the Institute");
 * a stretch with an auxiliary or a past-tense verb outside a relative clause is a clause instead
 * ("Xi, would not move on the shoal, said an official").
 */
function looksLikeAppositive(tokens: Token[], from: number, to: number): boolean {
  if (to < from) return false;
  for (let i = from; i <= to; i++) {
    const c = wordClass(tokens[i]);
    if (c === 'rel') {
      // "a lawyer who …": the relative clause runs to its comma; what follows it must describe too
      // ("Felder, who has led the firm since May, will leave Thursday, said …" is a clause).
      let close = i + 1;
      while (close <= to && tokens[close]?.text !== ',') close++;
      if (close > to) return true;
      i = close;
      continue;
    }
    // "a conservative group that has sued …": "that" right after a noun opens a relative clause too.
    if (tokens[i]?.text.toLowerCase() === 'that' && wordClass(tokens[i - 1]) === 'word') return true;
    // "speaking on condition of anonymity because they were not authorized to …": a reason clause inside a
    // description is part of it.
    if (i > from && /^(?:because|since)$/i.test(tokens[i]?.text ?? '')) return true;
    // An auxiliary or a subject pronoun makes it a clause; participles ("clad in", "wearing") are fine, and so
    // is "it" after a preposition ("but not authorized to speak about it").
    if (c === 'aux' || (c === 'pron' && !(/^it$/i.test(tokens[i]?.text ?? '') && wordClass(tokens[i - 1]) === 'prep')))
      return false;
  }
  return true;
}

/** A short aside between commas ("for instance", "on television or at small events"): no clause of its own. */
function isAside(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t?.word) continue;
    words++;
    const c = wordClass(t);
    if (c === 'aux' || c === 'pron' || c === 'rel' || c === 'cap' || looksLikeVerb(t)) return false;
  }
  return words > 0 && words <= 8;
}

/**
 * "NAME, APPOSITIVE, said" (or with dashes): from the separator before the cue back to the one after the
 * name. An age ("Clinton, 35, the daughter of …,") is skipped to reach the name.
 */
function appositiveSubject(tokens: Token[], closing: number, floor: number): Subject | null {
  const separator = tokens[closing]?.text ?? ',';
  // The separators before the cue, back to the sentence start: "NAME, 21, a junior, said",
  // "NAME, the president of X, which endorsed Y, said", "NAME — a teacher — says".
  const separators: number[] = [];
  let start = floor;
  // `, who called the plan “dead on arrival,” said`: the stretch ends inside a short quotation.
  let openQuote = tokens[closing + 1]?.text === '”';
  for (let j = closing - 1; j >= floor && closing - j <= 60; j--) {
    const t = tokens[j];
    if (!t) break;
    if (openQuote && t.text === '“' && closing - j <= 8) {
      openQuote = false;
      continue;
    }
    // A short quoted phrase inside the description is part of it: `Trump, referring to Clinton as “crooked,” said`.
    // (Before the name's own comma it ends the stretch: `… “stunt growth,” Howard Dean, the former governor, said`.)
    // (Straight marks too: `Hemsley, the co-author of "Going Viral," about …, said`.)
    if ((t.text === '”' || t.text === '"') && separators.length === 0) {
      const opener = t.text === '”' ? '“' : '"';
      let open = j - 1;
      while (open >= floor && j - open <= 8 && tokens[open]?.text !== opener) open--;
      if (open >= floor && tokens[open]?.text === opener && j - open <= 8) {
        j = open;
        continue;
      }
    }
    // A dash before the name bounds it too: "… an accident — Brendan Buck, a spokesman for Ryan, told".
    if (separator === ',' && /^[—–]$/.test(t.text)) {
      start = j + 1;
      break;
    }
    // A sentence end or a quotation mark bounds the stretch (the speaker is never inside a quotation).
    // ("Sanders' senior adviser": an apostrophe right after a word in -s is a possessive, not a mark.)
    const possessive = isPossessiveMark(tokens, j);
    if (
      (/^[.;:!?]$/.test(t.text) && !isAbbreviationDot(tokens, j)) ||
      /^[“”"]$/.test(t.text) ||
      (t.text === "'" && !possessive)
    ) {
      start = j + 1;
      break;
    }
    if (t.text === separator || (separator !== ',' && t.text === ',')) separators.push(j);
  }
  // ("Another official who did not wish to be identified, said": a relative clause closed by a comma.)
  if (separators.length === 0) {
    const withRelative = relativeClauseHead(tokens, closing, closing - 1, start);
    const byWho = /^(?:who|whom)$/i.test(tokens[(withRelative?.last ?? -2) + 1]?.text ?? '');
    return withRelative && byWho && !hasWordsBetween(tokens, start, withRelative.first - 1) ? withRelative : null;
  }
  // The speaker is the leftmost stretch that is a whole noun phrase; everything after it describes them.
  separators.reverse();
  let from = start;
  for (const sep of separators) {
    const name = nounPhraseEndingAt(tokens, sep - 1, from);
    // The name opens the stretch, or a subordinate clause: "… ago that Michael Bloomberg, who …, said".
    // ("As a part of his plea, Lazar, 44, said": after "as" a common noun phrase is a role or an adverbial;
    // only a name opens an "As NAME, APPOSITIVE, noted" lead.)
    const afterSub =
      name !== null &&
      wordClass(tokens[name.first - 1]) === 'sub' &&
      !(/^as$/i.test(tokens[name.first - 1]?.text ?? '') && wordClass(tokens[name.first]) !== 'cap');
    // ("With 50 days until the election, Minyon Moore, a senior adviser, called": after a preposition-like
    // opener, a name between the next two separators is the speaker and the phrase before it an adverbial.)
    const opener = name ? (tokens[name.first - 1]?.text ?? '') : '';
    const opensClause = afterSub || /^(?:after|before|until|since)$/i.test(opener);
    const whole =
      name !== null &&
      (!hasWordsBetween(tokens, from, name.first - 1) || (opensClause && !nameBetween(tokens, sep, separators)));
    // "Just last week, …" is a time phrase; "Yin Myint May, 60, a doctor," is a name.
    // ("The employee of nearly four years" is a person: a noun for people before the time word.)
    const timePhrase =
      name !== null &&
      TIME_HEADS.has((tokens[name.last]?.text ?? '').toLowerCase()) &&
      !tokens.slice(name.first, name.last).some((t) => isSpeakerNoun(t.text)) &&
      (name.first === name.last ||
        /^\p{Ll}/u.test(tokens[name.last]?.text ?? '') ||
        TIME_MODIFIERS.test(tokens[name.first]?.text ?? ''));
    // "However, Jill A. Martin, vice president …, said": a sentence adverb is not a name.
    const adverb = name !== null && name.first === name.last && isSentenceAdverb(tokens[name.first]?.text ?? '');
    if (
      whole &&
      name &&
      !timePhrase &&
      !adverb &&
      // An age alone ("NAME, 21, a junior") is not a speaker; "two U.S. officials" is.
      !(name.first === name.last && wordClass(tokens[name.first]) === 'num') &&
      looksLikeAppositive(tokens, sep + 1, closing - 1)
    ) {
      // "And a third, Daniel Traynor, said": a description first and the name after it; the name speaks.
      const named = nounPhraseEndingAt(tokens, closing - 1, sep + 1);
      if (
        named &&
        named.first === sep + 1 &&
        wordClass(tokens[named.first]) === 'cap' &&
        !tokens.slice(name.first, name.last + 1).some((t) => wordClass(t) === 'cap')
      ) {
        const description = { start: tokens[name.first]?.start ?? 0, end: tokens[name.last]?.end ?? 0 };
        return phrase(tokens, named.first, named.last, description);
      }
      const appositive = { start: tokens[sep + 1]?.start ?? 0, end: tokens[closing - 1]?.end ?? 0 };
      return phrase(tokens, name.first, name.last, appositive);
    }
    from = sep + 1;
  }
  // "Some voters who have listened to him, on television or at small events, said": a subject with a relative
  // clause, then an aside between commas.
  const firstSeparator = separators[0] as number;
  const withRelative = relativeClauseHead(tokens, firstSeparator, firstSeparator - 1, start);
  if (
    withRelative &&
    !hasWordsBetween(tokens, start, withRelative.first - 1) &&
    isAside(tokens, firstSeparator + 1, closing - 1)
  )
    return withRelative;
  // "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said": a description first,
  // then the name as the last stretch before the verb.
  // ("About two-thirds, 67 percent, say …": a count restating a share speaks too.)
  const last = nounPhraseEndingAt(tokens, closing - 1, from);
  if (
    last &&
    last.first === from &&
    ((/^\p{Lu}/u.test(tokens[last.first]?.text ?? '') && wordClass(tokens[last.first]) === 'cap') ||
      (wordClass(tokens[last.first]) === 'num' && /^(?:percent|%)$/i.test(tokens[last.last]?.text ?? '')))
  )
    return phrase(tokens, last.first, last.last);
  // ("…, a person familiar with the situation but not authorized to speak publicly, told": the speaker, then the
  // terms of anonymity after "but not".)
  for (let k = from + 1; k < closing - 1 && k - from <= 12; k++) {
    if (!/^but$/i.test(tokens[k]?.text ?? '') || !/^not$/i.test(tokens[k + 1]?.text ?? '')) continue;
    const described = nounPhraseEndingAt(tokens, k - 1, from);
    if (described && described.first === from && wordClass(tokens[from]) === 'det') {
      const terms = { start: tokens[k]?.start ?? 0, end: tokens[closing - 1]?.end ?? 0 };
      return phrase(tokens, described.first, described.last, terms);
    }
    break;
  }
  return null;
}

/** Capitalized words only, with abbreviation dots and a parenthetical party tag: "Sen. Ann Ruiz (D-NY)". */
function isCapitalizedName(tokens: Token[], first: number, last: number): boolean {
  let words = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as Token;
    if (t.text === '(') {
      while (i <= last && tokens[i]?.text !== ')') i++;
      continue;
    }
    if (t.text === '.' && isAbbreviationDot(tokens, i)) continue;
    if (wordClass(t) !== 'cap') return false;
    words++;
  }
  return words >= 2;
}

/**
 * Whether the stretch from the separator at `sep` to the next separator names someone: a capitalized name, or
 * a short phrase headed by a word for people ("a person familiar with the situation").
 */
function nameBetween(tokens: Token[], sep: number, separators: number[]): boolean {
  const next = separators.find((k) => k > sep);
  if (next === undefined || next - sep < 2) return false;
  const stretch = tokens.slice(sep + 1, next);
  if (stretch.every((t) => wordClass(t) === 'cap')) return true;
  return (
    stretch.length <= 10 &&
    wordClass(stretch[0]) === 'det' &&
    stretch.some((t) => wordClass(t) === 'word' && PERSON_HEADS.has(t.text.toLowerCase().replace(/s$/, '')))
  );
}

/** Words in tokens[from..to], apart from an opening "But"/"And" or a quotation mark. */
function hasWordsBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (t?.word && !/^(?:but|and|so|yet|then|also|still)$/i.test(t.text)) return true;
  }
  return false;
}
