import { isSpeakerNoun } from '../../sources/speaker-nouns';
import type { TextDoc } from '../../text/document';
import type { Token } from '../../text/tokens';
import { looksLikeVerb, wordClass } from '../../text/word-class';
import { wordSet } from '../../text/word-list';
import type { Subject } from '../subject';
import { subjectAfter } from '../subject-after';
import { isSentenceAdverb, standsForPeople } from '../subject-words';
import { isPunct } from './candidate';
import { hasVerb } from './clause-ends';
import { insideQuote } from './quoted-spans';

/** Who can speak, and the subject of the sentence for participles and coordinated verbs. */

/** Words that end a time adverbial: "Minutes later,", "Last week,", "On Friday,". */
export const TIME_ENDS = wordSet(`
  later earlier ago today yesterday tonight week weeks month months year years day days morning afternoon evening
  night weekend monday tuesday wednesday thursday friday saturday sunday meanwhile however instead
`);

/** "On Friday", "Minutes later", "Separately": a lead that sets the scene rather than naming the subject. */
export function isAdverbialLead(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const last = tokens[to];
  if (wordClass(first) === 'prep') return true;
  if (TIME_ENDS.has(last?.text.toLowerCase() ?? '')) return true;
  // "Separately," is an adverb, "Kelly," a name: a capitalized word counts only when it is a known adverb.
  if (from !== to) return false;
  const word = first?.text ?? '';
  return isSentenceAdverb(word) || /^\p{Ll}+ly$/u.test(word);
}

/** After a dateline opening the text (`WASHINGTON (AFP) –`, `FLINT, Mich., Oct. 4 (UPI) —`), or 0. */
function datelineEnd(tokens: Token[]): number {
  for (let k = 1; k < tokens.length && k <= 12; k++) {
    if (tokens[k]?.text !== ')' || !/^[—–-]$/.test(tokens[k + 1]?.text ?? '')) continue;
    return tokens.slice(0, k).some((t) => t.text === '(') ? k + 2 : 0;
  }
  return 0;
}

export function openingSubject(doc: TextDoc, tokens: Token[]): Subject | null {
  const skipOpeners = (from: number): number => {
    let i = from;
    while (
      i < tokens.length &&
      (!tokens[i]?.word ||
        /^(?:but|and|so|yet|still|also|then|now)$/i.test(tokens[i]?.text ?? '') ||
        insideQuote(doc, tokens[i]?.start ?? 0))
    ) {
      i++;
    }
    return i;
  };
  let i = skipOpeners(datelineEnd(tokens));
  // A verbless lead before a comma is an adverbial, not the subject: "Minutes later, she sent an email …".
  for (let k = i + 1; k < tokens.length && k - i <= 8; k++) {
    if (!isPunct(tokens[k], ',')) continue;
    if (!hasVerb(tokens, i, k - 1) && isAdverbialLead(tokens, i, k - 1)) i = skipOpeners(k + 1);
    break;
  }
  return subjectAfter(tokens, i - 1);
}

/** "While/Although/If X said …, …": the attribution sits in a subordinate clause opening the sentence. */
export function leadsSubordinateClause(tokens: Token[], subjectFirst: number): boolean {
  for (let i = subjectFirst - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t?.word) continue;
    return i === 0 && /^(?:while|although|though|as|because|if|when|after|since|whereas|even)$/i.test(t.text);
  }
  return false;
}

export const EVIDENCE_HEADS = wordSet(`
  poll polls survey surveys study studies report reports data numbers figures results statistics records
  evidence research analysis analyses tests test documents document filing filings audit review findings
  investigation probe memo letter emails records estimates projections census count tally models slide slides chart
  charts graph graphs average averages video videos footage photo photos transcript transcripts map maps table tables
`);

export function evidenceSubject(tokens: Token[], subject: Subject): boolean {
  for (let i = subject.first; i <= subject.last && i >= 0; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (EVIDENCE_HEADS.has(t.text.toLowerCase()) || wordClass(t) === 'cap' || wordClass(t) === 'pron') return true;
  }
  return subject.first < 0; // a speaker taken from context
}

/**
 * Whether a subject can say something: a name, a pronoun, or a head noun for people, groups, institutions
 * or documents ("officials", "the company", "the report"), or an agent noun ("forecasters", "negotiators").
 */
export function canSpeak(tokens: Token[], subject: Subject): boolean {
  for (let i = subject.first; i <= subject.last; i++) {
    const t = tokens[i];
    if (!t?.word) continue;
    const c = wordClass(t);
    if (c === 'pron' || c === 'rel' || c === 'num' || c === 'obj') return true;
    // A capital marks a name, except a sentence-initial verb form ("Rising steel prices").
    // ("Boreing said": a one-word subject is a name all the same.)
    if (c === 'cap' && !(i === 0 && subject.last > 0 && looksLikeVerb({ ...t, text: t.text.toLowerCase() })))
      return true;
    if (isSpeakerNoun(t.text) || standsForPeople(tokens, i, subject.last)) return true;
  }
  // "And a third, Daniel Traynor, said": the appositive names who speaks.
  const appositive = subject.appositive;
  if (appositive) {
    for (let i = subject.last + 1; i < tokens.length && (tokens[i]?.start ?? Infinity) < appositive.end; i++)
      if ((tokens[i]?.start ?? 0) >= appositive.start && wordClass(tokens[i]) === 'cap') return true;
  }
  return false;
}
