import { quotedNameEnd } from '../../text/quoted-name';
import type { Token } from '../../text/tokens';
import { isIrregularPast, looksLikeVerb, wordClass } from '../../text/word-class';
import { wordSet } from '../../text/word-list';
import { type Cue, cueAt } from '../cue';
import type { Subject } from '../subject';
import { TIME_HEADS } from '../subject-words';
import {
  type Candidate,
  CLAUSE_JOINERS,
  contentWords,
  isPunct,
  MIN_CONTENT_WORDS,
  spanOf,
  statementStart,
} from './candidate';
import { clauseEnd, hasVerb } from './clause-ends';

/** Inverted and parenthetical attributions: "CONTENT, X said.", "CONTENT1, X said, CONTENT2." */

/**
 * Speech verbs that mostly take an object ("stressed his experience", "announced plans to merge"): after a
 * comma they continue the sentence's subject rather than invert ("…, said his spokesman").
 */
export const OBJECT_TAKING_SPEECH = wordSet(`
  stress emphasize emphasise underscore reveal disclose mention clarify specify recommend dispute contest tout deny
  reiterate repeat acknowledge announce predict forecast estimate charge allege concede admit confirm cite
`);

export function endsSoonAfter(tokens: Token[], subject: Subject | null): boolean {
  if (!subject) return false;
  const last = tokens.length - 1;
  // "…, said the person, who asked not to be named because …": a relative clause on the speaker ends it too.
  if (isPunct(tokens[subject.last + 1], ',') && /^(?:who|whose)$/i.test(tokens[subject.last + 2]?.text ?? ''))
    return true;
  return contentWords(tokens, subject.last + 1, last) <= 3 && isAdverbialTail(tokens, subject.last + 1, last);
}

const ANONYMITY_TERMS = /^,? ?(?:on (?:the )?conditions? (?:of|that)|on background\b|off the record\b|speaking on\b)/i;

function textOf(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to + 1)
    .map((t) => t.text)
    .join(' ');
}

/** Words allowed after an inverted attribution: "said on Friday", "said in a statement", "told CNN". */
export function isAdverbialTail(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  // "…, sources said on condition of anonymity because they were not authorized to …": the terms of anonymity
  // describe the speaker, however long they run.
  if (ANONYMITY_TERMS.test(textOf(tokens, from, Math.min(to, from + 5)))) return true;
  // "…, said a worker leaving the afternoon shift", "…, an aide said, speaking on the condition of anonymity":
  // a participle describing the speaker.
  let firstWord = from;
  while (firstWord <= to && isPunct(tokens[firstWord], ',')) firstWord++;
  const first = tokens[firstWord];
  if (first?.word && /ing$/i.test(first.text) && wordClass(first) === 'word') return true;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t) break;
    // "…, said Mr. Burman (a view echoed by others).": a parenthesis is an aside.
    if (isPunct(t, '(')) {
      let close = i + 1;
      while (close <= to && !isPunct(tokens[close], ')')) close++;
      if (close > to) return false;
      i = close;
      continue;
    }
    if (!t.word) {
      // ("…, the official told Reuters, speaking on condition of anonymity.": a participle after a comma describes
      // the speaker.)
      if (isPunct(t, ',') && /^\p{Ll}+ing$/u.test(tokens[i + 1]?.text ?? '') && looksLikeVerb(tokens[i + 1]))
        return words <= 7;
      if (!isPunct(t, '“"”')) continue;
      // "…, he said on MSNBC’s “Morning Joe.”": a short title in capitals names a show, not more content.
      const close = quotedTitleEnd(tokens, i);
      if (close < 0) return false;
      i = close;
      continue;
    }
    words++;
    const lower = t.text.toLowerCase();
    // ("…, Obama told his closest advisers as he labored over the speech.": a time clause after the listener is
    // an adverbial of its own.)
    if (words > 1 && /^(?:as|when|while)$/.test(lower)) return words <= 6;
    // A verb makes it a clause, but "an emailed statement" is an adjective after a determiner and "in
    // posing the question" a gerund after a preposition.
    const verb = looksLikeVerb(t) && wordClass(tokens[i - 1]) !== 'det' && wordClass(tokens[i - 1]) !== 'prep';
    if (lower === 'that' || wordClass(t) === 'aux' || wordClass(t) === 'pron' || verb || cueAt(tokens, i)) return false;
  }
  return words <= 7;
}

const OBJECT_OPENERS = wordSet('a an the his her their its our my your');

/**
 * "…, Axelrod emailed her condolences, …": a noun phrase right after the cue is its object, so the cue is not
 * an inverted attribution of what came before. Listeners ("told the paper") and time phrases ("said the next
 * day") are the exceptions.
 */
function takesObjectAfter(tokens: Token[], cue: Cue): boolean {
  if (cue.cls === 'listener' || !OBJECT_OPENERS.has(tokens[cue.lastIndex + 1]?.text.toLowerCase() ?? '')) return false;
  // (A noun phrase is short: six words are enough to find a time word, and keep a run of words linear.)
  for (let i = cue.lastIndex + 2; i < tokens.length && i - cue.lastIndex <= 7; i++) {
    const t = tokens[i] as Token;
    if (!t.word || wordClass(t) === 'prep') break;
    if (TIME_HEADS.has(t.text.toLowerCase())) return false;
  }
  return true;
}

/** "One month after announcing his exit, Rubio said …", "Minutes later, …": a time span setting the scene. */
function opensWithTimeSpan(tokens: Token[], from: number): boolean {
  const words = tokens
    .slice(from, from + 3)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  return /^(?:\S+ )?(?:minutes?|hours?|days?|weeks?|months?|years?|moments?) (?:after|before|later|earlier)\b/.test(
    words,
  );
}

/** An auxiliary or a past tense in tokens[from..to]: a clause rather than a participle phrase. */
function hasFiniteVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (wordClass(t) === 'aux' || isIrregularPast(t?.text.toLowerCase() ?? '') || /^\p{Ll}+ed$/u.test(t?.text ?? ''))
      return true;
  }
  return false;
}

/** The first relative pronoun ("that", "which", "who") in tokens[from..to], or to + 1. */
function relativeAt(tokens: Token[], from: number, to: number): number {
  for (let i = from; i <= to; i++) if (/^(?:that|which|who)$/i.test(tokens[i]?.text ?? '')) return i;
  return to + 1;
}

/** The closing mark of a show's or paper's name in quotation marks after the attribution ("“Morning Joe.”"), or -1. */
function quotedTitleEnd(tokens: Token[], open: number): number {
  // A title follows a name or a preposition: "on “Meet the Press”", "MSNBC’s “Morning Joe”".
  const before = tokens[open - 1];
  if (!before || !(/^(?:on|in|to)$/i.test(before.text) || wordClass(before) === 'cap')) return -1;
  return quotedNameEnd(tokens, open, true);
}

/** "Asked about …", "When asked why …", "In response to a question …": a lead that frames a question. */
export function isQuestionFraming(tokens: Token[], from: number): boolean {
  let i = from;
  while (i < tokens.length && !tokens[i]?.word) i++;
  const words = tokens
    .slice(i, i + 4)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  return /^(?:(?:when|after|once|if) (?:he was |she was |they were |being )?asked|asked|in response to|responding to)\b/.test(
    words,
  );
}

/** `Sen. Charles "Chuck" Grassley said`: a quoted nickname between the parts of a name, right before the subject. */
function nicknameBefore(tokens: Token[], attributionFirst: number): boolean {
  let k = attributionFirst - 1;
  if (!isPunct(tokens[k], '”"')) return false;
  k--;
  const last = k;
  while (k >= 0 && last - k < 3 && wordClass(tokens[k]) === 'cap') k--;
  if (k === last || !isPunct(tokens[k], '“"')) return false;
  const before = tokens[k - 1];
  return wordClass(before) === 'cap' || (before?.text === '.' && wordClass(tokens[k - 2]) === 'cap');
}

/**
 * "CONTENT, X said [adverbials]." The content runs from the sentence start to the comma before the
 * attribution; if the sentence goes on after another comma, that part is a second fragment.
 */
export function invertedCandidate(
  tokens: Token[],
  cue: Cue,
  subject: Subject,
  attributionFirst: number,
): Candidate | null {
  if (nicknameBefore(tokens, attributionFirst)) return null;
  let contentEnd = attributionFirst - 1;
  while (contentEnd >= 0 && !tokens[contentEnd]?.word) contentEnd--;
  const contentStart = statementStart(tokens, contentEnd);
  // A parenthetical attribution may follow a short opening ("This campaign, he says, is different.").
  const leastWords = isPunct(tokens[attributionFirst - 1], ',') ? 1 : MIN_CONTENT_WORDS;
  if (contentWords(tokens, contentStart, contentEnd, leastWords) < leastWords) return null;
  const first = spanOf(tokens, contentStart, contentEnd);
  if (!first) return null;
  // "Asked about the levy, most members said yes": the question before the comma is not what they said.
  if (isQuestionFraming(tokens, contentStart) && isPunct(tokens[attributionFirst - 1], ',”"')) return null;
  // "By 43 to 40, voters said the same …": a prepositional lead with no verb is an adverbial, not what was said.
  // ("To win the White House, candidates need …" opens with an infinitive, not a preposition.)
  if (
    wordClass(tokens[contentStart]) === 'prep' &&
    !/^to$/i.test(tokens[contentStart]?.text ?? '') &&
    !hasVerb(tokens, contentStart, contentEnd)
  )
    return null;
  // "Speaking on a radio show last week, Kiedis said …": a participle phrase with no finite verb sets the scene.
  // ("Rising taxes leave owners no choice, the group said": a participle before a noun is an adjective.)
  if (
    /^\p{Lu}\p{Ll}+ing$/u.test(tokens[contentStart]?.text ?? '') &&
    ['prep', 'det'].includes(wordClass(tokens[contentStart + 1])) &&
    !hasFiniteVerb(tokens, contentStart + 1, contentEnd)
  )
    return null;
  if (subject.last < cue.index && takesObjectAfter(tokens, cue)) return null;
  let attributionLast = Math.max(cue.lastIndex, subject.last);
  if (subject.appositive) {
    while (attributionLast + 1 < tokens.length && (tokens[attributionLast + 1]?.end ?? 0) <= subject.appositive.end)
      attributionLast++;
  }
  // "While 86 percent had a favorable opinion of her, 43 said the same for him": a subordinate clause before the
  // comma frames the statement that follows the cue (a parenthetical "If …, she said, …" is another matter).
  if (
    wordClass(tokens[contentStart]) === 'sub' &&
    !/^(?:that|as|whether)$/i.test(tokens[contentStart]?.text ?? '') &&
    tokens[attributionLast + 1]?.word
  )
    return null;
  // "…, political analysts say; in 2012, …": a semicolon ends the attribution's sentence.
  if (
    isPunct(tokens[attributionLast + 1], ';') &&
    contentWords(tokens, contentStart, contentEnd, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS
  )
    return { cue, subject, content: [first], boundary: attributionFirst, weight: cue.weight };
  let end = clauseEnd(tokens, attributionLast + 1);
  // "…, the office reported on Tuesday — a development that …": a dash after the attribution opens the
  // writer's gloss.
  for (let i = attributionLast + 1; i < end; i++) {
    if (isPunct(tokens[i], '—–') || (isPunct(tokens[i], '-') && isPunct(tokens[i + 1], '-'))) {
      end = i - 1;
      break;
    }
  }
  // A parenthetical attribution: ", X said, CONTENT2." The second part continues the content unless it
  // opens a new clause (", but …", ", adding …").
  let comma = -1;
  for (let i = attributionLast + 1; i <= end; i++) {
    if (isPunct(tokens[i], ',')) {
      comma = i;
      break;
    }
  }
  // A short second part is the predicate of the opening: "This campaign, he says, is different."
  const opener = tokens[comma + 1];
  const predicate = (wordClass(opener) === 'aux' || looksLikeVerb(opener)) && contentWords(tokens, comma + 1, end) >= 2;
  if (
    comma >= 0 &&
    wordClass(opener) !== 'rel' &&
    isAdverbialTail(tokens, attributionLast + 1, comma - 1) &&
    (contentWords(tokens, comma + 1, end) >= MIN_CONTENT_WORDS || predicate)
  ) {
    const joiner = tokens[comma + 1]?.text.toLowerCase() ?? '';
    const second = spanOf(tokens, comma + 1, end);
    // "When asked why …, Tyler said, …": the question that prompted the answer is the writer's framing.
    // ("Asked whether …, 75 percent said yes, but …": after "but" the clause is the writer's own.)
    if (second && isQuestionFraming(tokens, contentStart) && !CLAUSE_JOINERS.has(joiner))
      return { cue, subject, content: [second], boundary: attributionFirst, weight: cue.weight };
    // ("…, the mayor said, a move that angered the union.": a noun phrase glossing the sentence is the writer's.)
    // ("…, Clinton declared Thursday, in the latest escalation of words …": so is a prepositional phrase.)
    const gloss =
      (/^(?:a|an)$/.test(joiner) && !hasVerb(tokens, comma + 1, relativeAt(tokens, comma + 1, end) - 1)) ||
      (/^(?:in|amid|during|after|before|at|on)$/.test(joiner) && !hasFiniteVerb(tokens, comma + 1, end));
    // ("…, the agency said, and those in the bottom fifth paid …": "and" with a clause of its own goes on.)
    const andClause =
      joiner === 'and' &&
      !looksLikeVerb(tokens[comma + 2]) &&
      !cueAt(tokens, comma + 2) &&
      hasFiniteVerb(tokens, comma + 2, end);
    const content =
      second && (!CLAUSE_JOINERS.has(joiner) || andClause) && !cueAt(tokens, comma + 1) && !gloss
        ? [first, second]
        : [first];
    return { cue, subject, content, boundary: attributionFirst, weight: cue.weight };
  }
  // "…, said the person, who spoke on condition of anonymity because …": a relative clause describes the speaker.
  const relative =
    /^(?:who|which|whose)$/i.test(tokens[attributionLast + 1]?.text ?? '') ||
    (isPunct(tokens[attributionLast + 1], ',') &&
      /^(?:who|which|whose)$/i.test(tokens[attributionLast + 2]?.text ?? ''));
  if (!relative && !isAdverbialTail(tokens, attributionLast + 1, end)) return null;
  // ("Sorry, Sanders said.": a short answer is enough when the attribution closes the sentence.)
  let closesSentence = true;
  for (let i = attributionLast + 1; i < tokens.length && closesSentence; i++)
    if (tokens[i]?.word) closesSentence = false;
  const enough = closesSentence ? 1 : MIN_CONTENT_WORDS;
  if (contentWords(tokens, contentStart, contentEnd, enough) < enough) return null;
  // (A time span followed by its comma and a clause is part of what was said: "A day earlier, six were
  // arrested …, police said.")
  if (opensWithTimeSpan(tokens, contentStart) && !tokens.slice(contentStart, contentEnd).some((t) => isPunct(t, ',')))
    return null;
  return { cue, subject, content: [first], boundary: attributionFirst, weight: cue.weight };
}
