import { isAbbreviationDot, type Token } from '../text/tokens';
import { isIrregularPast, isModal, looksLikeVerb, wordClass } from '../text/word-class';
import { wordSet } from '../text/word-list';
import { type Subject, subjectBefore } from './subject';
import { isPastForm } from './subject-words';

/**
 * The subject a participle or a coordinated verb shares with its clause's main verb: "Sanders endorsed Clinton,
 * saying …", "Warren appeared with Maddow and officially endorsed Clinton", "The president noted that he taught
 * law, and added: …". Backward scans over closed word lists, like subject.ts.
 */

/** How far back from a participle its main verb is looked for. */
const MAX_MAIN_VERB_DISTANCE = 25;

/**
 * The subject of the finite verb a participle hangs on: "At a rally in Portsmouth, N.H., Sanders endorsed
 * Clinton, saying …" — "endorsed" is the nearest past-tense verb before the comma, and "Sanders" its subject.
 */
export function mainVerbSubject(
  tokens: Token[],
  participle: number,
  floor = 0,
  quoted: (pos: number) => boolean = () => false,
): Subject | null {
  const subject = nearestVerbSubject(tokens, participle, floor, quoted);
  return subject && governingSubject(tokens, subject, floor, quoted);
}

const PRONOUN_SUBJECTS = wordSet('he she they we i it');
const LINKING_VERBS = wordSet('seem appear look feel sound become get');

/**
 * A verb coordinated with a sentence's main verb, or a participle hanging on it, shares the main clause's
 * subject, not the subject of a clause it reports: in "The president noted that he taught law, and added: …"
 * and "Hayek confirmed she had been and said …" the president and Hayek speak.
 */
export function governingSubject(
  tokens: Token[],
  subject: Subject,
  floor = 0,
  quoted: (pos: number) => boolean = () => false,
): Subject {
  const before = tokens[subject.first - 1];
  if (!before || subject.first - 1 < floor) return subject;
  // (Only a clause a past-tense verb reports: after "when" or "after" the coordinated verb is as often the
  // nested clause's — "The crowd cheered when Trump spotted a sign and asked …".)
  const thatClause = /^that$/i.test(before.text) && reportingVerbBefore(tokens, subject.first - 2, floor);
  const bareClause =
    PRONOUN_SUBJECTS.has(tokens[subject.first]?.text.toLowerCase() ?? '') &&
    subject.first === subject.last &&
    isPastForm(before.text);
  const nested = thatClause || bareClause;
  if (!nested) return subject;
  return nearestVerbSubject(tokens, subject.first + 1, floor, quoted) ?? subject;
}

/** A past-tense verb at `k`, or a few words before it across its listener: "noted that", "told the audience that". */
function reportingVerbBefore(tokens: Token[], k: number, floor: number): boolean {
  for (let i = k; i >= floor && k - i <= 4; i--) {
    const t = tokens[i];
    if (isPastForm(t?.text ?? '')) return true;
    if (!['word', 'cap', 'det'].includes(wordClass(t))) return false;
  }
  return false;
}

/** The subject of the nearest finite verb before the participle (or the coordinated verb) at `participle`. */
function nearestVerbSubject(
  tokens: Token[],
  participle: number,
  floor: number,
  quoted: (pos: number) => boolean,
): Subject | null {
  let modal = -1;
  for (let i = participle - 2; i >= floor && participle - i <= MAX_MAIN_VERB_DISTANCE; i--) {
    const t = tokens[i];
    if (!t || quoted(t.start)) continue;
    // ("Protesters marched past the stadium — where the Panthers played — while chanting …": the verbs of an
    // aside between dashes are not the one the participle hangs on.)
    if (/^[—–]$/.test(t.text)) {
      let open = i - 1;
      while (open > floor && i - open <= 20 && !/^[—–]$/.test(tokens[open]?.text ?? '')) open--;
      if (/^[—–]$/.test(tokens[open]?.text ?? '') && open < i) i = open;
      continue;
    }
    if (/^[.;:!?]$/.test(t.text) && !isAbbreviationDot(tokens, i)) break;
    const lower = t.text.toLowerCase();
    // ("Sanders was in San Diego on Tuesday, emphasizing …": a copula with no participle after it is the verb.)
    const next = tokens[i + 1];
    const copula =
      /^(?:was|were)$/.test(lower) &&
      !(next && (/(?:ed|ing|en)$/i.test(next.text) || looksLikeVerb(next) || /^(?:to|not|also)$/i.test(next.text)));
    if (copula) return subjectBefore(tokens, i, floor);
    // ("Clinton has taken a swipe at Trump, saying …": a perfect with an irregular participle.)
    const perfectEn = /^(?:has|have|had)$/.test(lower) && next !== undefined && /^\p{Ll}+en$/u.test(next.text);
    if (perfectEn) {
      const subject = subjectBefore(tokens, i, floor);
      if (subject) return subject;
    }
    // ("she can still create a headache by pushing for …", "as he did two years ago by announcing …": a modal
    // or a "did" carries the clause's subject when no past-tense verb does; in "Trump has indicated he would …"
    // the modal is inside what was indicated.)
    if (modal < 0 && (isModal(lower) || /^(?:did|does)(?:n['’]t)?$/.test(lower))) modal = i;
    const pastTense = (/^\p{Ll}+ed$/u.test(t.text) && wordClass(tokens[i - 1]) !== 'det') || isIrregularPast(lower);
    // (A passive "was told" has no speaker in its subject; a perfect "has indicated" does.)
    const perfect = /^(?:has|have|had)$/i.test(tokens[i - 1]?.text ?? '');
    if (!pastTense || (wordClass(tokens[i - 1]) === 'aux' && !perfect)) continue;
    // ("Warren appeared with Maddow and officially endorsed Clinton, saying …": a coordinated verb has no
    // subject of its own; the verb before the conjunction does.)
    const subject = subjectBefore(tokens, perfect ? i - 1 : i, floor);
    if (subject) return subject;
    // The word before the verb, past any adverbs in -ly: a conjunction, a comma, or a linking verb.
    let prior = i - 1;
    while (prior > floor && /ly$/.test(tokens[prior]?.text ?? '')) prior--;
    // ("he looked into the camera, furrowed his brow and said": a list of verbs shares one subject.)
    if (/^(?:and|then|,)$/i.test(tokens[prior]?.text ?? '')) continue;
    // ("Weaver didn’t seem impressed …, telling reporters": a linking verb and its auxiliary.)
    if (LINKING_VERBS.has(tokens[prior]?.text.toLowerCase() ?? '') && wordClass(tokens[prior - 1]) === 'aux')
      return subjectBefore(tokens, prior - 1, floor);
    return null;
  }
  return modal >= 0 ? subjectBefore(tokens, modal, floor) : null;
}
