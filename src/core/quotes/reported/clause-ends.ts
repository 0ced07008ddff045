import { quotedNameEnd } from '../../text/quoted-name';
import type { Token } from '../../text/tokens';
import { isIrregularPast, looksLikeVerb, wordClass } from '../../text/word-class';
import { wordSet } from '../../text/word-list';
import { type Cue, cueAt } from '../cue';
import { cueWord } from '../lexicon';
import { isPunct } from './candidate';

/** Where a reported clause ends and the writer's words begin (phrase complements: phrase-ends.ts). */

/**
 * How far a reported clause may run, in tokens. The longest attributed content in PolNeAR (train and dev)
 * is 291 words; without a bound, a hostile "sentence" of thousands of cues and no punctuation made every cue
 * scan to its end (quadratic: 100,000 characters took seconds).
 */
export const MAX_CLAUSE_TOKENS = 400;

/** The last token of the content that starts at `from`: the sentence end, minus a final full stop. */
export function clauseEnd(
  tokens: Token[],
  from: number,
  quoted: (pos: number) => boolean = () => false,
  cue: Cue | null = null,
): number {
  let end = Math.min(tokens.length - 1, from + MAX_CLAUSE_TOKENS);
  for (let i = from + 1; i < end; i++) {
    if (!quoted(tokens[i]?.start ?? 0) && endsReportedClause(tokens, i, from, cue)) {
      end = i - 1;
      break;
    }
  }
  while (end >= from && isPunct(tokens[end], '.!?”"’\'')) end--;
  return end;
}

/**
 * Where a reported clause stops and the writer's own sentence goes on (outside quote marks):
 * - ", compared with 41 percent …" — the writer's comparison to a poll answer; ", although …" — the writer's
 *   concession;
 * - "… but did not suggest …" — a second, negated verb of the speaker's own clause (a reporting verb after
 *   "but" may just as well belong to the reported clause: "said officials agreed … but acknowledged …");
 * - "before claiming …" — a participle clause about the speaker.
 * (", and he …", ", while …" and ", showing …" usually still belong to what was reported; so does ", which …"
 * unless it runs to the end of the sentence.)
 */
export function endsReportedClause(tokens: Token[], i: number, from: number, cue: Cue | null): boolean {
  const t = tokens[i];
  if (!t || i <= from) return false;
  // "confirmed the meeting on the condition of anonymity because …": the terms of anonymity are the writer's.
  if (
    t.text.toLowerCase() === 'on' &&
    /^(?:the )?condition (?:of|that)/.test(
      `${tokens[i + 1]?.text.toLowerCase() ?? ''} ${tokens[i + 2]?.text.toLowerCase() ?? ''} ${tokens[i + 3]?.text.toLowerCase() ?? ''}`,
    )
  )
    return true;
  // "… told ITV on Monday when asked how ties would fare": the question put to the speaker is not what they said.
  if (/^(?:when|after|once)$/i.test(t.text) && /^asked$/i.test(tokens[i + 1]?.text ?? '')) return true;
  if (i - from < 3) return false;
  const next = tokens[i + 1];
  const lower = t.text.toLowerCase();
  // `things “should be wrapped up by Cleveland,” referring to …`: a quotation closed on a comma, then a
  // participle or "while": the writer's gloss after the speaker's words.
  if (isPunct(t, '”"') && isPunct(tokens[i - 1], ',') && next?.word && /^\p{Ll}/u.test(next.text)) {
    if (/^(?:while|whereas|although|until)$/.test(next.text) || (next.text.endsWith('ing') && looksLikeVerb(next)))
      return true;
    // (`doesn't want “that crap,” in an interview with CNN on Sunday`: where and when it was said.)
    if (ADVERBIAL_PREPOSITIONS.test(next.text) && runsToSentenceEnd(tokens, i + 2)) return true;
    // `… because “most people don’t know,” she said.`: the speaker's own attribution closes the sentence.
    if (wordClass(next) === 'pron' && cueAt(tokens, i + 2) && /^[.!?]$/.test(tokens[i + 3]?.text ?? '')) return true;
  }
  // ("A woman, whom the paper is not naming because she said she is a victim, said she had not …": a comma and a
  // finite speech verb start the outer attribution.)
  if (isPunct(t, ',') && next?.word && !/ing$/i.test(next.text)) {
    const outer = cueAt(tokens, i + 1);
    if (outer && outer.cls === 'speech' && !outer.participle && outer.index === i + 1) return true;
  }
  // "…, however this time the number has dropped": the writer turns to a contrast of their own.
  if (isPunct(t, ',') && next?.text.toLowerCase() === 'however' && !isPunct(tokens[i + 2], ',')) return true;
  // "After saying he was nervous, the man ended up …": a participle clause opening the sentence ends at its comma.
  if (
    cue?.participle &&
    (isPunct(t, ',') || (isPunct(t, '”"') && isPunct(tokens[i - 1], ','))) &&
    opensSentence(tokens, cue)
  )
    return true;
  // "telling CNN that Trump is a “faker” and questioning how …": a second participle of the speaker's.
  // ("…, saying she's experienced “on paper” but suggesting that …", "Ryan saying … and Trump calling it …")
  if (cue?.participle && (lower === 'and' || lower === 'but') && next?.text.endsWith('ing') && looksLikeVerb(next))
    return true;
  // ("by suggesting the voters got it wrong and by dismissing …": the same, after its preposition.)
  if (
    cue?.participle &&
    lower === 'and' &&
    /^(?:by|while|before|after)$/i.test(next?.text ?? '') &&
    /^\p{Ll}+ing$/u.test(tokens[i + 2]?.text ?? '')
  )
    return true;
  if (
    cue &&
    /ing$/i.test(tokens[cue.index]?.text ?? '') &&
    lower === 'and' &&
    wordClass(next) === 'cap' &&
    /^\p{Ll}+ing$/u.test(tokens[i + 2]?.text ?? '') &&
    cueWord(tokens[i + 2]?.text ?? '') !== undefined
  )
    return true;
  // "… the “anchor (not) baby” — a play on words …": a dash and a noun phrase is the writer's gloss.
  // (A pair of dashes encloses an aside that the clause goes on after: "Shriver — a member of the clan — to …".)
  if (isPunct(t, '—–') && /^(?:a|an)$/i.test(next?.text ?? '') && closingDash(tokens, i, tokens.length - 1) < 0)
    return true;
  // ", a recommendation the attorney general adopted", ", a swipe at …", ", an apparent reference to …": a noun
  // summing up what was said, or aimed at someone, is the writer's comment on it.
  if (isPunct(t, ',') && /^(?:a|an)$/i.test(next?.text ?? '')) {
    for (let k = i + 2; k <= i + 5 && tokens[k]?.word; k++) {
      const w = (tokens[k] as Token).text.toLowerCase();
      if ((k <= i + 4 && GLOSS_NOUNS.has(w)) || (k > i + 2 && /^(?:at|to|toward|towards|against)$/.test(w)))
        return true;
    }
  }
  // `he’s “excited where we stand” as he faces …`: after a closing quote mark,
  // a subordinate clause with its own subject is the writer's framing.
  if (
    isPunct(tokens[i - 1], '”"') &&
    /^(?:as|while|after|before)$/i.test(t.text) &&
    closesQuote(tokens, i - 1, from) &&
    startsClause(tokens, i + 1) &&
    !cueSoon(tokens, i + 1)
  )
    return true;
  // `a sign that said “Closed” and left`: after a quotation, "and" with a verb in the cue's form is the
  // speaker's next action.
  if (
    cue &&
    lower === 'and' &&
    isPunct(tokens[i - 1], '”"') &&
    closesQuote(tokens, i - 1, from) &&
    sameVerbForm(cueVerb(tokens, cue), next, tokens[i + 2])
  )
    return true;
  // "…, Devine responded: “I guess so.”": a colon before a quotation starts someone's words.
  if (isPunct(t, ':') && isPunct(next, '“"')) return true;
  if (isPunct(t, ',;')) {
    const n = next?.text.toLowerCase() ?? '';
    // `he was being “sarcastic” in his comments, which raised concerns`: after the speaker's quoted words, a
    // relative clause is the writer's comment on them.
    if ((n === 'which' || n === 'who') && quotedBefore(tokens, from, i)) return true;
    // "…, over fears of the Zika virus, which is spread by mosquitoes.": a "which" or "who" clause that runs to
    // the end of the sentence explains a noun for the reader (one closed by a comma sits inside the clause).
    if ((n === 'which' || n === 'who') && i - from >= 4 && runsToSentenceEnd(tokens, i + 2)) return true;
    // "…, as the Democrats hold a debate", "…, as has the mayor", "…, as mentioned above": the writer's aside.
    if (
      n === 'as' &&
      i - from >= 4 &&
      (startsClause(tokens, i + 2) ||
        wordClass(tokens[i + 2]) === 'aux' ||
        /^\p{Ll}+ed$/u.test(tokens[i + 2]?.text ?? ''))
    )
      return true;
    // "…to defend Planned Parenthood, the group that is being investigated.": an appositive on a name that runs
    // to the end of the sentence is the writer's description.
    if (n === 'the' && i - from >= 4 && wordClass(tokens[i - 1]) === 'cap' && runsToSentenceEnd(tokens, i + 2))
      return true;
    return /^(?:compared|versus|although)$/.test(n);
  }
  // `Clinton said: "…," but in fact Clinton used …`: after a quotation closed on a comma, "but" is the writer's.
  if (
    lower === 'but' &&
    isPunct(tokens[i - 1], '”"') &&
    isPunct(tokens[i - 2], ',') &&
    closesQuote(tokens, i - 1, from)
  )
    return true;
  // "…, but she has bristled at …": after a comma, "but" and a new subject start the writer's next clause.
  // ("…, but she knows that “…”" goes on reporting: a cue right after keeps it.)
  if (lower === 'but' && isPunct(tokens[i - 1], ',') && startsClause(tokens, i + 1) && !cueSoon(tokens, i + 1))
    return true;
  // "…, and a fifth superdelegate has not been named": after a comma, "and" with a new noun-phrase subject
  // and its verb starts the writer's next clause (a pronoun subject is most often the speaker's own).
  if (
    lower === 'and' &&
    isPunct(tokens[i - 1], ',') &&
    wordClass(next) !== 'pron' &&
    startsClause(tokens, i + 1) &&
    !cueSoon(tokens, i + 1)
  )
    return true;
  if ((lower === 'and' || lower === 'but') && t.word && cue && nextStatementAt(tokens, i + 1, cue, lower === 'and'))
    return true;
  if ((lower === 'and' || lower === 'but') && t.word) {
    const c = wordClass(next);
    // "but did not suggest": a finite verb with no subject of its own.
    if (
      c === 'aux' &&
      /^(?:did|does|do|has|have|had|would|will|could|was|were|is)$/i.test(next?.text ?? '') &&
      /^(?:not|n't|never)$/i.test(tokens[i + 2]?.text ?? '')
    )
      return true;
    return false;
  }
  if ((lower === 'before' || lower === 'after') && next?.word && /ing$/i.test(next.text)) return true;
  return false;
}

/** Adverbs that may stand between "and" and the speaker's next verb: "and even questioned …". */
const LINKING_ADVERBS = wordSet('even also then later quickly repeatedly again ultimately eventually');

/**
 * After "and" or "but": the speaker's next statement, a reporting verb in the cue's own form after "and"
 * ("… and vowed to …", "… and even questioned …"), or a new speaker's ("… and she accused …", "… but one in
 * four said …").
 */
function nextStatementAt(tokens: Token[], k: number, cue: Cue, sameSubject: boolean): boolean {
  while (LINKING_ADVERBS.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
  const own = cueAt(tokens, k);
  // (After "but" a bare verb as often belongs to the reported clause's own subject: "said officials shared the
  // assessment … but acknowledged that …".)
  if (
    sameSubject &&
    own &&
    own.cls !== 'thought' &&
    own.cls !== 'evidence' &&
    sameVerbForm(cueVerb(tokens, cue), tokens[k], tokens[k + 1])
  )
    return true;
  // A short subject of its own, then a reporting verb. ("people such as David and Charles Koch wanted …": two
  // names joined by "and" are one subject, not a new one.)
  if (wordClass(tokens[k - 2]) === 'cap' && wordClass(tokens[k]) === 'cap') return false;
  for (let v = k + 1; v <= k + 3 && tokens[v]?.word; v++) {
    const c = wordClass(tokens[v - 1]);
    if (!['pron', 'cap', 'num', 'det', 'word'].includes(c)) return false;
    const speech = cueAt(tokens, v);
    if (speech && speech.cls !== 'thought' && speech.cls !== 'evidence')
      return !looksLikeVerb(tokens[v - 1]) && !disagrees(tokens[v - 1], tokens[v]);
  }
  return false;
}

/**
 * A plural noun before a verb in -s: "the spate of shootings and protests demands that …" joins two nouns into
 * one subject of the reported clause, rather than opening a new statement with "protests" as its subject.
 */
function disagrees(noun: Token | undefined, verb: Token | undefined): boolean {
  return wordClass(noun) === 'word' && /[^su]s$/i.test(noun?.text ?? '') && /[^su]s$/i.test(verb?.text ?? '');
}

/** Nouns a writer uses to sum up a statement in an appended comment. */
const GLOSS_NOUNS = wordSet(`
  recommendation move reference nod jab swipe dig allusion suggestion assertion claim charge accusation remark
  comment statement position stance view argument contention decision promise pledge warning threat signal
  sign departure reversal shift change break echo rebuke criticism concession acknowledgment acknowledgement
  admission sentiment message point theme refrain line
`);

/** The dash that closes the aside opened by the dash at `i` (within 12 tokens, before `end`, words after it), or -1. */
export function closingDash(tokens: Token[], i: number, end: number): number {
  for (let k = i + 1; k < end && k - i <= 12; k++) {
    if (isPunct(tokens[k], '.;:!?')) return -1;
    if (isPunct(tokens[k], '—–')) return tokens[k + 1]?.word === true ? k : -1;
  }
  return -1;
}

/** Whether no comma lies between `from` and the sentence's end, looking at most 60 tokens ahead. */
function runsToSentenceEnd(tokens: Token[], from: number): boolean {
  if (tokens.length - from > 60) return false;
  for (let k = from; k < tokens.length; k++) if (isPunct(tokens[k], ',')) return false;
  return true;
}

/** A closing quotation mark in tokens[from, i) (at most 30 tokens back). */
function quotedBefore(tokens: Token[], from: number, i: number): boolean {
  for (let k = i - 1; k >= from && i - k <= 30; k--) if (tokens[k]?.text === '”') return true;
  return false;
}

/** A reporting cue within the four tokens from i. */
export function cueSoon(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 4 && k < tokens.length; k++) if (cueAt(tokens, k)) return true;
  return false;
}

/** Whether the mark at `i` closes a quotation opened after `from` (a straight mark can open or close). */
export function closesQuote(tokens: Token[], i: number, from: number): boolean {
  if (tokens[i]?.text === '”') return true;
  let marks = 0;
  for (let k = from; k <= i; k++) if (tokens[k]?.text === '"') marks++;
  return marks % 2 === 0;
}

/** A subject pronoun or a determiner/name followed within three words by an auxiliary or past-tense verb. */
export function startsClause(tokens: Token[], i: number): boolean {
  const c = wordClass(tokens[i]);
  if (c === 'pron') return true;
  if (c !== 'det' && c !== 'cap') return false;
  for (let k = i + 1; k <= i + 3; k++) {
    const w = tokens[k];
    if (!w?.word) return false;
    // ("his readiness to be commander": an auxiliary after "to" is an infinitive, not a finite verb.)
    if ((wordClass(w) === 'aux' && tokens[k - 1]?.text.toLowerCase() !== 'to') || isIrregularPast(w.text.toLowerCase()))
      return true;
    // ("the party holds a debate": a present tense in -s right before a determiner is a verb.)
    if (/^\p{Ll}+[^s]s$/u.test(w.text) && k > i + 1 && wordClass(tokens[k + 1]) === 'det') return true;
    // "the company rejected the offer" is a clause; "a calculated attempt" is a noun phrase.
    if (/^\p{Ll}+ed$/u.test(w.text) && wordClass(tokens[k + 1]) !== 'word') return true;
  }
  return false;
}

/** "Saying …,", "After saying …,", "One month after announcing …,": a participle in a phrase opening the sentence. */
export function opensSentence(tokens: Token[], cue: Cue): boolean {
  if (cue.index <= 1) return true;
  return (
    /^(?:after|before|while|since)$/i.test(tokens[cue.index - 1]?.text ?? '') && !hasVerb(tokens, 0, cue.index - 2)
  );
}

/** The verb of a cue: "crediting" in "by crediting", "saying" in "as saying". */
export function cueVerb(tokens: Token[], cue: Cue): Token | undefined {
  const first = tokens[cue.index];
  return /^(?:as|by|before|after|while)$/i.test(first?.text ?? '') ? tokens[cue.index + 1] : first;
}

/**
 * Whether `next` is a verb in the cue's own form ("decried … and highlighted", "calling … and threatening"),
 * so a coordinated verb of the speaker rather than an adjective or passive ("unsubstantiated and fabricated
 * by …") inside the complement.
 */
export function sameVerbForm(cue: Token | undefined, next: Token | undefined, after: Token | undefined): boolean {
  // (A reporting verb counts even where the word list reads it as an adjective: "… and accused him of …".)
  const verb = looksLikeVerb(next) || (next !== undefined && cueWord(next.text) !== undefined && /ed$/.test(next.text));
  if (!cue || !verb || after?.text.toLowerCase() === 'by') return false;
  const word = next?.text.toLowerCase() ?? '';
  if (cue.text.toLowerCase().endsWith('ing')) return word.endsWith('ing');
  return word.endsWith('ed') || isIrregularPast(word);
}

/** Prepositions of place and time: "said in Iowa", "said during a discussion" (not "spoke about", "warned of"). */
export const ADVERBIAL_PREPOSITIONS =
  /^(?:in|on|at|during|after|before|since|from|outside|inside|near|amid|throughout)$/i;

/**
 * The start of a clause after a short prepositional phrase ("on Friday", "in a statement"), or -1 when
 * what follows is not a clause (no auxiliary or finite verb soon after).
 */
export function afterAdverbial(tokens: Token[], from: number): number {
  for (let i = from + 1; i < tokens.length && i - from <= 10; i++) {
    const c = wordClass(tokens[i]);
    // `acknowledged in an MSNBC forum Monday night "it will be very hard …"`: a quotation opens the clause
    // (a quoted show is part of the adverbial: `said on ABC's "This Week" that …`).
    const showEnd = quotedNameEnd(tokens, i);
    if (showEnd > i) {
      i = showEnd;
      continue;
    }
    if (isPunct(tokens[i], '“"') && tokens[i + 1]?.word) return i + 1;
    // "said in a statement provided to POLITICO that …": "that" opens the reported clause.
    if (tokens[i]?.text.toLowerCase() === 'that' && wordClass(tokens[i + 1]) !== 'punct') return i + 1;
    // "said on CNN, where he is a paid contributor, that …": an aside on the place, between commas.
    if (isPunct(tokens[i], ',') && /^(?:where|when|which|who)$/i.test(tokens[i + 1]?.text ?? '')) {
      let close = i + 2;
      while (close < tokens.length && close - i <= 20 && tokens[close]?.word) close++;
      if (isPunct(tokens[close], ',') && tokens[close + 1]?.text.toLowerCase() === 'that') return close + 2;
    }
    if (!tokens[i]?.word) return -1;
    if (i - from > 6) continue;
    // (A determiner right after the preposition is its object: "said in a statement provided to …".)
    if (
      ((c === 'det' && wordClass(tokens[i - 1]) !== 'prep') ||
        c === 'pron' ||
        (c === 'cap' && wordClass(tokens[i - 1]) !== 'prep' && wordClass(tokens[i - 1]) !== 'det')) &&
      hasFiniteVerbSoon(tokens, i)
    ) {
      return i;
    }
  }
  return -1;
}

/** An auxiliary or a verb form within `reach` words after `from`, with only words between. */
export function hasFiniteVerbSoon(tokens: Token[], from: number, reach = 8): boolean {
  for (let i = from + 1; i < tokens.length && i - from <= reach; i++) {
    if (wordClass(tokens[i]) === 'aux' || looksLikeVerb(tokens[i]) || presentAfterSingular(tokens, i)) return true;
    if (!tokens[i]?.word) return false;
  }
  return false;
}

/** A lower-case word in -s that may be a present tense: "violates", "makes" (not "us", "bus", "stress"). */
export function looksLikePresentInS(word: string): boolean {
  return /^\p{Ll}{3,}[^su]s$/u.test(word);
}

/** "the photo violates …": a word in -s right after a determiner and a singular noun is a present tense. */
export function presentAfterSingular(tokens: Token[], i: number): boolean {
  return (
    looksLikePresentInS(tokens[i]?.text ?? '') &&
    /^\p{Ll}+[^s]$/u.test(tokens[i - 1]?.text ?? '') &&
    wordClass(tokens[i - 1]) === 'word' &&
    /^(?:the|a|an|this|that|his|her|its|their|our|my|your)$/i.test(tokens[i - 2]?.text ?? '')
  );
}

export function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (wordClass(t) === 'aux' || looksLikeVerb(t) || isIrregularPast(t?.text.toLowerCase() ?? '')) return true;
  }
  return false;
}
