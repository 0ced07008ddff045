import { GROUP_HEADS, PERSON_HEADS } from '../sources/lexicon';
import type { Token } from '../text/tokens';
import { looksLikeVerb, wordClass } from '../text/word-class';
import { TIME_HEADS, TIME_MODIFIERS } from './subject-words';

/**
 * Where a word from the cue lexicon is something else in context: a thing being named ("a group called …"),
 * a change ("declined slightly"), an arrival ("showed up"), a credit line ("Reporting by …"), a reduced
 * relative ("a message posted Friday") or an adjective ("384 pledged delegates"). cueAt asks here before it
 * reads a word as a reporting verb.
 */

export const DOCUMENT_NOUNS =
  /^(?:statements?|letters?|posts?|tweets?|videos?|ads?|release|emails?|messages?|notes?|op-ed|column|reports?|filings?)$/i;

/** "a series of tweets early Friday saying …": a document noun right before the time words before token i. */
export function documentBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (
    k > 0 &&
    i - k <= 3 &&
    (TIME_HEADS.has(tokens[k]?.text.toLowerCase() ?? '') || TIME_MODIFIERS.test(tokens[k]?.text ?? ''))
  )
    k--;
  return k < i - 1 && DOCUMENT_NOUNS.test(tokens[k]?.text ?? '');
}

/** "a group called X": "called" after an indefinite noun phrase that does not name a speaker. */
function isNamedThing(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 1];
  // (A person can call someone something: "a spokesman called Vega a liar"; a group or a firm is being named.)
  const person = PERSON_HEADS.has(noun?.text.toLowerCase() ?? '') || GROUP_HEADS.has(noun?.text.toLowerCase() ?? '');
  if (!/^called$/i.test(tokens[i]?.text ?? '') || wordClass(noun) !== 'word' || person) return false;
  for (let k = i - 2; k >= 0 && k >= i - 4; k--) {
    if (/^(?:a|an|another)$/i.test(tokens[k]?.text ?? '')) return true;
    if (!tokens[k]?.word) return false;
  }
  return false;
}

/** Whether a clause starts at token i: a quotation, or a subject word with a finite verb within a few words. */
export function opensClause(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (/^[“"]$/.test(t?.text ?? '')) return true;
  if (!['pron', 'det', 'cap', 'num'].includes(wordClass(t))) return false;
  // ("The phone calls this week were …": a time phrase after the noun, not a subject.)
  if (
    /^(?:this|last|next|that|each|every)$/i.test(t?.text ?? '') &&
    TIME_HEADS.has(tokens[i + 1]?.text.toLowerCase() ?? '')
  )
    return false;
  for (let k = i + 1; k < tokens.length && k - i <= 5; k++) {
    const w = tokens[k];
    if (!w?.word) return false;
    if (wordClass(w) === 'aux' || (looksLikeVerb(w) && !/ing$/.test(w.text))) return true;
  }
  return false;
}

/**
 * Works one writes: the object of "wrote" when it names the thing written, not what it said. Narrower than
 * DOCUMENT_HEADS on purpose: "wrote a statement/post/tweet …" still reports words (on PolNeAR train the wider
 * list loses five matched statements for seven predictions).
 */
const WRITTEN_WORKS = new Set(
  'book books letter letters dissertation introduction profile profiles column columns op-ed article articles memo memoir novel essay piece bill legislation song songs script report'.split(
    ' ',
  ),
);

/** A determiner, up to three words and a written work right after the verb: "a children's book". */
function writesAWork(tokens: Token[], i: number): boolean {
  if (!['det', 'cap'].includes(wordClass(tokens[i])) && !/['’]s$/.test(tokens[i]?.text ?? '')) return false;
  for (let k = i; k < tokens.length && k - i <= 4; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (WRITTEN_WORKS.has(t.text.toLowerCase())) return true;
    if (!t.word && !/^['’]s?$/.test(t.text)) return false;
  }
  return false;
}

/** Whether the lexicon word at token i (of lemma `lemma`) is not a reporting verb here. */
export function ruledOutByContext(tokens: Token[], i: number, lemma: string): boolean {
  const lower = tokens[i]?.text.toLowerCase() ?? '';
  const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  // "a group called Black Votes Matter", "a firm called Cambridge Analytica": naming a thing, not a statement;
  // "called off", "called into a show": not speech either.
  if (lemma === 'call' && (isNamedThing(tokens, i) || /^(?:off|into|in)$/.test(next))) return true;
  // "support declined slightly from 58 percent", "showed up at the debate", "a snap poll", "Reporting by …",
  // "a message posted Friday": a change, an arrival, an adjective, a credit line and a reduced relative.
  if (
    lemma === 'decline' &&
    (/ly$/.test(next) || /^(?:from|by|\d.*)$/.test(next) || (next === 'to' && /^\d/.test(tokens[i + 2]?.text ?? '')))
  )
    return true;
  if (lemma === 'show' && next === 'up') return true;
  // ("The spot concludes with footage of …": how something ends, not what was concluded.)
  if (lemma === 'conclude' && next === 'with') return true;
  if (lower === 'snap') return true;
  if (lower === 'reporting' && next === 'by' && (i === 0 || /^[(“"]$/.test(prev))) return true;
  if (/^(?:posted|published|released|issued|sent|written)$/.test(lower) && DOCUMENT_NOUNS.test(prev)) return true;
  // "wrote a children's book", "wrote the letter Feb. 2": writing a work, not reporting its words.
  if (lemma === 'write' && writesAWork(tokens, i + 1)) return true;
  // "found himself embroiled in …": a reflexive object reports a situation, not evidence.
  if (lemma === 'find' && /^(?:himself|herself|itself|themselves|ourselves|myself|yourself)$/.test(next)) return true;
  // "384 pledged delegates", "a lead in pledged delegates": a participle between a number, preposition or verb
  // and its noun is an adjective.
  if (
    /ed$/.test(lower) &&
    (['num', 'prep'].includes(wordClass(tokens[i - 1])) ||
      (wordClass(tokens[i - 1]) === 'word' && looksLikeVerb(tokens[i - 1]))) &&
    wordClass(tokens[i + 1]) === 'word' &&
    !looksLikeVerb(tokens[i + 1])
  )
    return true;
  return false;
}
